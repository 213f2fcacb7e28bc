import assert from "node:assert/strict";
import { test } from "node:test";
import { columnWidth, toLines } from "./lines.js";

test("lines split on CRLF, CR, LF and Unicode separators like Python's splitlines", () => {
  assert.deepEqual(toLines("a\r\nb\rc\nd\u2028e\n"), ["a", "b", "c", "d", "e"]);
});

test("tabs expand to multiples of eight columns and trailing spaces are removed", () => {
  assert.deepEqual(toLines("-\titem  \n  x\ty"), ["-       item", "  x     y"]);
});

test("a trailing newline does not create an empty last line but blank lines stay", () => {
  assert.deepEqual(toLines("a\n\n"), ["a", ""]);
});

test("East Asian wide characters count as two columns and combining marks as none", () => {
  assert.equal(columnWidth("日本"), 4);
  assert.equal(columnWidth("e\u0301"), 1);
});
