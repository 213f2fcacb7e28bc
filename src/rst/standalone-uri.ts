// Standalone URIs and e-mail addresses in plain text (docutils' implicit_inline / standalone_uri), in linear time.
import { unescape } from "./backslash-escapes.js";
import type { Inline } from "./nodes.js";
import { isPrefixAt, nextAfterPrefix } from "./char-classes.js";
import { ABSOLUTE_URI_AT, EMAIL_AT, EMAIL_LOCAL_RUN_AT, URIC_RUN_AT } from "./patterns.js";
import { URI_SCHEMES } from "./uri-schemes.js";

const SCHEME_START = /[a-zA-Z]/;
const EMAILC_ASCII = new Uint8Array(65536);
for (const c of "-_!~*'{|}/#?^`&=+$%\x00") EMAILC_ASCII[c.charCodeAt(0)] = 1;
for (let c = 48; c < 58; c++) EMAILC_ASCII[c] = 1;
for (let c = 65; c < 91; c++) EMAILC_ASCII[c] = 1;
for (let c = 97; c < 123; c++) EMAILC_ASCII[c] = 1;

/** Split a run of plain text into text nodes and references for the URIs and addresses it contains. */
export function standaloneUris(piece: string): Inline[] {
  const hasColon = piece.includes(":");
  const hasAt = piece.includes("@");
  if (!hasColon && !hasAt) return [{ kind: "text", text: unescape(piece) }];
  const out: Inline[] = [];
  const n = piece.length;
  let boundary = 0;
  let absoluteSkip = hasColon ? -1 : n;
  let emailSkip = hasAt ? -1 : n;
  let q = 0;
  while (q < n) {
    const c = piece[q]!;
    if (!EMAILC_ASCII[piece.charCodeAt(q)] || !(q === boundary || isPrefixAt(piece, q - 1))) {
      // Only positions after whitespace, openers and delimiters can start a URI: jump to the next one.
      const next = nextAfterPrefix(piece, q);
      if (next === -1) break;
      q = next;
      continue;
    }
    let end = -1;
    let isEmail = false;
    if (q >= absoluteSkip && SCHEME_START.test(c) && schemeFollows(piece, q)) {
      ABSOLUTE_URI_AT.lastIndex = q;
      const m = ABSOLUTE_URI_AT.exec(piece);
      if (m) {
        if (!URI_SCHEMES.has(m[1]!.toLowerCase())) {
          // docutils abandons URI recognition for the rest of this text run (MarkupMismatch).
          out.push({ kind: "text", text: unescape(piece.slice(boundary)) });
          return out;
        }
        end = q + m[0].length;
      } else {
        URIC_RUN_AT.lastIndex = q;
        const run = URIC_RUN_AT.exec(piece);
        absoluteSkip = run ? q + run[0].length : q + 1;
      }
    }
    if (end === -1 && q >= emailSkip) {
      EMAIL_AT.lastIndex = q;
      const m = EMAIL_AT.exec(piece);
      if (m) {
        end = q + m[0].length;
        isEmail = true;
      } else {
        EMAIL_LOCAL_RUN_AT.lastIndex = q;
        const run = EMAIL_LOCAL_RUN_AT.exec(piece);
        emailSkip = run ? q + run[0].length : q + 1;
      }
    }
    if (end === -1) {
      q++;
      continue;
    }
    if (q > boundary) out.push({ kind: "text", text: unescape(piece.slice(boundary, q)) });
    const raw = piece.slice(q, end);
    const uri = (isEmail ? "mailto:" : "") + unescape(raw);
    out.push({ kind: "reference", ref: { uri, line: 0 }, children: [{ kind: "text", text: unescape(raw) }] });
    boundary = end;
    q = end;
  }
  if (boundary < n) out.push({ kind: "text", text: unescape(piece.slice(boundary)) });
  return out;
}

/** Cheap pre-check that a scheme (letters, digits, `.+-`) followed by a colon starts here. */
function schemeFollows(piece: string, q: number): boolean {
  for (let i = q + 1; i < piece.length && i < q + 40; i++) {
    const c = piece.charCodeAt(i);
    if (c === 58) return true;
    const isSchemeChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46;
    if (!isSchemeChar) return false;
  }
  return false;
}
