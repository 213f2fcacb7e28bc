// The canonical text of a pyvideo/data file: byte for byte what Python writes with
//   json.dumps(value, indent=2, sort_keys=True, separators=(",", ": "), ensure_ascii=True) + "\n"
// (pyvideo/data's tools/reserialize.py). Python keeps `1005.0` a float while JSON.parse makes it
// 1005, so number tokens written as floats (see parseJson's `rawNumbers`) can be passed back in.

/** A number token's original text at a JSON path, as reported by parseJson. */
export interface RawNumberToken {
  path: readonly (string | number)[];
  raw: string;
}

/** Options for the canonical formatter. */
export interface CanonicalJsonOptions {
  /** Number tokens whose text matters: float-written integers stay floats (`1005.0`), big integers stay exact. */
  rawNumbers?: readonly RawNumberToken[];
}

/** Formats a JSON value exactly as pyvideo/data's Python tools do, final newline included. */
export function formatPyvideoJson(value: unknown, options: CanonicalJsonOptions = {}): string {
  const rawNumbers = options.rawNumbers ?? [];
  if (rawNumbers.length === 0) {
    // Fast paths (the snapshot formats ~2× faster): native JSON.stringify writes the same text as
    // Python for strings, integers, null and booleans once keys are sorted; only characters outside
    // printable ASCII need Python's \uXXXX escapes. Floats need Python's repr: slow path.
    const plain = plainness(value);
    if (plain === SORTED) return `${escapeNonAscii(JSON.stringify(value, null, 2))}\n`;
    if (plain === UNSORTED) return `${escapeNonAscii(JSON.stringify(sortedCopy(value), null, 2))}\n`;
  }
  const raws = resolveRawNumbers(value, rawNumbers);
  return formatValue(value, "\n", raws, undefined, undefined) + "\n";
}

// Marks a value the fast path cannot write like Python (a float, a huge integer, -0).
const NOT_PLAIN = Symbol("not plain");
const SORTED = 1;
const UNSORTED = 2;

/** SORTED when JSON.stringify can write `value` as is, UNSORTED when only its keys need sorting, else NOT_PLAIN. */
function plainness(value: unknown): typeof SORTED | typeof UNSORTED | typeof NOT_PLAIN {
  if (value === null || typeof value === "string" || typeof value === "boolean") return SORTED;
  if (typeof value === "number") return Number.isSafeInteger(value) && !Object.is(value, -0) ? SORTED : NOT_PLAIN;
  let result: typeof SORTED | typeof UNSORTED = SORTED;
  if (Array.isArray(value)) {
    for (const v of value) {
      const p = plainness(v);
      if (p === NOT_PLAIN) return NOT_PLAIN;
      if (p === UNSORTED) result = UNSORTED;
    }
    return result;
  }
  if (typeof value !== "object") return NOT_PLAIN;
  let previous: string | undefined;
  for (const k in value) {
    if (k === "__proto__" || INTEGER_KEY.test(k)) return NOT_PLAIN;
    if (previous !== undefined && compareCodePoints(previous, k) >= 0) result = UNSORTED;
    previous = k;
    const p = plainness((value as Record<string, unknown>)[k]);
    if (p === NOT_PLAIN) return NOT_PLAIN;
    if (p === UNSORTED) result = UNSORTED;
  }
  return result;
}

function escapeNonAscii(json: string): string {
  return HAS_NON_ASCII.test(json) ? json.replace(NON_ASCII, escapeUnit) : json;
}
// JSON.stringify already escapes quotes, backslashes and control characters as Python does.
const NON_ASCII = /[\u007f-\uffff]/g;
const HAS_NON_ASCII = /[\u007f-\uffff]/;
const INTEGER_KEY = /^(?:0|[1-9]\d*)$/;

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) && !Object.is(value, -0) ? value : NOT_PLAIN;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = sortedCopy(value[i]);
      if (v === NOT_PLAIN) return NOT_PLAIN;
      out[i] = v;
    }
    return out;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(record).sort(compareCodePoints)) {
      // "__proto__" would not survive this copy, and JS objects list integer-like keys ("10", "2")
      // first in numeric order where Python sorts them as text: both go to the slow path.
      if (k === "__proto__" || INTEGER_KEY.test(k)) return NOT_PLAIN;
      const v = sortedCopy(record[k]);
      if (v === NOT_PLAIN) return NOT_PLAIN;
      out[k] = v;
    }
    return out;
  }
  return NOT_PLAIN;
}

/** True when `text` is already the canonical form of `value` (the text it was parsed from). */
export function isCanonicalPyvideoJson(text: string, value: unknown, options: CanonicalJsonOptions = {}): boolean {
  return formatPyvideoJson(value, options) === text;
}

/** Python's repr() of a float: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() without an argument gives the same shortest digits as String(x).
  const [mantissa = "", exponentText = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? "-" : "+";
    return `${sign}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${"0".repeat(exponent + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/** A JSON string literal with Python's ensure_ascii escaping. */
export function pythonJsonString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  return `"${s.replace(ESCAPE_ALL, escapeUnit)}"`;
}

/** Compares strings by Unicode code point, as Python sorts str (JS's default compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  if (!HAS_SURROGATE.test(a) && !HAS_SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const y = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// Python escapes everything outside printable ASCII (0x20-0x7e); astral characters come out as
// their UTF-16 surrogate pair, which is exactly one \uXXXX per JS code unit.
const NEEDS_ESCAPE = /[\\"\u0000-\u001f\u007f-\uffff]/;
const ESCAPE_ALL = /[\\"\u0000-\u001f\u007f-\uffff]/g;
const HAS_SURROGATE = /[\ud800-\udfff]/;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

function escapeUnit(ch: string): string {
  return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

type RawIndex = Map<object, Map<string | number, string>> & { root?: string };

function formatValue(
  value: unknown,
  newline: string,
  raws: RawIndex,
  parent: object | undefined,
  key: string | number | undefined,
): string {
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return pythonJsonString(value);
  if (typeof value === "number") {
    const raw = parent === undefined ? raws.root : key === undefined ? undefined : raws.get(parent)?.get(key);
    return formatNumber(value, raw);
  }
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = newline + "  ";
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      out += (i === 0 ? inner : "," + inner) + formatValue(value[i], inner, raws, value, i);
    }
    return out + newline + "]";
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareCodePoints);
    if (keys.length === 0) return "{}";
    const inner = newline + "  ";
    let out = "{";
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      out += (i === 0 ? inner : "," + inner) + pythonJsonString(k) + ": " + formatValue(record[k], inner, raws, record, k);
    }
    return out + newline + "}";
  }
  throw new TypeError(`Cannot write a ${typeof value} as JSON`);
}

function formatNumber(value: number, raw: string | undefined): string {
  if (raw !== undefined && Number(raw) === value) {
    if (/[.eE]/.test(raw)) return pythonFloatRepr(value);
    return BigInt(raw).toString();
  }
  if (Number.isSafeInteger(value)) return String(value === 0 ? 0 : value);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return pythonFloatRepr(value);
}

function resolveRawNumbers(value: unknown, tokens: readonly RawNumberToken[]): RawIndex {
  const index: RawIndex = new Map();
  for (const { path, raw } of tokens) {
    if (path.length === 0) {
      index.root = raw;
      continue;
    }
    let container: unknown = value;
    for (const segment of path.slice(0, -1)) {
      container = typeof container === "object" && container !== null ? (container as Record<string | number, unknown>)[segment] : undefined;
    }
    const last = path[path.length - 1];
    if (typeof container !== "object" || container === null || last === undefined) continue;
    let byKey = index.get(container);
    if (byKey === undefined) index.set(container, (byKey = new Map()));
    byKey.set(last, raw);
  }
  return index;
}
