// Line-start patterns of docutils' Body state, shared by the parsers that must tell constructs from text.
import { ENUMERATOR } from "./enumerators.js";

/** Bullet list item marker. */
export const BULLET = /^[-+*\u2022\u2023\u2043]( +|$)/;
/** Field list marker `:name:`. */
export const FIELD = /^:(?![: ])(?:[^:\\]|\\.|:(?![ `]|$))*(?<! ):( +|$)/;
const OPTARG = "([a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)";
const SHORTOPT = `(-|\\+)[a-zA-Z0-9]( ?${OPTARG})?`;
const LONGOPT = `(--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*([ =]${OPTARG})?`;
const OPTION_RE = `(${SHORTOPT}|${LONGOPT})`;
/** Option list marker such as `-v`, `--file=<path>`, `-o FILE, --out FILE`. */
export const OPTION = new RegExp(`^${OPTION_RE}(, ${OPTION_RE})*(  +| ?$)`);
/** Doctest block start. */
export const DOCTEST = /^>>>( +|$)/;
/** Line block line. */
export const LINE_BLOCK = /^\|( +|$)/;
/** Grid table top border. */
export const GRID_TOP = /^\+-[-+]+-\+ *$/;
/** Simple table top border. */
export const SIMPLE_TOP = /^=+( +=+)+ *$/;
/** Explicit markup start `.. `. */
export const EXPLICIT = /^\.\.( +|$)/;
/** Anonymous target `__ `. */
export const ANONYMOUS = /^__( +|$)/;
/** A line of one repeated 7-bit punctuation character: overline, underline or transition. */
export const ADORNMENT = /^([!-/:-@[-`{-~])\1* *$/;

/** Whether an unindented line would be plain text to docutils' Body state (no construct starts here). */
export function isPlainTextLine(line: string): boolean {
  return !(
    BULLET.test(line) ||
    ENUMERATOR.test(line) ||
    FIELD.test(line) ||
    OPTION.test(line) ||
    DOCTEST.test(line) ||
    LINE_BLOCK.test(line) ||
    GRID_TOP.test(line) ||
    SIMPLE_TOP.test(line) ||
    EXPLICIT.test(line) ||
    ANONYMOUS.test(line) ||
    ADORNMENT.test(line)
  );
}
