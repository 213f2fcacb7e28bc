// Regular expressions for inline markup, transcribed from docutils 0.19 (parsers/rst/states.py, Inliner).
// Python's \w and \s are Unicode-aware, so they are spelled out as Unicode classes here.
// The sticky (y) and global (g) expressions are shared on purpose (compiling them per paragraph costs more
// than the rest of the parse): every user sets lastIndex right before exec and keeps no state across calls.
import { CLOSERS, CLOSING_DELIMITERS, DELIMITERS, OPENERS } from "./punctuation.js";

/** Regex class body equivalent to Python's `\s` (Unicode whitespace). */
export const WS = "\\t-\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/** Alphanumeric without underscore: Python's `(?!_)\w`. */
const ALNUM = "[\\p{L}\\p{N}]";
/** docutils' `simplename`: alphanumerics with isolated internal `-._+:`. */
export const SIMPLENAME = `${ALNUM}+(?:[-._+:]${ALNUM}+)*`;

/** Characters after which an inline start-string may begin. */
export const PREFIX_CLASS = new RegExp(`[${WS}${OPENERS}${DELIMITERS}]`, "u");
/** Lookahead equivalent of docutils' end_string_suffix. */
export const END_SUFFIX = `(?:$|(?=[${WS}\\x00${CLOSING_DELIMITERS}${DELIMITERS}${CLOSERS}]))`;
const START_PREFIX_LB = `(?<=[${WS}${OPENERS}${DELIMITERS}])`;

/** Start-strings (sticky, at a position where the prefix condition holds). */
export const START_AT = new RegExp(`(\\*\\*|\\*(?!\\*)|\`\`|_\`|\\|(?!\\|))(?![${WS}])`, "uy");
/** Reference name followed by `_` or `__`. */
export const REFNAME_AT = new RegExp(`(${SIMPLENAME})(__?)${END_SUFFIX}`, "uy");
/** The maximal simplename at a position (used to skip hopeless candidates in linear time). */
export const SIMPLENAME_AT = new RegExp(SIMPLENAME, "uy");
/** Footnote or citation reference. */
export const FOOTNOTE_AT = new RegExp(`\\[([0-9]+|#(?:${SIMPLENAME})?|\\*|(${SIMPLENAME}))\\]_${END_SUFFIX}`, "uy");
/** Interpreted text with an optional prefix role, or a phrase reference. */
export const BACKQUOTE_AT = new RegExp(`(:${SIMPLENAME}:)?\`(?!\`)(?![${WS}])`, "uy");

/** End-string patterns, searched from after the start-string. */
export const END_PATTERNS = {
  emphasis: new RegExp(`(?<![${WS}\\x00])(\\*)${END_SUFFIX}`, "gu"),
  strong: new RegExp(`(?<![${WS}\\x00])(\\*\\*)${END_SUFFIX}`, "gu"),
  literal: new RegExp(`(?<![${WS}])(\`\`)${END_SUFFIX}`, "gu"),
  target: new RegExp(`(?<![${WS}\\x00])(\`)${END_SUFFIX}`, "gu"),
  substitution: new RegExp(`(?<![${WS}\\x00])(\\|_{0,2})${END_SUFFIX}`, "gu"),
  interpreted: new RegExp(`(?<!(?<!\\x00)[${WS}\\x00])(\`((:${SIMPLENAME}:)?(__?)?))${END_SUFFIX}`, "gu"),
} as const;

/** Names of the end-string patterns. */
export type EndKind = keyof typeof END_PATTERNS;

const URIC = "[-_.!~*'()[\\];/:@&=+$,%a-zA-Z0-9\\x00]";
const URILAST = "[_~*/=+a-zA-Z0-9]";
const URI_END = `(?:${URILAST}|${URIC}(?=[>]))`;
const EMAILC = "[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\\x00]";
const EMAIL = `${EMAILC}+(?:\\.${EMAILC}+)*(?<!\\x00)@${EMAILC}+(?:\\.${EMAILC}*)*${URI_END}`;

/** Absolute URI at a position (standalone hyperlink). */
export const ABSOLUTE_URI_AT = new RegExp(
  `([a-zA-Z][a-zA-Z0-9.+-]*):(?:(?:\\/\\/?)?${URIC}*${URI_END})(?:\\?${URIC}*${URI_END})?(?:#${URIC}*${URI_END})?${END_SUFFIX}`,
  "uy",
);
/** E-mail address at a position. */
export const EMAIL_AT = new RegExp(`${EMAIL}${END_SUFFIX}`, "uy");
/** Whole-string e-mail check (embedded URIs get `mailto:` when they are addresses). */
export const EMAIL_WHOLE = new RegExp(`^${EMAIL}$`, "u");
/** Maximal runs used to skip hopeless URI candidates. */
export const URIC_RUN_AT = new RegExp(`[a-zA-Z][a-zA-Z0-9.+-]*:${URIC}*`, "uy");
/** Maximal local part of an e-mail address (to skip hopeless candidates). */
export const EMAIL_LOCAL_RUN_AT = new RegExp(`${EMAILC}+(?:\\.${EMAILC}+)*`, "uy");
/** Whether an absolute URI starts here (used for embedded `<uri_>` detection). */
export const URI_START = new RegExp(`^(?:[a-zA-Z][a-zA-Z0-9.+-]*:(?:(?:\\/\\/?)?${URIC}*${URI_END})|${EMAIL})`, "u");

/** Embedded `<uri>` or `<alias_>` at the end of a phrase reference. */
export const EMBEDDED_LINK = new RegExp(`((?:[ \\n]+|^)<(?![${WS}])((?:[^<>]|\\x00[<>])+)(?<![${WS}\\x00])>)$`, "u");

/** Characters that may precede a start-string (unused directly; kept for clarity in tests). */
export const START_PREFIX_LOOKBEHIND = START_PREFIX_LB;
