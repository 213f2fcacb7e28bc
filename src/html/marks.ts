// Typographic marks for templates, as HTML character references.
//
// V8 keeps a string at one byte a character while every character is ≤ U+00FF, else at two — and
// a page's text ends up one string: a single "→" in a template made every talk page a two-byte
// string, twice the memory to join, encode and collect. In the snapshot's build, 17,000 of the
// 46,600 HTML pages were two-byte for that reason alone. As references they render the same.
// (Text that goes through escaping — titles, attribute values — uses ASCII instead.)

import { raw } from "#html/jsx-runtime";

/** ← */
export const LARR = raw("&larr;");
/** → */
export const RARR = raw("&rarr;");
/** … */
export const HELLIP = raw("&hellip;");
/** ↓ */
export const DARR = raw("&darr;");
/** – (ranges of dates) */
export const NDASH = raw("&ndash;");
/** “ */
export const LDQUO = raw("&ldquo;");
/** ” */
export const RDQUO = raw("&rdquo;");
