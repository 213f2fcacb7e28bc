// Simple table structure: a transcription of docutils' SimpleTableParser (column borders of `=`).
import { block2D, TableMarkupError, takeHeadBodySeparator, type RawCell, type TableStructure } from "./grid-table.js";

const HEAD_BODY_SEP = /^=[ =]*$/;
const SPAN = /^-[ -]*$/;

/** Parse a simple table block (top border to bottom border). Throws TableMarkupError. */
export function parseSimpleTable(input: readonly string[]): TableStructure {
  const block = input.slice();
  block[0] = block[0]!.replace(/=/g, "-");
  block[block.length - 1] = block[block.length - 1]!.replace(/=/g, "-");
  const headBodySep = takeHeadBodySeparator(block, HEAD_BODY_SEP);
  if (headBodySep === 0 || headBodySep === block.length - 1) {
    throw new TableMarkupError("The head/body row separator may not be the first or last line of the table.", headBodySep);
  }
  let columns: [number, number][] = [];
  let borderEnd = 0;
  const parseColumns = (line: string, offset: number): [number, number][] => {
    const cols: [number, number][] = [];
    let end = 0;
    for (;;) {
      const begin = line.indexOf("-", end);
      if (begin < 0) break;
      end = line.indexOf(" ", begin);
      if (end < 0) end = line.length;
      cols.push([begin, end]);
    }
    if (columns.length) {
      if (cols[cols.length - 1]![1] !== borderEnd) {
        throw new TableMarkupError(`Column span incomplete in table line ${offset + 1}.`, offset);
      }
      cols[cols.length - 1] = [cols[cols.length - 1]![0], columns[columns.length - 1]![1]];
    }
    return cols;
  };
  columns = parseColumns(block[0]!, 0);
  // docutils keeps the top border's right end even when text widens the last column.
  borderEnd = columns[columns.length - 1]![1];
  const table: RawCell[][] = [];
  const rowStarts: number[] = [];

  const parseRow = (lines: string[], start: number, span?: [string, number]): void => {
    if (!lines.length && !span) return;
    const cols = span ? parseColumns(span[0], span[1]) : columns.slice();
    checkColumns(lines, start, cols);
    const row: RawCell[] = [];
    let i = 0;
    for (const [s, e] of cols) {
      let morecols = 0;
      if (columns[i]?.[0] !== s) throw new TableMarkupError(`Column span alignment problem in table line ${start + 2}.`, start + 1);
      while (columns[i] && e !== columns[i]![1]) {
        i++;
        morecols++;
      }
      if (!columns[i]) throw new TableMarkupError(`Column span alignment problem in table line ${start + 2}.`, start + 1);
      row.push({ morerows: 0, morecols, offset: start, lines: block2D(lines, 0, s, lines.length, e) });
      i++;
    }
    table.push(row);
    rowStarts.push(start);
  };

  const checkColumns = (lines: string[], firstLine: number, cols: [number, number][]): void => {
    const last = cols.length - 1;
    for (let i = 0; i < cols.length; i++) {
      const [start, end] = cols[i]!;
      const nextStart = i < last ? cols[i + 1]![0] : Infinity;
      lines.forEach((line, offset) => {
        if (i === last && line.slice(end).trim()) {
          const newEnd = start + line.slice(start).trimEnd().length;
          const main = columns[columns.length - 1]!;
          cols[i] = [start, Math.max(main[1], newEnd)];
          if (newEnd > main[1]) columns[columns.length - 1] = [main[0], newEnd];
        } else if (line.slice(end, nextStart === Infinity ? undefined : nextStart).trim()) {
          throw new TableMarkupError(`Text in column margin in table line ${firstLine + offset + 1}.`, firstLine + offset);
        }
      });
    }
  };

  const [firstStart, firstEnd] = columns[0]!;
  let start = 1;
  let textFound = false;
  for (let offset = 1; offset < block.length; offset++) {
    const line = block[offset]!;
    if (SPAN.test(line)) {
      parseRow(block.slice(start, offset), start, [line.trimEnd(), offset]);
      start = offset + 1;
      textFound = false;
    } else if (line.slice(firstStart, firstEnd).trim()) {
      if (textFound && offset !== start) parseRow(block.slice(start, offset), start);
      start = offset;
      textFound = true;
    } else if (!textFound) {
      start = offset + 1;
    }
  }
  const colwidths = columns.map(([s, e]) => e - s);
  let firstBody = 0;
  if (headBodySep !== undefined) {
    const idx = rowStarts.findIndex((s) => s > headBodySep!);
    firstBody = idx === -1 ? 0 : idx;
  }
  return { colwidths, head: table.slice(0, firstBody), body: table.slice(firstBody) };
}
