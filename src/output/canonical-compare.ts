// canonicalMismatch: where a text first departs from the canonical form of its value, found by
// walking the value against the text — without writing the canonical text out. The `format` rule
// runs on 22,000 files; building each canonical string made 30 MB of garbage per check.

import { compareCodePoints, formatPyvideoJson, pythonJsonString, type RawNumberToken } from "./canonical-json.js";

/** The UTF-16 offset of the first differing token (or character) between `text` and the canonical form of `value`, or -1 when they are equal. */
export function canonicalMismatch(text: string, value: unknown, rawNumbers: readonly RawNumberToken[] = []): number {
  if (rawNumbers.length > 0) return firstDifference(text, formatPyvideoJson(value, { rawNumbers }));
  const end = walk(text, 0, value, 0);
  if (end === undefined) return firstDifference(text, formatPyvideoJson(value));
  if (end < 0) return -end - 1;
  // The canonical text ends with exactly one newline after the value.
  if (text.charCodeAt(end) !== 10) return end;
  return text.length === end + 1 ? -1 : end + 1;
}

// Python's ensure_ascii escapes: a string without these characters is written between quotes as is.
const NEEDS_ESCAPE = /[\\"\u0000-\u001f\u007f-\uffff]/;
// "\n" followed by 2 × depth spaces, built once per depth.
const INDENTS: string[] = [];
function indent(depth: number): string {
  return (INDENTS[depth] ??= `\n${"  ".repeat(depth)}`);
}

/** `pos + piece.length` when `piece` stands at `pos`, else the mismatch encoded as -(pos + 1). */
function expect(text: string, piece: string, pos: number): number {
  return text.startsWith(piece, pos) ? pos + piece.length : -(pos + 1);
}

function expectChar(text: string, code: number, pos: number): number {
  return text.charCodeAt(pos) === code ? pos + 1 : -(pos + 1);
}

function expectString(text: string, s: string, pos: number): number {
  if (NEEDS_ESCAPE.test(s)) return expect(text, pythonJsonString(s), pos);
  if (text.charCodeAt(pos) !== 34 || !text.startsWith(s, pos + 1) || text.charCodeAt(pos + 1 + s.length) !== 34) return -(pos + 1);
  return pos + s.length + 2;
}

/** Offset after `value` written at `at`; a negative number -(offset + 1) at a mismatch; undefined when the value needs the slow path. */
function walk(text: string, at: number, value: unknown, depth: number): number | undefined {
  if (value === null) return expect(text, "null", at);
  if (value === true) return expect(text, "true", at);
  if (value === false) return expect(text, "false", at);
  if (typeof value === "string") return expectString(text, value, at);
  if (typeof value === "number") return Number.isSafeInteger(value) && !Object.is(value, -0) ? expect(text, String(value), at) : undefined;
  if (typeof value !== "object") return undefined;
  const inner = indent(depth + 1);
  let pos = at;
  if (Array.isArray(value)) {
    if (value.length === 0) return expect(text, "[]", pos);
    pos = expectChar(text, 91, pos); // [
    for (let i = 0; i < value.length && pos >= 0; i++) {
      if (i > 0) pos = expectChar(text, 44, pos); // ,
      if (pos >= 0) pos = expect(text, inner, pos);
      if (pos < 0) break;
      const next = walk(text, pos, value[i], depth + 1);
      if (next === undefined) return undefined;
      pos = next;
    }
    if (pos >= 0) pos = expect(text, indent(depth), pos);
    return pos < 0 ? pos : expectChar(text, 93, pos); // ]
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort(compareCodePoints);
  if (keys.length === 0) return expect(text, "{}", pos);
  pos = expectChar(text, 123, pos); // {
  for (let i = 0; i < keys.length && pos >= 0; i++) {
    const k = keys[i] as string;
    if (i > 0) pos = expectChar(text, 44, pos);
    if (pos >= 0) pos = expect(text, inner, pos);
    if (pos >= 0) pos = expectString(text, k, pos);
    if (pos >= 0) pos = expect(text, ": ", pos);
    if (pos < 0) break;
    const next = walk(text, pos, record[k], depth + 1);
    if (next === undefined) return undefined;
    pos = next;
  }
  if (pos >= 0) pos = expect(text, indent(depth), pos);
  return pos < 0 ? pos : expectChar(text, 125, pos); // }
}

function firstDifference(a: string, b: string): number {
  if (a === b) return -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return n;
}
