// DataFile: one JSON file of the data repository, decoded and parsed, with positions for messages.

import type { Diagnostic, Position } from "../model/diagnostic.js";
import { decodeText } from "./decode-text.js";
import { parseJson, type JsonPath, type JsonParseSuccess, type JsonRawNumber } from "./json-parse.js";

/** A JSON file as read from disk: its text, its value, and where each value sits. */
export interface DataFile {
  /** Relative to the data root, forward slashes. */
  path: string;
  /** Decoded text without a BOM; undefined when the bytes are not text, or not kept (`valuesOnly`). */
  text?: string;
  /** Parsed value; undefined when the file could not be read as JSON. */
  value?: unknown;
  /** True when the file started with a UTF-8 byte order mark. */
  bom: boolean;
  /** Number tokens whose text says more than the parsed number (`1005.0`), for faithful rewriting. */
  rawNumbers: readonly JsonRawNumber[];
  /** Problems found while decoding and parsing (encoding, syntax, duplicate keys). */
  problems: Diagnostic[];
  /** Position of the value at `path` (falls back to the nearest existing parent, then 1:1). */
  locate(path: JsonPath): Position;
  /** Position of the key at `path` (falls back like `locate`). */
  locateKey(path: JsonPath): Position;
}

const START: Position = { line: 1, column: 1 };

/** Decodes and parses one file's bytes; never throws. */
export function readDataFile(path: string, bytes: Uint8Array): DataFile {
  const decoded = decodeText(bytes);
  const problems: Diagnostic[] = [];
  if (!decoded.ok) {
    const { rule, message, hint, line, column } = decoded.problem;
    problems.push({ rule, severity: "error", file: path, line, column, message, hint });
    return { path, bom: false, rawNumbers: [], problems, locate: atStart, locateKey: atStart };
  }
  const { text, bom } = decoded;
  if (bom) {
    problems.push({
      rule: "bom",
      severity: "error",
      file: path,
      line: 1,
      column: 1,
      message: "The file starts with a UTF-8 byte order mark (BOM).",
      hint: "Save the file as UTF-8 without BOM, or run `talkdex fix`.",
    });
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    problems.push({
      rule: "json-syntax",
      severity: "error",
      file: path,
      line,
      column,
      message,
      hint: "Fix the JSON syntax at this position; every other check of this file waits for it.",
    });
    return { path, text, bom, rawNumbers: [], problems, locate: atStart, locateKey: atStart };
  }
  for (const dup of parsed.duplicates) {
    problems.push({
      rule: "duplicate-key",
      severity: "error",
      file: path,
      line: dup.line,
      column: dup.column,
      message: `Key "${dup.key}" appears twice in one object (first at line ${dup.firstLine}); only the last one counts.`,
      hint: "Remove one of the two, keeping the value you meant.",
    });
  }
  return new ParsedFile(path, text, bom, problems, parsed);
}

// A file read and parsed: its positions come from the parse, asked for by path. (A class: two
// closures per file over the parse were more objects for a build's check to keep until its end.)
class ParsedFile implements DataFile {
  readonly value: unknown;
  readonly rawNumbers: readonly JsonRawNumber[];
  readonly #parsed: JsonParseSuccess;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly bom: boolean,
    readonly problems: Diagnostic[],
    parsed: JsonParseSuccess,
  ) {
    this.value = parsed.value;
    this.rawNumbers = parsed.rawNumbers;
    this.#parsed = parsed;
  }

  locate(path: JsonPath): Position {
    return nearest(this.#parsed, path, false);
  }

  locateKey(path: JsonPath): Position {
    return nearest(this.#parsed, path, true);
  }
}

// Every position at 1:1 (a file with no parse to ask).
const atStart = (): Position => START;

/**
 * The file as a reader that keeps no texts needs it: its value and reading problems, without its
 * text. A build's main thread reads the data only to make its catalog, and its texts then die young
 * instead of being copied twice by the garbage collector: on the snapshot the main thread's
 * scavenges promote 376 MB instead of 424, pause it 185 ms less while it reads, and take their
 * helper threads 460 ms less (three cold builds each). Given the `bytes` it was read
 * from (memory that stays as it is), its text is decoded from them again each time it is asked for
 * (a rule that compares the text with the value), and the positions of its findings are worked out
 * from them when first asked for (a few files have findings); without, it has no text and every
 * position is 1:1.
 */
export function valuesOnly(file: DataFile, bytes?: Uint8Array): DataFile {
  const { path, value, bom, rawNumbers, problems } = file;
  if (bytes && value !== undefined) return new LocatedLater(path, value, bom, rawNumbers, problems, bytes);
  return { path, value, bom, rawNumbers, problems, locate: atStart, locateKey: atStart };
}

// A file's value, whose text and positions come from its bytes again when asked for.
class LocatedLater implements DataFile {
  readonly #bytes: Uint8Array;
  #parsed: DataFile | undefined;

  constructor(
    readonly path: string,
    readonly value: unknown,
    readonly bom: boolean,
    readonly rawNumbers: readonly JsonRawNumber[],
    readonly problems: Diagnostic[],
    bytes: Uint8Array,
  ) {
    this.#bytes = bytes;
  }

  // Not kept: a reading keeps its files to the end of a check, and the texts would live as long.
  get text(): string | undefined {
    const decoded = decodeText(this.#bytes);
    return decoded.ok ? decoded.text : undefined;
  }

  locate(path: JsonPath): Position {
    return this.#full().locate(path);
  }

  locateKey(path: JsonPath): Position {
    return this.#full().locateKey(path);
  }

  #full(): DataFile {
    return (this.#parsed ??= readDataFile(this.path, this.#bytes));
  }
}

function nearest(parsed: JsonParseSuccess, path: JsonPath, key: boolean): Position {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const at = key && n === path.length && n > 0 ? parsed.locateKey(sub) : parsed.locate(sub);
    if (at) return { line: at.line, column: at.column };
  }
  return START;
}
