// Strict JSON (RFC 8259) parsing with human error messages and lazy source positions.
//
// Design, measured on the pyvideo/data snapshot (22,256 files, 29.5 MB of text): JSON.parse takes
// about 65 ms for all of them, parseJson about 60 ms more, the positional parser 350-600 ms.
// - Fast path: native JSON.parse builds the value, then a cheap scan of the text outside strings
//   counts members and spots float or huge number tokens. Only when that scan finds something
//   JSON.parse cannot express (duplicate keys, `1005.0`, integers beyond 2^53) does the
//   hand-written positional parser run eagerly; otherwise it runs on the first `locate` call.
// - Slow path: when JSON.parse throws, the positional parser re-reads the text to produce a
//   precise message with line and column.
// Lines and columns are 1-based. Columns count Unicode code points (like Python's json errors and
// what a person counts), so an emoji is one column; `offset` is a UTF-16 index into the text.
// Line breaks are \n, \r\n or a lone \r.
// Numbers: values are plain JS numbers (JSON.parse semantics). The snapshot has 213 files with
// durations written `1005.0`, which JSON.parse turns into 1005; `rawNumbers` keeps the text of
// every token written with a fraction or exponent (and of integers beyond 2^53) so the canonical
// formatter can write them back as Python does and a rule can flag `1005.0` as not an integer.

import { scanPositions, type PositionNode } from "./json-positions.js";

/** A path into a JSON value: object keys and array indexes, e.g. ["videos", 0, "url"]. */
export type JsonPath = readonly (string | number)[];

/** A 1-based line and column (code points) plus the UTF-16 offset into the text. */
export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

/** A key that appears twice in one object; the value kept is the last one, as in Python. */
export interface JsonDuplicateKey {
  key: string;
  /** Path of the object holding the key. */
  objectPath: JsonPath;
  line: number;
  column: number;
  firstLine: number;
  firstColumn: number;
  message: string;
}

/** A number token whose text says more than a JS number keeps: `1005.0`, `1e3`, `1.5`, or an integer beyond 2^53. */
export interface JsonRawNumber {
  path: JsonPath;
  raw: string;
}

/** The precise reason a text is not JSON. */
export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
  offset: number;
}

/** A parsed document, with positions computed on demand. */
export interface JsonParseSuccess {
  ok: true;
  value: unknown;
  duplicates: readonly JsonDuplicateKey[];
  rawNumbers: readonly JsonRawNumber[];
  /** Position of the value at `path`, or undefined when the path does not exist. */
  locate(path: JsonPath): JsonPosition | undefined;
  /** Position of the key (or array element) at `path`; undefined for the root or a missing path. */
  locateKey(path: JsonPath): JsonPosition | undefined;
}

/** A text that is not JSON. */
export interface JsonParseFailure {
  ok: false;
  error: JsonSyntaxError;
}

/** Result of `parseJson`. */
export type JsonParseResult = JsonParseSuccess | JsonParseFailure;

/** Parses strict JSON; never throws. */
export function parseJson(text: string): JsonParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fromPositionalParse(text);
  }
  const scan = scanOutsideStrings(text);
  if (scan.suspiciousNumbers || scan.colons !== countMembers(value)) {
    // Duplicate keys or number tokens JSON.parse flattens: the positional parser knows them.
    // (It only refuses what JSON.parse accepted when nesting is too deep; then keep the value.)
    const full = fromPositionalParse(text);
    if (full.ok) return full;
  }
  return new LazyPositions(text, value);
}

const NONE: readonly never[] = [];

// A parse of the fast path: positions are worked out from the text on the first `locate`. One
// object per file, where closures over the text, the tree and the line index were seven (a build's
// check keeps every file's parse until its end: ≈ 15 MB fewer objects to copy on the snapshot).
class LazyPositions implements JsonParseSuccess {
  readonly ok = true;
  readonly duplicates = NONE;
  readonly rawNumbers = NONE;
  #root: PositionNode | undefined;
  #lines: ((offset: number) => JsonPosition) | undefined;

  constructor(
    readonly text: string,
    readonly value: unknown,
  ) {}

  locate(path: JsonPath): JsonPosition | undefined {
    return nodeOffset(this.#tree(), path, false, this.#lineIndex());
  }

  locateKey(path: JsonPath): JsonPosition | undefined {
    return nodeOffset(this.#tree(), path, true, this.#lineIndex());
  }

  #tree(): PositionNode | undefined {
    if (this.#root === undefined) {
      const full = scanPositions(this.text);
      if (full.ok) this.#root = full.root;
    }
    return this.#root;
  }

  #lineIndex(): (offset: number) => JsonPosition {
    return (this.#lines ??= lineIndex(this.text));
  }
}

/** Converts UTF-16 offsets into 1-based line and code-point column; built once per text. */
export function lineIndex(text: string): (offset: number) => JsonPosition {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] ?? 0;
    return { line: lo + 1, column: codePointsBetween(text, start, offset) + 1, offset };
  };
}

function fromPositionalParse(text: string): JsonParseResult {
  const full = scanPositions(text);
  const lines = lineIndex(text);
  if (!full.ok) {
    return { ok: false, error: { message: full.message, ...lines(full.offset) } };
  }
  const duplicates = full.duplicates.map((d): JsonDuplicateKey => {
    const at = lines(d.offset);
    const first = lines(d.firstOffset);
    return {
      key: d.key,
      objectPath: d.objectPath,
      line: at.line,
      column: at.column,
      firstLine: first.line,
      firstColumn: first.column,
      message: `Duplicate key ${JSON.stringify(d.key)} (first at line ${first.line}); the last value is kept`,
    };
  });
  return {
    ok: true,
    value: full.value,
    duplicates,
    rawNumbers: full.rawNumbers,
    locate: (path) => nodeOffset(full.root, path, false, lines),
    locateKey: (path) => nodeOffset(full.root, path, true, lines),
  };
}

function nodeOffset(
  root: PositionNode | undefined,
  path: JsonPath,
  wantKey: boolean,
  lines: (offset: number) => JsonPosition,
): JsonPosition | undefined {
  let node = root;
  for (const segment of path) {
    const kids = node?.kids;
    if (kids === undefined) return undefined;
    if (Array.isArray(kids)) node = typeof segment === "number" ? kids[segment] : undefined;
    else node = typeof segment === "string" ? kids.get(segment) : undefined;
  }
  if (node === undefined) return undefined;
  if (!wantKey) return lines(node.at);
  if (path.length === 0) return undefined;
  return lines(node.keyAt ?? node.at);
}

/** Counts colons outside strings (one per object member) and flags number tokens JS loses. */
function scanOutsideStrings(text: string): { colons: number; suspiciousNumbers: boolean } {
  let colons = 0;
  let suspicious = false;
  let digitRun = 0;
  let i = 0;
  const n = text.length;
  for (;;) {
    const quote = text.indexOf('"', i);
    const end = quote === -1 ? n : quote;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c >= 48 && c <= 57) {
        // 16 digits may exceed 2^53; the positional parser decides exactly.
        if (++digitRun >= 16) suspicious = true;
        continue;
      }
      if (c === 58) colons++;
      else if (c === 46 || ((c === 101 || c === 69) && digitRun > 0)) suspicious = true;
      digitRun = 0;
    }
    digitRun = 0;
    if (quote === -1) return { colons, suspiciousNumbers: suspicious };
    // JSON.parse accepted the text, so every string is closed; skip escaped quotes.
    let close = quote + 1;
    for (;;) {
      close = text.indexOf('"', close);
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      close++;
    }
    i = close + 1;
  }
}

function countMembers(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countMembers(item);
    return count;
  }
  for (const key in value) {
    count += 1 + countMembers((value as Record<string, unknown>)[key]);
  }
  return count;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes("\r")) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function codePointsBetween(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high surrogate is the second half of one code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > start) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    count++;
  }
  return count;
}
