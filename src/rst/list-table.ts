// The list-table directive: a two-level bullet list turned into a table.
import { report } from "./context.js";
import type { DirectiveBlock } from "./directive-block.js";
import type { Block, TableRow } from "./nodes.js";
import type { BodyItem, BodyParser } from "./parser-types.js";

/** Run `.. list-table::` on a parsed directive block. */
export function listTable(p: BodyParser, d: DirectiveBlock, lineno: number, out: BodyItem[]): void {
  const fail = (detail: string): void => {
    report(p.ctx, 3, `Error parsing content block for the "list-table" directive: ${detail}`, lineno);
  };
  if (!d.content.length) {
    report(p.ctx, 3, 'The "list-table" directive is empty; content required.', lineno);
    return;
  }
  const blocks = p.nested(d.content, d.contentFirst).filter((b) => b.kind !== "comment");
  const list = blocks[0];
  if (blocks.length !== 1 || list?.kind !== "bullet-list") return fail("exactly one bullet list expected.");
  const rows: Block[][][] = [];
  for (let r = 0; r < list.items.length; r++) {
    const item = list.items[r]!;
    const inner = item[0];
    if (item.length !== 1 || inner?.kind !== "bullet-list") {
      return fail(`two-level bullet list expected, but row ${r + 1} does not contain a second-level bullet list.`);
    }
    rows.push(inner.items);
  }
  const width = rows[0]?.length ?? 0;
  for (let r = 1; r < rows.length; r++) {
    if (rows[r]!.length !== width) {
      return fail(
        `uniform two-level bullet list expected, but row ${r + 1} does not contain the same number of items as row 1 (${rows[r]!.length} vs ${width}).`,
      );
    }
  }
  const headerRows = Number(d.options.get("header-rows") ?? 0) || 0;
  const toRow = (cells: Block[][]): TableRow => cells.map((children) => ({ morerows: 0, morecols: 0, children }));
  const table: Block = {
    kind: "table",
    colwidths: new Array<number>(width).fill(1),
    head: rows.slice(0, headerRows).map(toRow),
    body: rows.slice(headerRows).map(toRow),
  };
  if (d.args[0]) table.title = p.inline(d.args[0], lineno);
  out.push(table);
}
