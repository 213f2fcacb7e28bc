// Grid table structure: a transcription of docutils' GridTableParser (corner scanning).
import { CornerQueue } from "./corner-queue.js";

/** A cell found by the table parsers: span sizes and the cell's text lines. */
export interface RawCell {
  morerows: number;
  morecols: number;
  /** Line index inside the table block of the cell's first text line. */
  offset: number;
  lines: string[];
}

/** Parsed table structure: column widths, header rows and body rows. */
export interface TableStructure {
  colwidths: number[];
  head: RawCell[][];
  body: RawCell[][];
}

/** A table markup error, with the line offset inside the table block. */
export class TableMarkupError extends Error {
  constructor(
    message: string,
    readonly offset = 0,
  ) {
    super(message);
  }
}

const HEAD_BODY_SEP = /^\+=[=+]+=\+ *$/;

/** Extract a rectangular block of text, removing its common indentation. */
export function block2D(lines: readonly string[], top: number, left: number, bottom: number, right: number): string[] {
  const out: string[] = [];
  let indent = right;
  for (let i = top; i < bottom; i++) {
    const line = (lines[i] ?? "").slice(left, right).trimEnd();
    if (line) indent = Math.min(indent, line.length - line.trimStart().length);
    out.push(line);
  }
  if (indent > 0 && indent < right) return out.map((line) => line.slice(indent));
  return out;
}

/**
 * Finds the one head/body separator line (`pattern`) of a table block and turns its `=` into `-`
 * in place, as docutils does for grid and simple tables; a second one is a TableMarkupError.
 */
export function takeHeadBodySeparator(block: string[], pattern: RegExp): number | undefined {
  let headBodySep: number | undefined;
  for (let i = 0; i < block.length; i++) {
    if (pattern.test(block[i]!)) {
      if (headBodySep !== undefined) {
        throw new TableMarkupError(`Multiple head/body row separators (table lines ${headBodySep + 1} and ${i + 1}); only one allowed.`, i);
      }
      headBodySep = i;
      block[i] = block[i]!.replace(/=/g, "-");
    }
  }
  return headBodySep;
}

/** Parse a grid table block (already isolated and stripped). Throws TableMarkupError. */
export function parseGridTable(input: readonly string[]): TableStructure {
  const block = input.slice();
  const bottom = block.length - 1;
  const right = block[0]!.length - 1;
  const headBodySep = takeHeadBodySeparator(block, HEAD_BODY_SEP);
  if (headBodySep === 0 || headBodySep === bottom) {
    throw new TableMarkupError("The head/body row separator may not be the first or last line of the table.", headBodySep);
  }
  const at = (r: number, c: number): string => block[r]![c] ?? "";
  const done = new Array<number>(right + 1).fill(-1);
  const rowseps = new Set<number>([0]);
  const colseps = new Set<number>([0]);
  const cells: { top: number; left: number; bottom: number; right: number; lines: string[] }[] = [];

  const scanUp = (top: number, left: number, bot: number, rows: number[]): boolean => {
    for (let i = bot - 1; i > top; i--) {
      const c = at(i, left);
      if (c === "+") rows.push(i);
      else if (c !== "|") return false;
    }
    return true;
  };
  const scanLeft = (top: number, left: number, bot: number, rgt: number, rows: number[], cols: number[]): boolean => {
    for (let i = rgt - 1; i > left; i--) {
      const c = at(bot, i);
      if (c === "+") cols.push(i);
      else if (c !== "-") return false;
    }
    if (at(bot, left) !== "+") return false;
    return scanUp(top, left, bot, rows);
  };
  // As in docutils, separators seen on a failed attempt are kept: they still split rows and columns.
  const scanDown = (top: number, left: number, rgt: number, rows: number[], cols: number[]): number | undefined => {
    for (let i = top + 1; i <= bottom; i++) {
      const c = at(i, rgt);
      if (c === "+") {
        rows.push(i);
        const r: number[] = [];
        const cs: number[] = [];
        if (scanLeft(top, left, i, rgt, r, cs)) {
          rows.push(...r);
          cols.push(...cs);
          return i;
        }
      } else if (c !== "|") return undefined;
    }
    return undefined;
  };
  const scanCell = (top: number, left: number): { bottom: number; right: number; rows: number[]; cols: number[] } | undefined => {
    const cols: number[] = [];
    for (let i = left + 1; i <= right; i++) {
      const c = at(top, i);
      if (c === "+") {
        cols.push(i);
        const rows: number[] = [];
        const b = scanDown(top, left, i, rows, cols);
        if (b !== undefined) return { bottom: b, right: i, rows, cols };
      } else if (c !== "-") return undefined;
    }
    return undefined;
  };

  const corners = new CornerQueue();
  corners.push([0, 0]);
  while (corners.size > 0) {
    const [top, left] = corners.pop()!;
    if (top === bottom || left === right || top <= done[left]!) continue;
    const result = scanCell(top, left);
    if (!result) continue;
    for (const r of result.rows) rowseps.add(r);
    for (const c of result.cols) colseps.add(c);
    for (let col = left; col < result.right; col++) done[col] = result.bottom - 1;
    cells.push({ top, left, bottom: result.bottom, right: result.right, lines: block2D(block, top + 1, left + 1, result.bottom, result.right) });
    corners.push([top, result.right]);
    corners.push([result.bottom, left]);
  }
  for (let col = 0; col < right; col++) {
    if (done[col] !== bottom - 1) throw new TableMarkupError("Malformed table; parse incomplete.");
  }
  const rowList = [...rowseps].sort((a, b) => a - b);
  const colList = [...colseps].sort((a, b) => a - b);
  const rowIndex = new Map(rowList.map((r, i) => [r, i]));
  const colIndex = new Map(colList.map((c, i) => [c, i]));
  const colwidths = colList.slice(1).map((c, i) => c - colList[i]! - 1);
  const rows: (RawCell | undefined)[][] = rowList.slice(1).map(() => new Array<RawCell | undefined>(colList.length - 1).fill(undefined));
  for (const cell of cells) {
    const r = rowIndex.get(cell.top)!;
    const c = colIndex.get(cell.left)!;
    rows[r]![c] = {
      morerows: rowIndex.get(cell.bottom)! - r - 1,
      morecols: colIndex.get(cell.right)! - c - 1,
      offset: cell.top + 1,
      lines: cell.lines,
    };
  }
  const dense = rows.map((row) => row.filter((cell): cell is RawCell => cell !== undefined));
  const numHead = headBodySep !== undefined ? rowIndex.get(headBodySep) ?? 0 : 0;
  return { colwidths, head: dense.slice(0, numHead), body: dense.slice(numHead) };
}
