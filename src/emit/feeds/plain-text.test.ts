import { test } from "node:test";
import assert from "node:assert/strict";
import { plainText } from "./plain-text.js";

test("links, literals, roles and emphasis become their text", () => {
  assert.equal(
    plainText("See `the docs <https://x.org>`_, ``pip install``, :code:`x = 1`, **bold** and *em*.", 500),
    "See the docs, pip install, x = 1, bold and em.",
  );
});

test("directives, comments and section underlines are dropped and whitespace is folded", () => {
  assert.equal(plainText("Title\n=====\n\n.. image:: x.png\n\nFirst  line\nsecond line", 500), "Title First line second line");
});

test("long text is cut at a word boundary with an ellipsis", () => {
  const text = plainText("alpha beta gamma delta epsilon", 17);
  assert.equal(text, "alpha beta gamma…");
  assert.ok(text.length <= 17);
});

test("a missing field gives an empty string", () => {
  assert.equal(plainText(undefined, 10), "");
});
