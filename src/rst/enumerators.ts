// Enumerated-list markers: recognising `1.`, `(a)`, `iv)`, `#.` and computing the expected next marker.

const ENUM = "([0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)";
/** An enumerator at the start of a line: parens, right-paren or period format. */
export const ENUMERATOR = new RegExp(`^(?:\\(${ENUM}\\)|${ENUM}\\)|${ENUM}\\.)( +|$)`);

/** How an enumerator is written. */
export type EnumFormat = "parens" | "rparen" | "period";

/** A parsed enumerator. */
export interface Enumerator {
  format: EnumFormat;
  sequence: string;
  text: string;
  ordinal: number | undefined;
}

const SEQUENCES: [string, RegExp][] = [
  ["arabic", /^[0-9]+$/],
  ["loweralpha", /^[a-z]$/],
  ["upperalpha", /^[A-Z]$/],
  ["lowerroman", /^[ivxlcdm]+$/],
  ["upperroman", /^[IVXLCDM]+$/],
];

/** docutils' parse_enumerator. */
export function parseEnumerator(m: RegExpExecArray, expected?: string): Enumerator {
  const format: EnumFormat = m[1] !== undefined ? "parens" : m[2] !== undefined ? "rparen" : "period";
  const text = (m[1] ?? m[2] ?? m[3])!;
  let sequence = "";
  if (text === "#") sequence = "#";
  else if (expected && SEQUENCES.find(([name]) => name === expected)?.[1].test(text)) sequence = expected;
  else if (text === "i") sequence = "lowerroman";
  else if (text === "I") sequence = "upperroman";
  if (!sequence) sequence = SEQUENCES.find(([, re]) => re.test(text))?.[0] ?? "arabic";
  return { format, sequence, text, ordinal: ordinalOf(sequence, text) };
}

function ordinalOf(sequence: string, text: string): number | undefined {
  switch (sequence) {
    case "#":
      return 1;
    case "arabic":
      return Number(text);
    case "loweralpha":
      return text.charCodeAt(0) - 96;
    case "upperalpha":
      return text.charCodeAt(0) - 64;
    default:
      return fromRoman(text.toUpperCase());
  }
}

const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const NUMERALS: [string, number][] = [
  ["M", 1000], ["CM", 900], ["D", 500], ["CD", 400], ["C", 100], ["XC", 90],
  ["L", 50], ["XL", 40], ["X", 10], ["IX", 9], ["V", 5], ["IV", 4], ["I", 1],
];

function fromRoman(s: string): number | undefined {
  if (!s || !ROMAN.test(s)) return undefined;
  let result = 0;
  let index = 0;
  for (const [numeral, value] of NUMERALS) {
    while (s.startsWith(numeral, index)) {
      result += value;
      index += numeral.length;
    }
  }
  return result;
}

function toRoman(n: number): string | undefined {
  if (n < 1 || n > 4999) return undefined;
  let out = "";
  for (const [numeral, value] of NUMERALS) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/** docutils' make_enumerator: the literal next enumerator and the auto-enumerator, each followed by a space. */
export function nextEnumerators(ordinal: number, sequence: string, format: EnumFormat): [string, string] | undefined {
  let e: string | undefined;
  if (sequence === "#") e = "#";
  else if (sequence === "arabic") e = String(ordinal);
  else if (sequence.endsWith("alpha")) e = ordinal > 26 ? undefined : String.fromCharCode(ordinal + 96);
  else e = toRoman(ordinal);
  if (e === undefined) return undefined;
  e = sequence.startsWith("upper") ? e.toUpperCase() : sequence.startsWith("lower") ? e.toLowerCase() : e;
  const [pre, suf] = format === "parens" ? ["(", ")"] : format === "rparen" ? ["", ")"] : ["", "."];
  return [`${pre}${e}${suf} `, `${pre}#${suf} `];
}

/** Prefix and suffix characters of a format. */
export function formatAffixes(format: EnumFormat): [string, string] {
  return format === "parens" ? ["(", ")"] : format === "rparen" ? ["", ")"] : ["", "."];
}
