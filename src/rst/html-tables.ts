// Table-shaped HTML of html4css1: grid/simple/list tables and option lists.
import { escapeHtml } from "./escape.js";
import type { Block, Inline, OptionListItem, TableRow } from "./nodes.js";

/** What the table writers need from the main writer. */
export interface BlockWriter {
  readonly out: string[];
  blocks(blocks: Block[], s: { simple: boolean; compactP: boolean }, parent: string): void;
  inlines(nodes: Inline[]): void;
}

/** A grid, simple or list table. */
export function writeTable(w: BlockWriter, colwidths: number[], head: TableRow[], body: TableRow[], title?: Inline[]): void {
  const o = w.out;
  // HTML5, not html4css1: no border/frame/rules/valign/col width attributes (obsolete; the CSS styles tables).
  o.push('<table class="docutils">\n');
  if (title) {
    o.push("<caption>");
    w.inlines(title);
    o.push("</caption>\n");
  }
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
        w.blocks(c.children, { simple: false, compactP: true }, "entry");
        o.push(`</${cell}>\n`);
      }
      o.push("</tr>\n");
    }
    o.push(`</${section.split(" ")[0]}>\n`);
  };
  if (head.length) rows(head, "th", "thead");
  rows(body, "td", "tbody");
  o.push("</table>\n");
}

/** An option list as html4css1's two-column table. */
export function writeOptionList(w: BlockWriter, items: OptionListItem[], compactP: boolean): void {
  const o = w.out;
  o.push('<table class="docutils option-list">\n<tbody>\n');
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
    w.blocks(item.description, { simple: false, compactP }, "description");
    o.push("</td></tr>\n");
  }
  o.push("</tbody>\n</table>\n");
}
