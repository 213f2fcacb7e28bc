// Interpreted text roles (`:role:`text``): the standard docutils roles, rendered as safe inline nodes.
import type { ParseContext } from "./context.js";
import { report } from "./context.js";
import { restoreBackslashes, unescape } from "./backslash-escapes.js";
import type { Inline } from "./nodes.js";

// Role names from docutils' English language module mapped to canonical role names.
const ENGLISH: Record<string, string> = {
  abbreviation: "abbreviation",
  ab: "abbreviation",
  acronym: "acronym",
  ac: "acronym",
  code: "code",
  index: "index",
  i: "index",
  subscript: "subscript",
  sub: "subscript",
  superscript: "superscript",
  sup: "superscript",
  "title-reference": "title-reference",
  title: "title-reference",
  t: "title-reference",
  "pep-reference": "pep-reference",
  pep: "pep-reference",
  "rfc-reference": "rfc-reference",
  rfc: "rfc-reference",
  emphasis: "emphasis",
  strong: "strong",
  literal: "literal",
  math: "math",
  "named-reference": "named-reference",
  "anonymous-reference": "anonymous-reference",
  "footnote-reference": "footnote-reference",
  "citation-reference": "citation-reference",
  "substitution-reference": "substitution-reference",
  target: "target",
  "uri-reference": "uri-reference",
  uri: "uri-reference",
  url: "uri-reference",
  raw: "raw",
};
const CANONICAL = new Set(Object.values(ENGLISH));
const NOT_IMPLEMENTED = new Set(["index", "named-reference", "anonymous-reference", "footnote-reference", "citation-reference", "substitution-reference", "target", "uri-reference"]);

/** Render interpreted text `escaped` (NUL-escaped) with `role` ("" for the default role). */
export function interpretRole(role: string, escaped: string, rawsource: string, line: number, ctx: ParseContext): Inline[] {
  const name = role.toLowerCase();
  let canonical = name === "" ? "title-reference" : ENGLISH[name];
  if (canonical === undefined) {
    report(
      ctx,
      1,
      `No role entry for "${role}" in module "docutils.parsers.rst.languages.en".\nTrying "${role}" as canonical role name.`,
      line,
    );
    if (CANONICAL.has(name)) canonical = name;
  }
  if (canonical === undefined) {
    report(ctx, 3, `Unknown interpreted text role "${role}".`, line);
    return [{ kind: "problematic", text: rawsource }];
  }
  if (NOT_IMPLEMENTED.has(canonical)) {
    report(ctx, 3, `Interpreted text role "${role}" not implemented.`, line);
    return [{ kind: "problematic", text: rawsource }];
  }
  const text = unescape(escaped);
  const children: Inline[] = [{ kind: "text", text }];
  switch (canonical) {
    case "title-reference":
      return [{ kind: "cite", children }];
    case "emphasis":
      return [{ kind: "emphasis", children }];
    case "strong":
      return [{ kind: "strong", children }];
    case "literal":
      return [{ kind: "literal", text }];
    case "code":
      return [{ kind: "span", className: "code", children: [{ kind: "text", text: restoreBackslashes(escaped) }] }];
    case "subscript":
      return [{ kind: "sub", children }];
    case "superscript":
      return [{ kind: "sup", children }];
    case "abbreviation":
      return [{ kind: "span", className: "abbr", children }];
    case "acronym":
      return [{ kind: "span", className: "acronym", children }];
    case "math":
      return [{ kind: "span", className: "formula", children: [{ kind: "text", text: restoreBackslashes(escaped) }] }];
    case "pep-reference":
      return pep(text, rawsource, line, ctx);
    case "rfc-reference":
      return rfc(text, rawsource, line, ctx);
    default:
      report(
        ctx,
        3,
        `No format (Writer name) is associated with this role: "${role}".\nThe "raw" role cannot be used directly.\nInstead, use the "role" directive to create a new role with an associated format.`,
        line,
      );
      return [{ kind: "problematic", text: rawsource }];
  }
}

function pep(text: string, rawsource: string, line: number, ctx: ParseContext): Inline[] {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 0 && n <= 9999)) {
    report(ctx, 3, `PEP number must be a number from 0 to 9999; "${text}" is invalid.`, line);
    return [{ kind: "problematic", text: rawsource }];
  }
  const uri = `https://peps.python.org/pep-${String(n).padStart(4, "0")}`;
  return [{ kind: "reference", ref: { uri, line }, children: [{ kind: "text", text: `PEP ${text}` }] }];
}

function rfc(text: string, rawsource: string, line: number, ctx: ParseContext): Inline[] {
  const [num, anchor] = text.split("#", 2);
  const n = /^\d+$/.test(num ?? "") ? Number(num) : NaN;
  if (!(n >= 1)) {
    report(ctx, 3, `RFC number must be a number greater than or equal to 1; "${text}" is invalid.`, line);
    return [{ kind: "problematic", text: rawsource }];
  }
  const uri = `https://tools.ietf.org/html/rfc${n}.html${anchor ? "#" + anchor : ""}`;
  return [{ kind: "reference", ref: { uri, line }, children: [{ kind: "text", text: `RFC ${num}` }] }];
}
