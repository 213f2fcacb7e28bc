import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText, firstInvalidUtf8, type DecodeResult, type TextProblem } from "./decode-text.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

function problemOf(result: DecodeResult): TextProblem {
  assert.equal(result.ok, false);
  return (result as Extract<DecodeResult, { ok: false }>).problem;
}

test("UTF-8 text decodes unchanged, accents and emoji included", () => {
  assert.deepEqual(decodeText(bytes('{"title": "Letícia 😀"}')), { ok: true, text: '{"title": "Letícia 😀"}', bom: false });
});

test("a UTF-8 BOM is stripped and flagged so checking continues", () => {
  assert.deepEqual(decodeText(bytes([0xef, 0xbb, 0xbf], "{}")), { ok: true, text: "{}", bom: true });
});

test("a zero-byte file and a whitespace-only file are empty", () => {
  assert.equal(problemOf(decodeText(new Uint8Array())).message, "The file is empty (0 bytes)");
  const blank = problemOf(decodeText(bytes(" \n\t\r\n")));
  assert.deepEqual([blank.kind, blank.message, blank.line], ["empty-file", "The file contains only whitespace", 0]);
  assert.equal(problemOf(decodeText(bytes([0xef, 0xbb, 0xbf]))).kind, "empty-file");
});

test("invalid UTF-8 is reported at the line and column of the first bad byte", () => {
  // "é" saved as Latin-1 on line 3, after a two-code-point "ñ😀" prefix.
  const p = problemOf(decodeText(bytes('{\n  "a": 1,\n  "t": "ñ😀caf', [0xe9], '"\n}')));
  assert.deepEqual(
    { kind: p.kind, line: p.line, column: p.column, offset: p.offset },
    { kind: "invalid-utf8", line: 3, column: 14, offset: 29 },
  );
  assert.equal(p.message, "Invalid UTF-8 at line 3 column 14: byte 0xE9 does not begin a valid UTF-8 character");
});

test("overlong forms, surrogates and truncated sequences are invalid UTF-8", () => {
  assert.equal(firstInvalidUtf8(bytes("ab", [0xc0, 0xaf])), 2);
  assert.equal(firstInvalidUtf8(bytes("a", [0xed, 0xa0, 0x80])), 1);
  assert.equal(firstInvalidUtf8(bytes("abc", [0xe2, 0x82])), 3);
  assert.equal(firstInvalidUtf8(bytes("a", [0xf4, 0x90, 0x80, 0x80])), 1);
  assert.equal(firstInvalidUtf8(bytes("€😀")), 7);
});

test("NUL bytes make a binary file", () => {
  const p = problemOf(decodeText(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])));
  assert.equal(p.kind, "binary-file");
  assert.match(p.message, /^Binary file: it contains NUL bytes \(the first at byte 8\)$/);
});

test("a high share of control characters makes a binary file even without NUL", () => {
  const garbage = Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
  assert.equal(problemOf(decodeText(garbage)).kind, "binary-file");
});

test("UTF-16 files, with or without a BOM, are reported as the wrong encoding", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a": 1}', "utf16le")]);
  assert.match(problemOf(decodeText(le)).message, /encoded as UTF-16 LE/);
  const be = Buffer.from('{"a": 1}', "utf16le").swap16();
  assert.match(problemOf(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).message, /UTF-16 BE/);
  assert.match(problemOf(decodeText(Buffer.from('{"a": 1}', "utf16le"))).message, /looks like UTF-16 LE text without a byte order mark/);
  assert.equal(problemOf(decodeText(bytes([0xff, 0xfe, 0, 0], "x"))).message.includes("UTF-32 LE"), true);
});

test("valid UTF-8 that is mostly control characters is binary too", () => {
  const garbage = Uint8Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41));
  assert.equal(problemOf(decodeText(garbage)).kind, "binary-file");
});

test("JSON with one stray control character is left for the parser to pinpoint", () => {
  assert.equal(decodeText(bytes('{"a": "x', [1, 2, 3, 4, 5], '"}')).ok, true);
});
