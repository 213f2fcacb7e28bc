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
  const parser = new PositionalParser(text);
  try {
    const top = parser.parseValue();
    parser.skipSpace();
    if (parser.i < text.length) {
      throw new Fault(parser.i, `Unexpected ${describeChar(text, parser.i)} after the end of the JSON value (the document must hold exactly one value)`);
    }
    return { ok: true, value: top.value, root: top.node, duplicates: parser.duplicates, rawNumbers: parser.rawNumbers };
  } catch (error) {
    if (error instanceof Fault) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

// A class rather than closures: one parser per document, methods shared on the prototype.
class PositionalParser {
  readonly n: number;
  readonly duplicates: RawDuplicate[] = [];
  readonly rawNumbers: { path: (string | number)[]; raw: string }[] = [];
  readonly path: (string | number)[] = [];
  // Open containers, innermost last, so "end of file" can name the one left open.
  readonly open: { kind: "object" | "array"; at: number }[] = [];
  i = 0;
  // Per parser, not module-level: exec() moves lastIndex.
  readonly special = /["\\\x00-\x1f]/g;

  constructor(readonly text: string) {
    this.n = text.length;
  }

  skipSpace(): void {
    for (; this.i < this.n; this.i++) {
      const c = this.text.charCodeAt(this.i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
    }
  }

  endOfFile(expected: string): Fault {
    const inner = this.open[this.open.length - 1];
    if (inner === undefined) return new Fault(this.n, `Unexpected end of file: expected ${expected}`);
    const where = describeOffset(this.text, inner.at);
    return new Fault(this.n, `Unexpected end of file: the ${inner.kind} opened at ${where} is never closed`);
  }

  parseValue(): { value: unknown; node: PositionNode } {
    this.skipSpace();
    if (this.i >= this.n) throw this.endOfFile("a JSON value");
    const c = this.text.charCodeAt(this.i);
    const at = this.i;
    if (c === 123) return this.parseObject();
    if (c === 91) return this.parseArray();
    if (c === 34) return { value: this.parseString(), node: { at } };
    if (c === 45 || (c >= 48 && c <= 57)) return { value: this.parseNumber(), node: { at } };
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return { value, node: { at } };
      }
    }
    throw new Fault(this.i, unexpectedValueMessage(this.text, this.i));
  }

  parseObject(): { value: unknown; node: PositionNode } {
    const at = this.i;
    if (this.open.length >= MAX_DEPTH) throw new Fault(at, `Nesting deeper than ${MAX_DEPTH} levels is not supported`);
    this.open.push({ kind: "object", at });
    this.i++;
    const value: Record<string, unknown> = {};
    const kids = new Map<string, PositionNode>();
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      this.open.pop();
      return { value, node: { at, kids } };
    }
    for (;;) {
      this.skipSpace();
      if (this.i >= this.n) throw this.endOfFile("a property name");
      if (this.text.charCodeAt(this.i) !== 34) throw new Fault(this.i, propertyNameMessage(this.text, this.i));
      const keyAt = this.i;
      const key = this.parseString();
      this.skipSpace();
      if (this.i >= this.n) throw this.endOfFile("':'");
      if (this.text.charCodeAt(this.i) !== 58) {
        throw new Fault(this.i, `Expected ':' after property name ${JSON.stringify(key)} in object`);
      }
      this.i++;
      this.path.push(key);
      const member = this.parseValue();
      this.path.pop();
      member.node.keyAt = keyAt;
      const first = kids.get(key);
      if (first !== undefined) {
        this.duplicates.push({ key, objectPath: [...this.path], offset: keyAt, firstOffset: first.keyAt ?? first.at });
        kids.delete(key);
      }
      kids.set(key, member.node);
      // A plain assignment to "__proto__" would change the prototype instead of adding a key.
      if (key === "__proto__") {
        Object.defineProperty(value, key, { value: member.value, writable: true, enumerable: true, configurable: true });
      } else {
        value[key] = member.value;
      }
      this.skipSpace();
      if (this.i >= this.n) throw this.endOfFile("',' or '}'");
      const c = this.text.charCodeAt(this.i);
      if (c === 125) {
        this.i++;
        this.open.pop();
        return { value, node: { at, kids } };
      }
      if (c !== 44) throw new Fault(this.i, "Expected ',' or '}' after property value in object" + missingCommaHint(c));
      const comma = this.i;
      this.i++;
      this.skipSpace();
      if (this.text.charCodeAt(this.i) === 125) throw new Fault(comma, "Trailing comma is not allowed in JSON");
    }
  }

  parseArray(): { value: unknown; node: PositionNode } {
    const at = this.i;
    if (this.open.length >= MAX_DEPTH) throw new Fault(at, `Nesting deeper than ${MAX_DEPTH} levels is not supported`);
    this.open.push({ kind: "array", at });
    this.i++;
    const value: unknown[] = [];
    const kids: PositionNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      this.open.pop();
      return { value, node: { at, kids } };
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.i) === 44) throw new Fault(this.i, "Expected a value before ',' in array");
      this.path.push(value.length);
      const item = this.parseValue();
      this.path.pop();
      value.push(item.value);
      kids.push(item.node);
      this.skipSpace();
      if (this.i >= this.n) throw this.endOfFile("',' or ']'");
      const c = this.text.charCodeAt(this.i);
      if (c === 93) {
        this.i++;
        this.open.pop();
        return { value, node: { at, kids } };
      }
      if (c !== 44) throw new Fault(this.i, "Expected ',' or ']' after array element" + missingCommaHint(c));
      const comma = this.i;
      this.i++;
      this.skipSpace();
      if (this.text.charCodeAt(this.i) === 93) throw new Fault(comma, "Trailing comma is not allowed in JSON");
    }
  }

  parseString(): string {
    const start = this.i;
    this.i++;
    let out = "";
    for (;;) {
      // The native regex scan finds the next quote, backslash or control character far faster
      // than a character loop; most strings need exactly one match.
      this.special.lastIndex = this.i;
      const found = this.special.exec(this.text);
      if (found === null) {
        throw new Fault(start, `Unexpected end of file: the string opened at ${describeOffset(this.text, start)} is never closed`);
      }
      const at = found.index;
      out += this.text.slice(this.i, at);
      this.i = at;
      const c = this.text.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return out;
      }
      if (c < 0x20) throw new Fault(this.i, controlCharacterMessage(this.text, c, start));
      const e = this.text[this.i + 1];
      if (e === undefined) throw new Fault(start, `Unexpected end of file: the string opened at ${describeOffset(this.text, start)} is never closed`);
      if (e === "u") {
        const hex = this.text.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          throw new Fault(this.i, "Invalid \\u escape in string: expected 4 hexadecimal digits after \\u");
        }
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 6;
      } else {
        const decoded = ESCAPES[e];
        if (decoded === undefined) {
          throw new Fault(this.i, `Invalid escape '\\${printable(e)}' in string (JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)`);
        }
        out += decoded;
        this.i += 2;
      }
    }
  }

  parseNumber(): number {
    const start = this.i;
    if (this.text.charCodeAt(this.i) === 45) this.i++;
    const first = this.text.charCodeAt(this.i);
    if (!(first >= 48 && first <= 57)) throw new Fault(this.i, "Invalid number: expected a digit after '-'");
    this.i++;
    if (first === 48 && isDigit(this.text.charCodeAt(this.i))) throw new Fault(start, "Invalid number: leading zeros are not allowed in JSON");
    while (isDigit(this.text.charCodeAt(this.i))) this.i++;
    let float = false;
    if (this.text.charCodeAt(this.i) === 46) {
      float = true;
      this.i++;
      if (!isDigit(this.text.charCodeAt(this.i))) throw new Fault(this.i, "Invalid number: expected a digit after the decimal point");
      while (isDigit(this.text.charCodeAt(this.i))) this.i++;
    }
    const e = this.text.charCodeAt(this.i);
    if (e === 101 || e === 69) {
      float = true;
      this.i++;
      const sign = this.text.charCodeAt(this.i);
      if (sign === 43 || sign === 45) this.i++;
      if (!isDigit(this.text.charCodeAt(this.i))) throw new Fault(this.i, "Invalid number: expected a digit in the exponent");
      while (isDigit(this.text.charCodeAt(this.i))) this.i++;
    }
    const raw = this.text.slice(start, this.i);
    const value = Number(raw);
    if (float || !Number.isSafeInteger(value)) this.rawNumbers.push({ path: [...this.path], raw });
    return value;
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
