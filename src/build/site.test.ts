import { test } from "node:test";
import assert from "node:assert/strict";
import { absoluteUrl, href, makeSite } from "./site.js";

const site = makeSite("T", "https://example.org/talks");

test("links carry the base URL's path and drop a trailing index.html segment", () => {
  assert.equal(site.baseUrl, "https://example.org/talks/");
  assert.equal(href(site, "events/x.html"), "/talks/events/x.html");
  assert.equal(href(site, "tag/python/index.html"), "/talks/tag/python/");
  assert.equal(href(site, "index.html"), "/talks/");
  assert.equal(absoluteUrl(site, "tag/python/index.html"), "https://example.org/talks/tag/python/");
});

test("regression: a talk slug ending in 'index' keeps its .html (pybay-2019/…-package-index.html)", () => {
  assert.equal(href(site, "pybay-2019/building-a-sustainable-python-package-index.html"), "/talks/pybay-2019/building-a-sustainable-python-package-index.html");
  assert.equal(absoluteUrl(site, "x/package-index.html"), "https://example.org/talks/x/package-index.html");
});

test("leading slashes are dropped, with or without a final index.html", () => {
  assert.equal(href(site, "/events/x.html"), "/talks/events/x.html");
  assert.equal(href(site, "//tag/python/index.html"), "/talks/tag/python/");
  assert.equal(absoluteUrl(site, "/index.html"), "https://example.org/talks/");
  assert.equal(href(site, ""), "/talks/");
});

test("a base URL must be http(s)", () => {
  assert.throws(() => makeSite("T", "ftp://example.org/"));
});
