import { test } from "node:test";
import assert from "node:assert/strict";
import { fileFor, oldPath } from "./redirect-plan.js";

test("old paths lose their leading slash, query and fragment, and are decoded", () => {
  assert.equal(oldPath("/video/1234/some-title"), "video/1234/some-title");
  assert.equal(oldPath("video/1234/some-title/"), "video/1234/some-title/");
  assert.equal(oldPath("https://pyvideo.org/video/1/caf%C3%A9?x=1#top"), "video/1/café");
});

test("old paths that could leave the output folder are refused", () => {
  for (const bad of ["", "/", "/a/../b", "a//b", "/a/./b", "a\\b", "/%2e%2e/x", "/a%00b", "/%zz"]) assert.equal(oldPath(bad), undefined, bad);
});

test("an old path is served by its own .html file or by an index.html in its folder", () => {
  assert.equal(fileFor("events/old.html"), "events/old.html");
  assert.equal(fileFor("video/1234/some-title"), "video/1234/some-title/index.html");
  assert.equal(fileFor("category/1/x/"), "category/1/x/index.html");
});
