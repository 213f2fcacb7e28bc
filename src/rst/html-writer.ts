// HTML writer: the block tree to HTML shaped like docutils' html4css1 writer, with every text escaped and
// links limited to http, https and mailto.
import { escapeHtml, escapeUri, isSafeUri } from "./escape.js";
import type { Block, ImageData, Inline, LineBlockLine, OptionListItem, TableRow } from "./nodes.js";
import { inlineText, makeId } from "./text.js";

/** Writer settings. */
export interface WriterOptions {
  initialHeaderLevel: number;
}

interface State {
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

const SIMPLE_LIST_MAX_DEPTH = 100;

/** docutils' _html_base.SimpleListChecker: list items (and definitions, field bodies) hold at most one
 * paragraph, optionally followed by a nested list; only lists, definition lists and field lists may nest. */
function isSimpleList(items: Block[][], depth = 0): boolean {
  return items.every((item) => simpleItem(item, depth));
}

function simpleItem(item: Block[], depth: number): boolean {
  if (depth > SIMPLE_LIST_MAX_DEPTH) return false;
  const visible = item.filter((b) => !isInvisible(b));
  const last = visible[visible.length - 1];
  const counted =
    visible[0]?.kind === "paragraph" && (last?.kind === "bullet-list" || last?.kind === "enumerated-list" || last?.kind === "field-list")
      ? visible.length - 1
      : visible.length;
  if (counted > 1) return false;
  return visible.every((b) => simpleNode(b, depth + 1));
}

function simpleNode(b: Block, depth: number): boolean {
  switch (b.kind) {
    case "paragraph":
      return true;
    case "bullet-list":
    case "enumerated-list":
      return b.items.every((item) => simpleItem(item, depth));
    case "definition-list":
      return b.items.every((item) => simpleItem(item.definition, depth));
    case "field-list":
      return b.fields.every((f) => simpleItem(f.body, depth));
    default:
      return false;
  }
}

function isInvisible(b: Block): boolean {
  return b.kind === "comment" || b.kind === "target" || b.kind === "substitution-def";
}

class Writer {
  constructor(
    private readonly out: string[],
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
        o.push(`<div class="section" id="${escapeHtml(this.uniqueId(makeId(b.titleText)))}">\n<${tag}${cls}>`);
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
      case "field-list":
        o.push('<table class="docutils field-list" frame="void" rules="none">\n<col class="field-name" />\n<col class="field-body" />\n<tbody valign="top">\n');
        for (const f of b.fields) {
          o.push('<tr class="field"><th class="field-name">');
          this.inlines(f.name);
          o.push(':</th><td class="field-body">');
          this.blocks(f.body, { simple: false, compactP: s.compactP }, "field_body");
          o.push("</td>\n</tr>\n");
        }
        o.push("</tbody>\n</table>\n");
        return;
      case "option-list":
        this.optionList(b.items, s);
        return;
      case "literal-block": {
        const cls = b.classes ? [...b.classes, "literal-block"].join(" ") : "literal-block";
        o.push(`<pre class="${escapeHtml(cls)}">`, escapeHtml(b.text), "</pre>\n");
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
        this.table(b.colwidths, b.head, b.body, b.title);
        return;
      case "image":
        this.image(b.image, true);
        return;
      case "figure":
        o.push(`<div class="figure${b.align ? ` align-${escapeHtml(b.align)}` : ""}">\n`);
        this.image(b.image, true);
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
      case "footnote":
        o.push(
          `<table class="docutils footnote" frame="void" id="${escapeHtml(b.id ?? "")}" rules="none">\n<colgroup><col class="label" /><col /></colgroup>\n<tbody valign="top">\n<tr><td class="label">[${escapeHtml(b.display ?? b.label)}]</td><td>`,
        );
        this.blocks(b.children, { simple: false, compactP: true }, "footnote");
        o.push("</td></tr>\n</tbody>\n</table>\n");
        return;
      case "target":
      case "substitution-def":
      case "comment":
        return;
    }
  }

  private optionList(items: OptionListItem[], s: State): void {
    const o = this.out;
    o.push('<table class="docutils option-list" frame="void" rules="none">\n<col class="option" />\n<col class="description" />\n<tbody valign="top">\n');
    for (const item of items) {
      const text = item.options.map((op) => op.name + (op.argument !== undefined ? op.delimiter + op.argument : "")).join(", ");
      // html4css1 puts options longer than 14 characters on a row of their own.
      const long = text.length > 14;
      o.push(`<tr><td class="option-group"${long ? ' colspan="2"' : ""}>\n<kbd>`);
      item.options.forEach((op, k) => {
        if (k > 0) o.push(", ");
        o.push('<span class="option">', escapeHtml(op.name));
        if (op.argument !== undefined) o.push(escapeHtml(op.delimiter), "<var>", escapeHtml(op.argument), "</var>");
        o.push("</span>");
      });
      o.push(long ? "</kbd></td>\n</tr>\n<tr><td>&nbsp;</td><td>" : "</kbd></td>\n<td>");
      this.blocks(item.description, { simple: false, compactP: s.compactP }, "description");
      o.push("</td></tr>\n");
    }
    o.push("</tbody>\n</table>\n");
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

  private table(colwidths: number[], head: TableRow[], body: TableRow[], title?: Inline[]): void {
    const o = this.out;
    o.push('<table border="1" class="docutils">\n');
    if (title) {
      o.push("<caption>");
      this.inlines(title);
      o.push("</caption>\n");
    }
    const total = colwidths.reduce((a, b) => a + b, 0) || 1;
    o.push("<colgroup>\n");
    for (const w of colwidths) o.push(`<col width="${Math.floor((100 * w) / total + 0.5)}%" />\n`);
    o.push("</colgroup>\n");
    const rows = (rs: TableRow[], cell: string, section: string): void => {
      o.push(`<${section}>\n`);
      for (const row of rs) {
        o.push("<tr>");
        for (const c of row) {
          let attrs = cell === "th" ? ' class="head"' : "";
          if (c.morecols) attrs += ` colspan="${c.morecols + 1}"`;
          if (c.morerows) attrs += ` rowspan="${c.morerows + 1}"`;
          o.push(`<${cell}${attrs}>`);
          if (c.children.length === 0) o.push("&nbsp;");
          this.blocks(c.children, { simple: false, compactP: true }, "entry");
          o.push(`</${cell}>\n`);
        }
        o.push("</tr>\n");
      }
      o.push(`</${section.split(" ")[0]}>\n`);
    };
    if (head.length) rows(head, "th", 'thead valign="bottom"');
    rows(body, "td", 'tbody valign="top"');
    o.push("</table>\n");
  }

  private image(image: ImageData, block: boolean): void {
    if (!isSafeUri(image.uri) || image.uri.toLowerCase().startsWith("mailto:")) {
      // Images from other schemes are not loaded; their alternative text stands in.
      this.out.push(escapeHtml(image.alt ?? ""));
      if (block) this.out.push("\n");
      return;
    }
    let attrs = ` alt="${escapeHtml(image.alt ?? image.uri)}"`;
    if (image.align) attrs += ` class="align-${escapeHtml(image.align)}"`;
    if (image.height) attrs += ` height="${escapeHtml(image.height)}"`;
    attrs += ` loading="lazy" src="${escapeUri(image.uri)}"`;
    if (image.width) attrs += ` width="${escapeHtml(image.width)}"`;
    const img = `<img${attrs} />`;
    const target = image.target?.uri;
    if (target && isSafeUri(target)) this.out.push(`<a class="reference external image-reference" href="${escapeUri(target)}">${img}</a>`);
    else this.out.push(img);
    if (block) this.out.push("\n");
  }

  inlines(nodes: Inline[]): void {
    const o = this.out;
    for (const node of nodes) {
      switch (node.kind) {
        case "text":
          o.push(escapeHtml(node.text));
          break;
        case "problematic":
          o.push(escapeHtml(node.text));
          break;
        case "emphasis":
          this.wrap("<em>", node.children, "</em>");
          break;
        case "strong":
          this.wrap("<strong>", node.children, "</strong>");
          break;
        case "literal":
          o.push('<tt class="docutils literal">', escapeHtml(node.text), "</tt>");
          break;
        case "cite":
          this.wrap("<cite>", node.children, "</cite>");
          break;
        case "sub":
          this.wrap("<sub>", node.children, "</sub>");
          break;
        case "sup":
          this.wrap("<sup>", node.children, "</sup>");
          break;
        case "span":
          if (node.className === "code") this.wrap("<code>", node.children, "</code>");
          else if (node.className === "abbr" || node.className === "acronym") this.wrap(`<${node.className}>`, node.children, `</${node.className}>`);
          else this.wrap(`<span class="${escapeHtml(node.className)}">`, node.children, "</span>");
          break;
        case "reference":
          this.reference(node);
          break;
        case "inline-target":
          this.wrap(`<span class="target" id="${escapeHtml(makeId(node.names[0] ?? ""))}">`, node.children, "</span>");
          break;
        case "substitution":
          this.inlines(node.children);
          break;
        case "footnote-reference":
          if (node.ref.target) o.push(`<a class="footnote-reference" href="#${escapeHtml(node.ref.target)}">[${escapeHtml(node.ref.display ?? "")}]</a>`);
          else o.push(escapeHtml(`[${node.ref.display ?? node.ref.label}]_`));
          break;
        case "image":
          this.image(node.image, false);
          break;
      }
    }
  }

  private wrap(open: string, children: Inline[], close: string): void {
    this.out.push(open);
    this.inlines(children);
    this.out.push(close);
  }

  private reference(node: Extract<Inline, { kind: "reference" }>): void {
    const { ref } = node;
    if (ref.broken) {
      this.out.push(escapeHtml(node.raw ?? inlineText(node.children)));
      return;
    }
    if (ref.uri !== undefined && isSafeUri(ref.uri)) {
      this.wrap(`<a class="reference external" href="${escapeUri(ref.uri)}">`, node.children, "</a>");
    } else if (ref.internal !== undefined) {
      this.wrap(`<a class="reference internal" href="#${escapeHtml(ref.internal)}">`, node.children, "</a>");
    } else {
      this.inlines(node.children);
    }
  }
}
