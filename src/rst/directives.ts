// Directives: the docutils standard set, each rendered safely; `raw` and `include` are refused.
import { report } from "./context.js";
import { parseDirectiveBlock, type DirectiveBlock, type DirectiveSpec } from "./directive-block.js";
import { imageData } from "./images.js";
import { listTable } from "./list-table.js";
import type { Block, Inline } from "./nodes.js";
import type { BodyItem, BodyParser } from "./parser-types.js";

type Handler = (p: BodyParser, d: DirectiveBlock, lineno: number, out: BodyItem[], name: string) => void;

interface Directive {
  spec: DirectiveSpec;
  run: Handler;
}

const spec = (required: number, optional: number, finalWhitespace: boolean, content: boolean, options = true): DirectiveSpec => ({
  required,
  optional,
  finalWhitespace,
  options,
  content,
});

const ADMONITIONS = ["attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning"];

function needContent(p: BodyParser, d: DirectiveBlock, name: string, lineno: number): boolean {
  if (d.content.length) return true;
  report(p.ctx, 3, `Content block expected for the "${name}" directive; none found.`, lineno);
  return false;
}

const admonition: Handler = (p, d, lineno, out, name) => {
  if (!needContent(p, d, name, lineno)) return;
  const title: Inline[] = name === "admonition" ? p.inline(d.args[0] ?? "", lineno) : [{ kind: "text", text: name[0]!.toUpperCase() + name.slice(1) }];
  out.push({ kind: "admonition", name, title, children: p.nested(d.content, d.contentFirst) });
};

const code: Handler = (p, d, lineno, out, name) => {
  if (!needContent(p, d, name, lineno)) return;
  const language = d.args[0];
  const classes = ["code", ...(language ? [language] : []), ...(d.options.get("class")?.split(/\s+/) ?? [])];
  const block: Block = { kind: "literal-block", text: d.content.join("\n"), classes };
  if (language) block.language = language;
  const numbers = d.options.get("number-lines");
  if (numbers !== undefined) block.firstLineNumber = Number.parseInt(numbers, 10) || 1;
  out.push(block);
};

const container: Handler = (p, d, lineno, out, name) => {
  if (!needContent(p, d, name, lineno)) return;
  const classes = (d.args[0] ?? "").split(/\s+/).filter((c) => c !== "");
  out.push({ kind: "container", classes, children: p.nested(d.content, d.contentFirst) });
};

const image: Handler = (p, d, lineno, out) => {
  const data = imageData(p, [d.args.join(" "), ...optionLines(d)], lineno);
  if (data) out.push({ kind: "image", image: data });
};

function optionLines(d: DirectiveBlock): string[] {
  return [...d.options].map(([key, value]) => `:${key}: ${value}`);
}

const figure: Handler = (p, d, lineno, out) => {
  const data = imageData(p, [d.args.join(" "), ...optionLines(d)], lineno);
  if (!data) return;
  let caption: Inline[] | undefined;
  let legend: Block[] = [];
  if (d.content.length) {
    const blocks = p.nested(d.content, d.contentFirst);
    const head = blocks[0];
    if (head?.kind === "paragraph") {
      caption = head.children;
      legend = blocks.slice(1);
    } else if (head && head.kind !== "comment") {
      report(p.ctx, 3, "Figure caption must be a paragraph or empty comment.", lineno);
      return;
    } else {
      legend = blocks.slice(1);
    }
  }
  const fig: Block = { kind: "figure", image: data, legend };
  if (caption) fig.caption = caption;
  const align = d.options.get("align");
  if (align) fig.align = align;
  out.push(fig);
};

const quoteLike: Handler = (p, d, lineno, out, name) => {
  if (!needContent(p, d, name, lineno)) return;
  out.push({ kind: "block-quote", children: p.nested(d.content, d.contentFirst) });
};

const topic: Handler = (p, d, lineno, out, name) => {
  if (!needContent(p, d, name, lineno)) return;
  out.push({ kind: "topic", title: p.inline(d.args[0] ?? "", lineno), children: p.nested(d.content, d.contentFirst) });
};

const rubric: Handler = (p, d, lineno, out) => {
  out.push({ kind: "rubric", children: p.inline(d.args[0] ?? "", lineno) });
};

const parsedLiteral: Handler = (p, d, lineno, out, name) => {
  if (!needContent(p, d, name, lineno)) return;
  const text = d.content.join("\n");
  out.push({ kind: "literal-block", text, children: name === "parsed-literal" ? p.inline(text, d.contentFirst) : undefined });
};

const math: Handler = (p, d, lineno, out) => {
  const text = [...d.args, ...d.content].join("\n");
  out.push({ kind: "literal-block", text, classes: ["math"] });
};

// raw is valid for pyvideo/data's CI (docutils allows it), so dropping it is only noted (level 1); include
// can never work here (no file access), so it is a warning like docutils' own "disabled" message.
const refusedRaw: Handler = (p, _d, lineno, _out, name) => {
  report(p.ctx, 1, `"${name}" directive disabled.`, lineno);
};

const refusedInclude: Handler = (p, _d, lineno, _out, name) => {
  report(p.ctx, 2, `"${name}" directive disabled.`, lineno);
};

const ignored: Handler = () => undefined;

const substitutionOnly: Handler = (p, _d, lineno, _out, name) => {
  report(p.ctx, 3, `Invalid context: the "${name}" directive can only be used within a substitution definition.`, lineno);
};

const DIRECTIVES: Record<string, Directive> = {
  code: { spec: spec(0, 1, false, true), run: code },
  "code-block": { spec: spec(0, 1, false, true), run: code },
  sourcecode: { spec: spec(0, 1, false, true), run: code },
  image: { spec: spec(1, 0, true, false), run: image },
  figure: { spec: spec(1, 0, true, true), run: figure },
  "list-table": { spec: spec(0, 1, true, true), run: listTable },
  container: { spec: spec(0, 1, true, true), run: container },
  compound: { spec: spec(0, 0, false, true), run: container },
  admonition: { spec: spec(1, 0, true, true), run: admonition },
  topic: { spec: spec(1, 0, true, true), run: topic },
  sidebar: { spec: spec(0, 1, true, true), run: topic },
  rubric: { spec: spec(1, 0, true, false), run: rubric },
  epigraph: { spec: spec(0, 0, false, true, false), run: quoteLike },
  highlights: { spec: spec(0, 0, false, true, false), run: quoteLike },
  "pull-quote": { spec: spec(0, 0, false, true, false), run: quoteLike },
  "parsed-literal": { spec: spec(0, 0, false, true), run: parsedLiteral },
  "line-block": { spec: spec(0, 0, false, true), run: parsedLiteral },
  math: { spec: spec(0, 1, true, true), run: math },
  raw: { spec: spec(1, 0, true, true), run: refusedRaw },
  include: { spec: spec(1, 0, true, false), run: refusedInclude },
  replace: { spec: spec(0, 0, false, true, false), run: substitutionOnly },
  unicode: { spec: spec(1, 0, true, false, true), run: substitutionOnly },
  date: { spec: spec(0, 1, true, false, false), run: substitutionOnly },
  "csv-table": { spec: spec(0, 1, true, true), run: ignored },
  table: { spec: spec(0, 1, true, true), run: container },
};
for (const name of ADMONITIONS) DIRECTIVES[name] = { spec: spec(0, 0, false, true), run: admonition };
for (const name of ["contents", "sectnum", "section-numbering", "header", "footer", "meta", "title", "class", "role", "default-role", "target-notes"]) {
  DIRECTIVES[name] = { spec: spec(0, 1, true, true), run: ignored };
}

/** Run the directive `name` on its block; returns false when the block did not end cleanly. */
export function runDirective(p: BodyParser, name: string, lines: string[], first: number, lineno: number, out: BodyItem[]): boolean {
  const key = name.toLowerCase();
  const directive = DIRECTIVES[key];
  if (!directive) {
    report(p.ctx, 1, `No directive entry for "${name}" in module "docutils.parsers.rst.languages.en".\nTrying "${name}" as canonical directive name.`, lineno);
    report(p.ctx, 3, `Unknown directive type "${name}".`, lineno);
    return true;
  }
  let block: DirectiveBlock;
  try {
    block = parseDirectiveBlock(lines, first, directive.spec);
  } catch (error) {
    report(p.ctx, 3, `Error in "${name}" directive:\n${String(error)}.`, lineno);
    return true;
  }
  directive.run(p, block, lineno, out, key);
  return true;
}
