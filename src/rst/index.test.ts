import assert from "node:assert/strict";
import { test } from "node:test";
import { renderRst } from "./index.js";

test("renderRst returns the HTML body and the diagnostics", () => {
  const result = renderRst("Hello *world*.\n");
  assert.deepEqual(result, { html: "<p>Hello <em>world</em>.</p>\n", diagnostics: [] });
});

test("section headings start at h4 by default and follow initialHeaderLevel", () => {
  const text = "Intro.\n\nTop\n===\n\nSub\n---\n\nText.\n";
  assert.match(renderRst(text).html, /<h4>Top<\/h4>[\s\S]*<h5>Sub<\/h5>/);
  assert.match(renderRst(text, { initialHeaderLevel: 2 }).html, /<h2>Top<\/h2>[\s\S]*<h3>Sub<\/h3>/);
});

test("a lone top section becomes the unrendered document title, as with docutils' body part", () => {
  assert.equal(renderRst("Title\n=====\n\nBody.\n").html, "<p>Body.</p>\n");
});

test("diagnostics carry docutils' level, 1-based line and wording", () => {
  const { diagnostics } = renderRst("Intro.\n\nA long title\n=====\n\nSee nowhere_.\n");
  assert.deepEqual(diagnostics, [
    { level: 2, message: "Title underline too short.", line: 4 },
    { level: 3, message: 'Unknown target name: "nowhere".', line: 6 },
  ]);
});

test("an empty or blank text renders to nothing", () => {
  assert.deepEqual(renderRst(""), { html: "", diagnostics: [] });
  assert.deepEqual(renderRst("  \n\n\t\n"), { html: "", diagnostics: [] });
});
