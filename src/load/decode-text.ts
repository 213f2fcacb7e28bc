// Turns a data file's bytes into text, or says precisely why they are not UTF-8 JSON text:
// empty, binary, UTF-16/32, or invalid UTF-8 at a line and column. A UTF-8 BOM is stripped and
// flagged, so the file is still checked.

/** Why a file's bytes cannot be read as text; `kind` doubles as the diagnostic rule id. */
export type TextProblemKind = "empty-file" | "binary-file" | "wrong-encoding" | "invalid-utf8";

/** A decoding problem; line and column are 0 when the problem concerns the whole file. */
export interface TextProblem {
  kind: TextProblemKind;
  rule: TextProblemKind;
  message: string;
  hint: string;
  line: number;
  column: number;
  /** Byte offset of the first offending byte, when there is one. */
  offset?: number;
}

/** Decoded text (without its BOM) or the problem that prevents decoding. */
export type DecodeResult = { ok: true; text: string; bom: boolean } | { ok: false; problem: TextProblem };

// Non-streaming decode() keeps no state between calls, so one shared decoder is safe.
// ignoreBOM keeps a second U+FEFF in the text so the JSON parser reports it.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF8_LENIENT = new TextDecoder("utf-8", { ignoreBOM: true });
const SAMPLE_BYTES = 8192;

/** Decodes a data file's bytes as UTF-8, classifying anything that is not UTF-8 text. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) {
    return problem("empty-file", "The file is empty (0 bytes)", "Write the JSON object this file should hold, or delete the file.");
  }
  const encoding = utfBomEncoding(bytes);
  if (encoding !== undefined) {
    return problem("wrong-encoding", `The file is encoded as ${encoding} (it starts with a ${encoding} byte order mark); data files must be UTF-8`, "Save the file as UTF-8 without a byte order mark.");
  }
  const nul = nulReason(bytes);
  if (nul !== undefined) return nul;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    return controlReason(body) ?? invalidUtf8(body);
  }
  // Counting control characters costs a pass over the bytes, so it only runs when the text does
  // not even start like JSON; a stray control character inside JSON gets the parser's precise error.
  const firstChar = text.trimStart().charCodeAt(0);
  if (firstChar < 0x20 || firstChar === 0x7f) {
    const control = controlReason(body);
    if (control !== undefined) return control;
  }
  if (isBlank(text)) {
    if (text === "") return problem("empty-file", "The file holds nothing but a UTF-8 byte order mark", "Write the JSON object this file should hold, or delete the file.");
    return problem("empty-file", "The file contains only whitespace", "Write the JSON object this file should hold, or delete the file.");
  }
  return { ok: true, text, bom };
}

function problem(kind: TextProblemKind, message: string, hint: string, line = 0, column = 0, offset?: number): DecodeResult {
  const p: TextProblem = { kind, rule: kind, message, hint, line, column };
  if (offset !== undefined) p.offset = offset;
  return { ok: false, problem: p };
}

function utfBomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? "UTF-32 LE" : "UTF-16 LE";
  if (b[0] === 0xfe && b[1] === 0xff) return "UTF-16 BE";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "UTF-32 BE";
  return undefined;
}

const BINARY_HINT = "Data files must be UTF-8 JSON text; remove this file or replace it with the JSON it should hold.";

function nulReason(bytes: Uint8Array): DecodeResult | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16 !== undefined) {
      return problem("wrong-encoding", `The file looks like ${utf16} text without a byte order mark; data files must be UTF-8`, "Save the file as UTF-8.");
    }
    return problem("binary-file", `Binary file: it contains NUL bytes (the first at byte ${nul})`, BINARY_HINT, 0, 0, nul);
  }
  return undefined;
}

/** Text never has many control characters; a high share of them in the first bytes means binary. */
function controlReason(bytes: Uint8Array): DecodeResult | undefined {
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i] ?? 0;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) controls++;
  }
  if (controls >= 4 && controls / length > 0.1) {
    const percent = Math.round((100 * controls) / length);
    return problem("binary-file", `Binary file: ${percent}% of its first ${length} bytes are control characters`, BINARY_HINT);
  }
  return undefined;
}

/** UTF-16 text without a BOM has a NUL in every other byte for ASCII characters. */
function bomlessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return "UTF-16 LE";
  if (evenNul >= pairs * 0.9 && oddNul === 0) return "UTF-16 BE";
  return undefined;
}

function invalidUtf8(bytes: Uint8Array): DecodeResult {
  const offset = firstInvalidUtf8(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Everything before `offset` is valid UTF-8, so the column is its count of code points.
  const column = Array.from(UTF8_LENIENT.decode(bytes.subarray(lineStart, offset))).length + 1;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return problem(
    "invalid-utf8",
    `Invalid UTF-8 at line ${line} column ${column}: byte 0x${byte} does not begin a valid UTF-8 character`,
    "Save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252).",
    line,
    column,
    offset,
  );
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates are not characters
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return n;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}
