// Fast character tests for the inline scanners (ASCII tables, common letter ranges, regex fallback).
import { PREFIX_CLASS } from "./patterns.js";

const PREFIX_ASCII = new Uint8Array(128);
for (const c of "\t\n\v\f\r\x1c\x1d\x1e\x1f \"'(<[{-/:") PREFIX_ASCII[c.charCodeAt(0)] = 1;

const ALNUM_ASCII = new Uint8Array(128);
for (let c = 48; c < 58; c++) ALNUM_ASCII[c] = 1;
for (let c = 65; c < 91; c++) ALNUM_ASCII[c] = 1;
for (let c = 97; c < 123; c++) ALNUM_ASCII[c] = 1;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Letter ranges with no punctuation or whitespace in them (Latin-1 letters … Cyrillic, kana, CJK, Hangul). */
function plainLetterRange(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0x2ff && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x4ff) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

/** Whether the character at `i` may precede an inline start-string (whitespace, opener or delimiter). */
export function isPrefixAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return PREFIX_ASCII[code] === 1;
  if (plainLetterRange(code)) return false;
  return PREFIX_CLASS.test(text[i]!);
}

/** Whether the character at `i` is a letter or digit (Python's `\w` without `_`). */
export function isAlnumAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ALNUM_ASCII[code] === 1;
  if (plainLetterRange(code)) return true;
  return LETTER_OR_NUMBER.test(text[i]!);
}

/** The first position after `from` that follows a prefix character (whitespace, opener, delimiter), or -1. */
export function nextAfterPrefix(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (PREFIX_ASCII[code] === 1) return i + 1;
    } else if (!plainLetterRange(code) && PREFIX_CLASS.test(text[i]!)) {
      return i + 1;
    }
  }
  return -1;
}
