// HTML writer: the block tree to HTML shaped like docutils' html4css1 writer, with every text escaped and
// links limited to http, https and mailto.
import { escapeHtml } from "./escape.js";
import { imageHtml } from "./html-image.js";
import { writeInlines } from "./html-inline.js";
import type { Block, Inline, LineBlockLine } from "./nodes.js";
import { isInvisible, isSimpleFieldList, isSimpleList } from "./compact-lists.js";
import { writeOptionList, writeTable, type BlockWriter } from "./html-tables.js";
import { inlineText, makeId } from "./text.js";

/** Writer settings. */
export interface WriterOptions {
  initialHeaderLevel: number;
}

/** Compaction state passed down the tree. */
export interface State {
  /** Number of enclosing sections. */
  depth?: number;
  /** html4css1's compact_simple: inside a list rendered without paragraphs. */
  simple: boolean;
  /** html4css1's compact_p: a lone paragraph loses its <p>. */
  compactP: boolean;
}

/** Render a document body. */
export function writeHtml(blocks: Block[], options: WriterOptions): string {
  const out: string[] = [];
  const usedIds = new Set<string>();
  const w = new Writer(out, options, usedIds);
  w.blocks(blocks, { simple: false, compactP: true }, "document");
  return out.join("");
}

class Writer implements BlockWriter {
  constructor(
    readonly out: string[],
    private readonly options: WriterOptions,
    private readonly usedIds: Set<string>,
  ) {}

  blocks(blocks: Block[], s: State, parent: string): void {
    const visibleCount = blocks.filter((b) => !isInvisible(b)).length;
    let firstVisible = true;
    for (const b of blocks) {
      if (b.kind === "paragraph") {
        // A title (sections, admonitions, topics) or an attribution is a sibling that prevents compacting.
        const titled = parent === "document" || parent === "section" || parent === "admonition" || parent === "topic";
        const count = visibleCount + (parent === "attributed" ? 1 : 0);
        const compact = !titled && firstVisible && (s.simple || (s.compactP && count === 1));
        if (compact) this.inlines(b.children);
        else {
          this.out.push("<p>");
          this.inlines(b.children);
          this.out.push("</p>\n");
        }
      } else {
        this.block(b, s);
      }
      if (!isInvisible(b)) firstVisible = false;
    }
  }

  private uniqueId(base: string): string {
    let id = base || "section";
    if (this.usedIds.has(id)) {
      let n = 1;
      while (this.usedIds.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.usedIds.add(id);
    return id;
  }

  private block(b: Block, s: State): void {
    const o = this.out;
    switch (b.kind) {
      case "paragraph":
        this.blocks([b], s, "other");
        return;
      case "section": {
        const depth = (s.depth ?? 0) + 1;
        const level = this.options.initialHeaderLevel + depth - 1;
        const tag = `h${Math.min(level, 6)}`;
        const cls = level > 6 ? ` class="h${level}"` : "";
        const id = b.target?.id ?? this.uniqueId(makeId(b.titleText));
        o.push(`<div class="section" id="${escapeHtml(id)}">\n<${tag}${cls}>`);
        this.inlines(b.title);
        o.push(`</${tag}>\n`);
        this.blocks(b.children, { simple: false, compactP: true, depth }, "section");
        o.push("</div>\n");
        return;
      }
      case "transition":
        o.push('<hr class="docutils" />\n');
        return;
      case "bullet-list":
      case "enumerated-list": {
        const simple = isSimpleList(b.items);
        const classes: string[] = [];
        let attrs = "";
        if (b.kind === "enumerated-list") {
          if (b.start !== 1) attrs += ` start="${b.start}"`;
          classes.push(b.enumtype);
        }
        if (simple && !s.simple) classes.push("simple");
        const tag = b.kind === "bullet-list" ? "ul" : "ol";
        o.push(`<${tag}${classes.length ? ` class="${classes.join(" ")}"` : ""}${attrs}>\n`);
        for (const item of b.items) {
          o.push("<li>");
          this.blocks(item, { simple, compactP: false }, "list_item");
          o.push("</li>\n");
        }
        o.push(`</${tag}>\n`);
        return;
      }
      case "definition-list":
        o.push('<dl class="docutils">\n');
        for (const item of b.items) {
          o.push("<dt>");
          this.inlines(item.term);
          for (const c of item.classifiers) {
            o.push(' <span class="classifier-delimiter">:</span> <span class="classifier">');
            this.inlines(c);
            o.push("</span>");
          }
          o.push("</dt>\n<dd>");
          this.blocks(item.definition, s, "definition");
          o.push("</dd>\n");
        }
        o.push("</dl>\n");
        return;
      case "field-list": {
        // html4css1: compact_field_list for simple field lists, and no lone-paragraph compaction inside.
        const fieldState: State = { simple: s.simple || isSimpleFieldList(b.fields.map((f) => f.body)), compactP: false, depth: s.depth };
        o.push('<table class="docutils field-list">\n<tbody>\n');
        for (const f of b.fields) {
          // html4css1 gives field names over 14 characters a row of their own.
          const long = inlineText(f.name).length > 14;
          o.push(`<tr class="field"><th class="field-name"${long ? ' colspan="2"' : ""}>`);
          this.inlines(f.name);
          o.push(long ? ':</th></tr>\n<tr class="field"><td>&nbsp;</td><td class="field-body">' : ':</th><td class="field-body">');
          this.blocks(f.body, fieldState, "field_body");
          o.push("</td>\n</tr>\n");
        }
        o.push("</tbody>\n</table>\n");
        return;
      }
      case "option-list":
        writeOptionList(this, b.items, s.compactP);
        return;
      case "literal-block": {
        const cls = b.classes ? [...b.classes, "literal-block"].join(" ") : "literal-block";
        o.push(`<pre class="${escapeHtml(cls)}">`);
        if (b.children) this.inlines(b.children);
        else if (b.firstLineNumber === undefined) o.push(escapeHtml(b.text));
        else {
          // docutils' :number-lines: right-aligns the numbers to the widest one.
          const lines = b.text.split("\n");
          const width = String(b.firstLineNumber + lines.length - 1).length;
          const numbered = lines.map((line, k) => `<span class="ln">${String(b.firstLineNumber! + k).padStart(width)} </span>${escapeHtml(line)}`);
          o.push(numbered.join("\n"));
        }
        o.push("</pre>\n");
        return;
      }
      case "doctest-block":
        o.push('<pre class="doctest-block">\n', escapeHtml(b.text), "\n</pre>\n");
        return;
      case "line-block":
        this.lineBlock(b.lines);
        return;
      case "block-quote":
        o.push("<blockquote>\n");
        this.blocks(b.children, s, b.attribution ? "attributed" : "block_quote");
        if (b.attribution) {
          o.push('<p class="attribution">&mdash;');
          this.inlines(b.attribution);
          o.push("</p>\n");
        }
        o.push("</blockquote>\n");
        return;
      case "table":
        writeTable(this, b.colwidths, b.head, b.body, b.title);
        return;
      case "image":
        this.out.push(imageHtml(b.image), "\n");
        return;
      case "figure":
        o.push(`<div class="figure${b.align ? ` align-${escapeHtml(b.align)}` : ""}">\n`);
        this.out.push(imageHtml(b.image), "\n");
        if (b.caption) {
          o.push('<p class="caption">');
          this.inlines(b.caption);
          o.push("</p>\n");
        }
        if (b.legend.length) {
          o.push('<div class="legend">\n');
          this.blocks(b.legend, s, "legend");
          o.push("</div>\n");
        }
        o.push("</div>\n");
        return;
      case "container":
        o.push(`<div class="${escapeHtml(["docutils", "container", ...b.classes].join(" "))}">\n`);
        this.blocks(b.children, s, "container");
        o.push("</div>\n");
        return;
      case "admonition":
        o.push(`<div class="${escapeHtml(b.name)}">\n<p class="first admonition-title">`);
        this.inlines(b.title);
        o.push("</p>\n");
        this.blocks(b.children, s, "admonition");
        o.push("</div>\n");
        return;
      case "topic":
        o.push('<div class="topic">\n<p class="topic-title first">');
        this.inlines(b.title);
        o.push("</p>\n");
        this.blocks(b.children, s, "topic");
        o.push("</div>\n");
        return;
      case "rubric":
        o.push('<p class="rubric">');
        this.inlines(b.children);
        o.push("</p>\n");
        return;
      case "footnote": {
        // One reference: the label links back; several: the label is plain and "(1, 2)" links precede the text.
        const label = escapeHtml(b.display ?? b.label);
        const refs = b.backrefs ?? 0;
        o.push(
          `<table class="docutils footnote" id="${escapeHtml(b.id ?? "")}">\n<tbody>\n<tr><td class="label">${refs === 1 ? `<a class="fn-backref">[${label}]</a>` : `[${label}]`}</td><td>`,
        );
        if (refs > 1) o.push(`<em>(${Array.from({ length: refs }, (_, k) => `<a class="fn-backref">${k + 1}</a>`).join(", ")})</em> `);
        this.blocks(b.children, s, "footnote");
        o.push("</td></tr>\n</tbody>\n</table>\n");
        return;
      }
      case "target":
        // An internal target (`.. _name:`) anchors the element that follows it.
        if (b.target.internal && b.target.id) o.push(`<span id="${escapeHtml(b.target.id)}"></span>`);
        return;
      case "substitution-def":
      case "comment":
        return;
    }
  }

  private lineBlock(lines: LineBlockLine[]): void {
    this.out.push('<div class="line-block">\n');
    for (const line of lines) {
      if (line.kind === "line-block") this.lineBlock(line.lines);
      else if (line.children.length === 0) this.out.push('<div class="line"><br /></div>\n');
      else {
        this.out.push('<div class="line">');
        this.inlines(line.children);
        this.out.push("</div>\n");
      }
    }
    this.out.push("</div>\n");
  }

  inlines(nodes: Inline[]): void {
    writeInlines(this.out, nodes);
  }
}
