// Explicit markup (`.. `): comments, hyperlink targets, footnotes, citations, substitution definitions and
// directives, plus anonymous targets (`__ uri`).
import { normalizeName, report, whitespaceNormalize } from "./context.js";
import { runDirective } from "./directives.js";
import { escapeToNull, unescape } from "./backslash-escapes.js";
import { getIndented, trimEnd } from "./indented.js";
import { ANONYMOUS, EXPLICIT } from "./line-kinds.js";
import type { Inline, TargetDef } from "./nodes.js";
import type { BodyItem, BodyParser, ConstructParser } from "./parser-types.js";
import { EMAIL_WHOLE, SIMPLENAME } from "./patterns.js";
import { substitutionContent } from "./substitutions.js";

const FOOTNOTE = new RegExp(`^\\.\\.[ ]+\\[([0-9]+|#|#${SIMPLENAME}|\\*)\\]([ ]+|$)`, "u");
const CITATION = new RegExp(`^\\.\\.[ ]+\\[(${SIMPLENAME})\\]([ ]+|$)`, "u");
const TARGET_START = /^\.\.[ ]+_(?![ ]|$)/;
const SUBSTITUTION_START = /^\.\.[ ]+\|(?![ ]|$)/;
const DIRECTIVE = new RegExp(`^\\.\\.[ ]+(${SIMPLENAME})[ ]?::( +|$)`, "u");
const TARGET = /^(?:_|(?!_)(`?)(?![ `])(.+?)(?<![\s\x00])\1)(?<!(?<!\x00):)(?<![\s\x00]) ?:( +|$)/;
const REFERENCE = new RegExp(`^(?:(${SIMPLENAME})_|\`(?! )(.+?)(?<![\\s\\x00])\`_)$`, "u");
const SUBSTITUTION = /^((?! )(.+?)(?<![\s\x00])\|)( +|$)/;

interface Done {
  end: number;
  blankFinish: boolean;
}

/** Explicit markup block starting at line i, followed by any directly adjacent explicit blocks. */
export const explicitMarkup: ConstructParser = (p, lines, i, first, out) => {
  const done = construct(p, lines, i, first, out);
  return finishExplicit(p, lines, done, first);
};

/** `__ uri` anonymous target. */
export const anonymousTarget: ConstructParser = (p, lines, i, first, out) => {
  const m = ANONYMOUS.exec(lines[i]!)!;
  const block = getIndented(lines, i, first, { firstIndent: m[0].length, untilBlank: true });
  const target = makeTarget(block.lines.map(escapeToNull), undefined, first + i);
  if (target) {
    p.ctx.targets.push(target);
    out.push({ kind: "target", target });
  }
  return finishExplicit(p, lines, { end: block.end, blankFinish: block.blankFinish }, first);
};

function finishExplicit(p: BodyParser, lines: readonly string[], done: Done, first: number): number {
  const next = lines[done.end];
  if (!done.blankFinish && next !== undefined && !EXPLICIT.test(next) && !ANONYMOUS.test(next)) {
    report(p.ctx, 2, "Explicit markup ends without a blank line; unexpected unindent.", first + done.end);
  }
  return done.end;
}

function construct(p: BodyParser, lines: readonly string[], i: number, first: number, out: BodyItem[]): Done {
  const line = lines[i]!;
  const lineno = first + i;
  let m: RegExpExecArray | null;
  if ((m = FOOTNOTE.exec(line))) return footnote(p, lines, i, first, out, m);
  if ((m = CITATION.exec(line))) return footnote(p, lines, i, first, out, m);
  if ((m = TARGET_START.exec(line))) {
    const r = hyperlinkTarget(p, lines, i, first, out, m[0].length);
    if (r) return r;
    report(p.ctx, 2, "malformed hyperlink target.", lineno);
    return comment(lines, i, first, out, EXPLICIT.exec(line)![0].length);
  }
  if ((m = SUBSTITUTION_START.exec(line))) {
    const r = substitutionDef(p, lines, i, first, out, m[0].length);
    if (r) return r;
    report(p.ctx, 2, "malformed substitution definition.", lineno);
    return comment(lines, i, first, out, EXPLICIT.exec(line)![0].length);
  }
  if ((m = DIRECTIVE.exec(line))) {
    const block = getIndented(lines, i, first, { firstIndent: m[0].length, stripTop: false });
    const blankFinish = runDirective(p, m[1]!, block.lines, block.first, lineno, out);
    return { end: block.end, blankFinish: blankFinish && block.blankFinish };
  }
  return comment(lines, i, first, out, EXPLICIT.exec(line)![0].length);
}

function comment(lines: readonly string[], i: number, first: number, out: BodyItem[], markerEnd: number): Done {
  const next = lines[i + 1];
  if ((next === undefined || next.trim() === "") && lines[i]!.slice(markerEnd).trim() === "") {
    out.push({ kind: "comment" });
    return { end: i + 1, blankFinish: true };
  }
  const block = getIndented(lines, i, first, { firstIndent: markerEnd });
  out.push({ kind: "comment" });
  return { end: block.end, blankFinish: block.blankFinish };
}

function footnote(p: BodyParser, lines: readonly string[], i: number, first: number, out: BodyItem[], m: RegExpExecArray): Done {
  const label = m[1]!;
  const block = getIndented(lines, i, first, { firstIndent: m[0].length });
  const children = block.lines.length ? p.nested(block.lines, block.first) : [];
  const auto = label.startsWith("#") ? "#" : label === "*" ? "*" : "";
  const name = auto === "#" ? normalizeName(label.slice(1)) : auto === "*" ? "" : normalizeName(label);
  out.push({ kind: "footnote", label, auto, names: name ? [name] : [], children, line: first + i });
  p.ctx.needsResolution = true;
  if (name) p.ctx.targets.push({ names: [name], anonymous: false, internal: true, footnote: true, line: first + i });
  return { end: block.end, blankFinish: block.blankFinish };
}

function hyperlinkTarget(p: BodyParser, lines: readonly string[], i: number, first: number, out: BodyItem[], markerEnd: number): Done | undefined {
  const block = getIndented(lines, i, first, { firstIndent: markerEnd, untilBlank: true, stripIndent: false });
  const escapedLines = block.lines.map(escapeToNull);
  let escaped = escapedLines[0] ?? "";
  let index = 0;
  let tm: RegExpExecArray | null;
  while (!(tm = TARGET.exec(escaped))) {
    index++;
    if (index >= escapedLines.length) return undefined;
    escaped += escapedLines[index];
  }
  const rest = escapedLines.slice(index);
  rest[0] = (rest[0] + " ").slice(tm[0].length - escaped.length - 1).trim();
  const name = tm[0].startsWith("_") && tm[2] === undefined ? undefined : tm[2];
  const target = makeTarget(rest, name, first + i);
  if (target) {
    p.ctx.targets.push(target);
    out.push({ kind: "target", target });
  }
  return { end: block.end, blankFinish: block.blankFinish };
}

/** docutils' make_target/parse_target: an indirect (`name_`), external (URI) or internal target. */
function makeTarget(block: string[], name: string | undefined, line: number): TargetDef | undefined {
  const names = name === undefined ? [] : [normalizeName(unescape(name))];
  const anonymous = name === undefined;
  const nonEmpty = block.filter((l) => l.trim() !== "");
  const last = nonEmpty[nonEmpty.length - 1]?.trim() ?? "";
  if (last.endsWith("_")) {
    const ref = REFERENCE.exec(whitespaceNormalize(block.map((l) => l.trim()).join(" ")));
    if (ref) {
      const refname = normalizeName(unescape(ref[1] ?? ref[2]!));
      return { names, anonymous, refname, internal: false, line };
    }
  }
  const uri = block
    .join(" ")
    .split(/\x00[ \n]/)
    .map((part) => unescape(part).replace(/\s+/gu, ""))
    .join(" ");
  if (uri === "") return { names, anonymous, internal: true, line };
  return { names, anonymous, uri: EMAIL_WHOLE.test(uri) && !anonymous ? "mailto:" + uri : uri, internal: false, line };
}

/** docutils' disallowed_inside_substitution_definitions: elements with ids or auto-numbering. */
function illegalElement(nodes: Inline[]): string | undefined {
  for (const node of nodes) {
    if (node.kind === "problematic") return "problematic";
    if (node.kind === "inline-target") return "target";
    if (node.kind === "reference" && node.ref.anonymous) return "reference";
    if (node.kind === "footnote-reference" && node.ref.auto) return "footnote_reference";
    if ("children" in node) {
      const inner = illegalElement(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

function substitutionDef(p: BodyParser, lines: readonly string[], i: number, first: number, out: BodyItem[], markerEnd: number): Done | undefined {
  const block = getIndented(lines, i, first, { firstIndent: markerEnd, stripIndent: false });
  const raw = block.lines;
  let escaped = escapeToNull(raw[0]!.trimEnd());
  let index = 0;
  let sm: RegExpExecArray | null;
  while (!(sm = SUBSTITUTION.exec(escaped))) {
    index++;
    if (index >= raw.length) return undefined;
    escaped = escaped + " " + escapeToNull(raw[index]!.trim());
  }
  const body = raw.slice(index);
  const start = sm[0].length - escaped.length - 1;
  const head = body[0]!.trim() + " ";
  body[0] = head.slice(start, -1);
  let offset = block.first + index;
  if (body[0] === "") {
    body.shift();
    offset++;
  }
  const content = trimEnd(body);
  const subname = sm[2]!;
  const lineno = first + i;
  if (content.length === 0) {
    report(p.ctx, 2, `Substitution definition "${subname}" missing contents.`, lineno);
    return { end: block.end, blankFinish: block.blankFinish };
  }
  content[0] = content[0]!.trim();
  const children: Inline[] | undefined = substitutionContent(p, content, offset, lineno, subname);
  const illegal = children && illegalElement(children);
  if (illegal) {
    report(p.ctx, 3, `Substitution definition contains illegal element <${illegal}>:`, lineno);
  } else if (children === undefined || children.length === 0) {
    report(p.ctx, 2, `Substitution definition "${subname}" empty or invalid.`, lineno);
  } else {
    out.push({ kind: "substitution-def", name: whitespaceNormalize(unescape(subname)), children, line: lineno });
    p.ctx.needsResolution = true;
  }
  return { end: block.end, blankFinish: block.blankFinish };
}
