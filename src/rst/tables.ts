// Grid and simple tables in the body: isolating the table lines, reporting malformed tables, building cells.
import { report } from "./context.js";
import { parseGridTable, TableMarkupError, type TableStructure } from "./grid-table.js";
import type { TableCell, TableRow } from "./nodes.js";
import type { BodyParser, BodyItem, ConstructParser } from "./parser-types.js";
import { parseSimpleTable } from "./simple-table.js";

const GRID_TOP = /^\+-[-+]+-\+ *$/;
const SIMPLE_BORDER = /^=+[ =]*$/;
const PAD = "\uffff";

/** Insert a pad character after each East Asian wide character so columns line up as docutils expects. */
function padWide(line: string): string {
  return line.replace(/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g, (c) => c + PAD);
}

function unpad(lines: string[]): string[] {
  return lines.map((l) => l.split(PAD).join(""));
}

function malformed(p: BodyParser, line: number, detail = ""): void {
  report(p.ctx, 3, "Malformed table." + (detail ? "\n" + detail : ""), line);
}

/** Build the table node from a parsed structure, parsing each cell's content as body elements. */
function build(p: BodyParser, s: TableStructure, tableLine: number, out: BodyItem[]): void {
  const row = (cells: TableStructure["head"][number]): TableRow =>
    cells.map((c): TableCell => {
      const lines = unpad(c.lines);
      const children = lines.join("") ? p.nested(lines, tableLine + c.offset) : [];
      return { morerows: c.morerows, morecols: c.morecols, children };
    });
  out.push({ kind: "table", colwidths: s.colwidths, head: s.head.map(row), body: s.body.map(row) });
}

function parseOrReport(p: BodyParser, parse: () => TableStructure, line: number, out: BodyItem[]): void {
  try {
    build(p, parse(), line, out);
  } catch (error) {
    if (!(error instanceof TableMarkupError)) throw error;
    malformed(p, line + error.offset, error.message);
  }
}

/** Grid table starting at line i (`+---+` top border). */
export const gridTable: ConstructParser = (p, lines, i, first, out) => {
  let end = i;
  while (end < lines.length && lines[end] !== "" && lines[end]!.charCodeAt(0) !== 32) end++;
  let blankFinish = true;
  if (end < lines.length && lines[end] !== "") {
    report(p.ctx, 3, "Unexpected indentation.", first + end);
    blankFinish = false;
  }
  let block = lines.slice(i, end).map((l) => padWide(l));
  const width = block[0]!.trim().length;
  block = block.map((l) => l.trim());
  let next = end;
  const badLeft = block.findIndex((l) => l[0] !== "+" && l[0] !== "|");
  if (badLeft !== -1) {
    blankFinish = false;
    next = i + badLeft;
    block = block.slice(0, badLeft);
  }
  if (!GRID_TOP.test(block[block.length - 1]!)) {
    blankFinish = false;
    let found = -1;
    for (let k = block.length - 2; k > 1; k--) {
      if (GRID_TOP.test(block[k]!)) {
        found = k;
        break;
      }
    }
    if (found === -1) {
      malformed(p, first + i);
      return finish(p, next, first, blankFinish);
    }
    next = i + found + 1;
    block = block.slice(0, found + 1);
  }
  for (const l of block) {
    if (l.length !== width || (l[l.length - 1] !== "+" && l[l.length - 1] !== "|")) {
      malformed(p, first + i);
      return finish(p, next, first, blankFinish);
    }
  }
  parseOrReport(p, () => parseGridTable(block), first + i, out);
  return finish(p, next, first, blankFinish);
};

function finish(p: BodyParser, next: number, first: number, blankFinish: boolean): number {
  if (!blankFinish) report(p.ctx, 2, "Blank line required after table.", first + next);
  return next;
}

/** Simple table starting at line i (`=== ===` top border). */
export const simpleTable: ConstructParser = (p, lines, i, first, out) => {
  const limit = lines.length - 1;
  const topLen = lines[i]!.trim().length;
  let found = 0;
  let foundAt = -1;
  let end = -1;
  for (let k = i + 1; k <= limit; k++) {
    const line = lines[k]!;
    if (SIMPLE_BORDER.test(line)) {
      if (line.trim().length !== topLen) {
        malformed(p, first + i, "Bottom/header table border does not match top border.");
        const blank = k === limit || !lines[k + 1]!.trim();
        return finish(p, k + 1, first, blank);
      }
      found++;
      foundAt = k;
      if (found === 2 || k === limit || !lines[k + 1]!.trim()) {
        end = k;
        break;
      }
    }
  }
  if (end === -1) {
    if (found) {
      malformed(p, first + i, "No bottom table border found or no blank line after table bottom.");
      return finish(p, foundAt + 1, first, false);
    }
    malformed(p, first + i, "No bottom table border found.");
    return lines.length;
  }
  const block = lines.slice(i, end + 1).map(padWide);
  parseOrReport(p, () => parseSimpleTable(block), first + i, out);
  return finish(p, end + 1, first, end === limit || !lines[end + 1]!.trim());
};
