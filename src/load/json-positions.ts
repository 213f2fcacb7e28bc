// The hand-written strict JSON parser behind parseJson's slow path: it records where every value
// and key starts, duplicate keys and number tokens a JS number cannot keep, and on bad input stops
// at the first fault with a message written for the person editing the file.

/** Where a value (and, inside an object, its key) starts, with its children for containers. */
export interface PositionNode {
  at: number;
  keyAt?: number;
  kids?: PositionNode[] | Map<string, PositionNode>;
}

/** A duplicate key found by the positional parser, by UTF-16 offsets. */
export interface RawDuplicate {
  key: string;
  objectPath: (string | number)[];
  offset: number;
  firstOffset: number;
}

/** Outcome of `scanPositions`: the value with its position tree, or the first fault. */
export type PositionalResult =
  | {
      ok: true;
      value: unknown;
      root: PositionNode;
      duplicates: RawDuplicate[];
      rawNumbers: { path: (string | number)[]; raw: string }[];
    }
  | { ok: false; message: string; offset: number };

class Fault {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const MAX_DEPTH = 2000;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Parses `text` strictly, recording positions; never throws. */
export function scanPositions(text: string): PositionalResult {
  const n = text.length;
  const duplicates: RawDuplicate[] = [];
  const rawNumbers: { path: (string | number)[]; raw: string }[] = [];
  const path: (string | number)[] = [];
  // Open containers, innermost last, so "end of file" can name the one left open.
  const open: { kind: "object" | "array"; at: number }[] = [];
  let i = 0;

  const skipSpace = (): void => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
    }
  };

  const endOfFile = (expected: string): Fault => {
    const inner = open[open.length - 1];
    if (inner === undefined) return new Fault(n, `Unexpected end of file: expected ${expected}`);
    const where = describeOffset(text, inner.at);
    return new Fault(n, `Unexpected end of file: the ${inner.kind} opened at ${where} is never closed`);
  };

  const parseValue = (): { value: unknown; node: PositionNode } => {
    skipSpace();
    if (i >= n) throw endOfFile("a JSON value");
    const c = text.charCodeAt(i);
    const at = i;
    if (c === 123) return parseObject();
    if (c === 91) return parseArray();
    if (c === 34) return { value: parseString(), node: { at } };
    if (c === 45 || (c >= 48 && c <= 57)) return { value: parseNumber(), node: { at } };
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { value, node: { at } };
      }
    }
    throw new Fault(i, unexpectedValueMessage(text, i));
  };

  const parseObject = (): { value: unknown; node: PositionNode } => {
    const at = i;
    if (open.length >= MAX_DEPTH) throw new Fault(at, `Nesting deeper than ${MAX_DEPTH} levels is not supported`);
    open.push({ kind: "object", at });
    i++;
    const value: Record<string, unknown> = {};
    const kids = new Map<string, PositionNode>();
    skipSpace();
    if (text.charCodeAt(i) === 125) {
      i++;
      open.pop();
      return { value, node: { at, kids } };
    }
    for (;;) {
      skipSpace();
      if (i >= n) throw endOfFile("a property name");
      if (text.charCodeAt(i) !== 34) throw new Fault(i, propertyNameMessage(text, i));
      const keyAt = i;
      const key = parseString();
      skipSpace();
      if (i >= n) throw endOfFile("':'");
      if (text.charCodeAt(i) !== 58) {
        throw new Fault(i, `Expected ':' after property name ${JSON.stringify(key)} in object`);
      }
      i++;
      path.push(key);
      const member = parseValue();
      path.pop();
      member.node.keyAt = keyAt;
      const first = kids.get(key);
      if (first !== undefined) {
        duplicates.push({ key, objectPath: [...path], offset: keyAt, firstOffset: first.keyAt ?? first.at });
        kids.delete(key);
      }
      kids.set(key, member.node);
      // A plain assignment to "__proto__" would change the prototype instead of adding a key.
      if (key === "__proto__") {
        Object.defineProperty(value, key, { value: member.value, writable: true, enumerable: true, configurable: true });
      } else {
        value[key] = member.value;
      }
      skipSpace();
      if (i >= n) throw endOfFile("',' or '}'");
      const c = text.charCodeAt(i);
      if (c === 125) {
        i++;
        open.pop();
        return { value, node: { at, kids } };
      }
      if (c !== 44) throw new Fault(i, "Expected ',' or '}' after property value in object" + missingCommaHint(c));
      const comma = i;
      i++;
      skipSpace();
      if (text.charCodeAt(i) === 125) throw new Fault(comma, "Trailing comma is not allowed in JSON");
    }
  };

  const parseArray = (): { value: unknown; node: PositionNode } => {
    const at = i;
    if (open.length >= MAX_DEPTH) throw new Fault(at, `Nesting deeper than ${MAX_DEPTH} levels is not supported`);
    open.push({ kind: "array", at });
    i++;
    const value: unknown[] = [];
    const kids: PositionNode[] = [];
    skipSpace();
    if (text.charCodeAt(i) === 93) {
      i++;
      open.pop();
      return { value, node: { at, kids } };
    }
    for (;;) {
      skipSpace();
      if (text.charCodeAt(i) === 44) throw new Fault(i, "Expected a value before ',' in array");
      path.push(value.length);
      const item = parseValue();
      path.pop();
      value.push(item.value);
      kids.push(item.node);
      skipSpace();
      if (i >= n) throw endOfFile("',' or ']'");
      const c = text.charCodeAt(i);
      if (c === 93) {
        i++;
        open.pop();
        return { value, node: { at, kids } };
      }
      if (c !== 44) throw new Fault(i, "Expected ',' or ']' after array element" + missingCommaHint(c));
      const comma = i;
      i++;
      skipSpace();
      if (text.charCodeAt(i) === 93) throw new Fault(comma, "Trailing comma is not allowed in JSON");
    }
  };

  const parseString = (): string => {
    const start = i;
    i++;
    let out = "";
    let chunk = i;
    for (;;) {
      if (i >= n) {
        throw new Fault(start, `Unexpected end of file: the string opened at ${describeOffset(text, start)} is never closed`);
      }
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 0x20) throw new Fault(i, controlCharacterMessage(text, c, start));
      if (c !== 92) {
        i++;
        continue;
      }
      out += text.slice(chunk, i);
      const e = text[i + 1];
      if (e === undefined) throw new Fault(start, `Unexpected end of file: the string opened at ${describeOffset(text, start)} is never closed`);
      if (e === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          throw new Fault(i, "Invalid \\u escape in string: expected 4 hexadecimal digits after \\u");
        }
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else {
        const decoded = ESCAPES[e];
        if (decoded === undefined) {
          throw new Fault(i, `Invalid escape '\\${printable(e)}' in string (JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)`);
        }
        out += decoded;
        i += 2;
      }
      chunk = i;
    }
  };

  const parseNumber = (): number => {
    const start = i;
    if (text.charCodeAt(i) === 45) i++;
    const first = text.charCodeAt(i);
    if (!(first >= 48 && first <= 57)) throw new Fault(i, "Invalid number: expected a digit after '-'");
    i++;
    if (first === 48 && isDigit(text.charCodeAt(i))) throw new Fault(start, "Invalid number: leading zeros are not allowed in JSON");
    while (isDigit(text.charCodeAt(i))) i++;
    let float = false;
    if (text.charCodeAt(i) === 46) {
      float = true;
      i++;
      if (!isDigit(text.charCodeAt(i))) throw new Fault(i, "Invalid number: expected a digit after the decimal point");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      float = true;
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!isDigit(text.charCodeAt(i))) throw new Fault(i, "Invalid number: expected a digit in the exponent");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const raw = text.slice(start, i);
    const value = Number(raw);
    if (float || !Number.isSafeInteger(value)) rawNumbers.push({ path: [...path], raw });
    return value;
  };

  try {
    const top = parseValue();
    skipSpace();
    if (i < n) {
      throw new Fault(i, `Unexpected ${describeChar(text, i)} after the end of the JSON value (the document must hold exactly one value)`);
    }
    return { ok: true, value: top.value, root: top.node, duplicates, rawNumbers };
  } catch (error) {
    if (error instanceof Fault) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

const LITERALS: readonly [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function unexpectedValueMessage(text: string, i: number): string {
  const c = text[i] ?? "";
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0];
  if (word !== undefined) {
    const lower = word.toLowerCase();
    if (lower === "true" || lower === "false" || lower === "null") return `Invalid literal '${word}': JSON writes it in lowercase as '${lower}'`;
    if (word === "None") return "Invalid literal 'None': JSON writes it as 'null'";
    if (word === "NaN" || word === "Infinity") return `${word} is not allowed in JSON`;
    return `Unexpected word '${word}': expected a JSON value (strings need double quotes)`;
  }
  if (c === "'") return "Strings must use double quotes in JSON, not single quotes";
  if (c === "/") return "Comments are not allowed in JSON";
  if (c === ".") return "Invalid number: a number must start with a digit (write 0.5, not .5)";
  if (c === "+") return "Invalid number: JSON does not allow a leading '+'";
  if (c === "}" || c === "]") return `Unexpected '${c}': expected a JSON value`;
  return `Unexpected ${describeChar(text, i)}: expected a JSON value`;
}

function propertyNameMessage(text: string, i: number): string {
  const c = text[i];
  if (c === "}") return "Trailing comma is not allowed in JSON";
  if (c === "'") return "Property names must use double quotes in JSON, not single quotes";
  if (c === "/") return "Comments are not allowed in JSON";
  if (c !== undefined && /[A-Za-z_$]/.test(c)) return "Property names must be strings in double quotes";
  return `Unexpected ${describeChar(text, i)}: expected a property name in double quotes`;
}

function missingCommaHint(c: number): string {
  return c === 34 || c === 123 || c === 91 ? " (is a comma missing?)" : "";
}

function controlCharacterMessage(text: string, c: number, stringStart: number): string {
  if (c === 10 || c === 13) {
    return `Line break inside the string opened at ${describeOffset(text, stringStart)}: write it as \\n, or close the string`;
  }
  const hex = c.toString(16).padStart(4, "0").toUpperCase();
  const escape = c === 9 ? "\\t" : `\\u${hex.toLowerCase()}`;
  return `Unescaped control character U+${hex} in string: write it as ${escape}`;
}

function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  if (cp === 0xfeff) return "byte order mark (U+FEFF)";
  if (cp > 0x20 && cp < 0x7f) return `character '${String.fromCodePoint(cp)}'`;
  return `character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

function printable(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x20 && cp < 0x7f ? ch : `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** "line L column C" for an offset; only used while building an error, so a linear scan is fine. */
function describeOffset(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || (c === 13 && text.charCodeAt(j + 1) !== 10)) {
      line++;
      lineStart = j + 1;
    }
  }
  const column = Array.from(text.slice(lineStart, offset)).length + 1;
  return `line ${line} column ${column}`;
}
