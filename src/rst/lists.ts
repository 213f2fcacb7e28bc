// List-like constructs: bullet, enumerated, definition and field lists, and line blocks.
import { report } from "./context.js";
import { formatAffixes, nextEnumerators, parseEnumerator, ENUMERATOR, type Enumerator } from "./enumerators.js";
import { getIndented } from "./indented.js";
import type { Block, DefinitionItem, Inline, LineBlockLine } from "./nodes.js";
import type { BodyParser, ConstructParser } from "./parser-types.js";
import { BULLET, FIELD, LINE_BLOCK, isPlainTextLine } from "./line-kinds.js";

export { ENUMERATOR };


interface Item {
  blocks: Block[];
  end: number;
  blankFinish: boolean;
}

/** docutils' list_item: the item body starts after the marker (`indent` columns). */
function listItem(p: BodyParser, lines: readonly string[], i: number, first: number, indent: number): Item {
  const line = lines[i]!;
  const block =
    line.length > indent
      ? getIndented(lines, i, first, { blockIndent: indent })
      : getIndented(lines, i, first, { firstIndent: indent });
  return { blocks: block.lines.length ? p.nested(block.lines, block.first) : [], end: block.end, blankFinish: block.blankFinish };
}

function unindentWarning(p: BodyParser, what: string, line: number): void {
  report(p.ctx, 2, `${what} ends without a blank line; unexpected unindent.`, line);
}

/** Bullet list starting at line i. */
export const bulletList: ConstructParser = (p, lines, i, first, out) => {
  const bullet = lines[i]![0];
  const items: Block[][] = [];
  let j = i;
  let blankFinish = true;
  for (;;) {
    const m = BULLET.exec(lines[j]!)!;
    const item = listItem(p, lines, j, first, m[0].length);
    items.push(item.blocks);
    j = item.end;
    blankFinish = item.blankFinish;
    const next = lines[j];
    if (next === undefined || next[0] !== bullet || !BULLET.test(next)) break;
  }
  out.push({ kind: "bullet-list", items });
  if (!blankFinish) unindentWarning(p, "Bullet list", first + j);
  return j;
};

function isEnumeratedItem(lines: readonly string[], i: number, e: Enumerator): boolean {
  if (e.ordinal === undefined) return false;
  const next = lines[i + 1];
  if (next === undefined || next === "" || next[0] === " ") return true;
  const expected = nextEnumerators(e.ordinal + 1, e.sequence, e.format);
  return expected !== undefined && (next.startsWith(expected[0]) || next.startsWith(expected[1]));
}

/** Enumerated list starting at line i; undefined when the line is not really a list item (then it is text). */
export const enumeratedList: ConstructParser = (p, lines, i, first, out) => {
  const m0 = ENUMERATOR.exec(lines[i]!)!;
  const e0 = parseEnumerator(m0);
  if (!isEnumeratedItem(lines, i, e0)) return undefined;
  const enumtype = e0.sequence === "#" ? "arabic" : e0.sequence;
  const [prefix, suffix] = formatAffixes(e0.format);
  const start = e0.ordinal!;
  if (start !== 1) report(p.ctx, 1, `Enumerated list start value not ordinal-1: "${e0.text}" (ordinal ${start})`, first + i);
  const items: Block[][] = [];
  let auto = e0.sequence === "#";
  let last = start;
  let j = i;
  let m = m0;
  let blankFinish = true;
  for (;;) {
    const item = listItem(p, lines, j, first, m[0].length);
    items.push(item.blocks);
    j = item.end;
    blankFinish = item.blankFinish;
    const next = lines[j];
    if (next === undefined) break;
    const nm = ENUMERATOR.exec(next);
    if (!nm) break;
    const e = parseEnumerator(nm, enumtype);
    if (e.format !== e0.format) break;
    if (e.sequence !== "#" && (e.sequence !== enumtype || auto || e.ordinal !== last + 1)) break;
    if (!isEnumeratedItem(lines, j, e)) break;
    if (e.sequence === "#") auto = true;
    last = e.ordinal!;
    m = nm;
  }
  out.push({ kind: "enumerated-list", enumtype, prefix, suffix, start, items });
  if (!blankFinish) unindentWarning(p, "Enumerated list", first + j);
  return j;
};

const CLASSIFIER = / +: +/;

/** Split a definition-list term into the term and its classifiers (only in plain text nodes, as docutils does). */
function termAndClassifiers(nodes: Inline[]): { term: Inline[]; classifiers: Inline[][] } {
  const parts: Inline[][] = [[]];
  for (const node of nodes) {
    if (node.kind === "text" && CLASSIFIER.test(node.text)) {
      const pieces = node.text.split(CLASSIFIER);
      parts[parts.length - 1]!.push({ kind: "text", text: pieces[0]!.trimEnd() });
      for (const piece of pieces.slice(1)) parts.push([{ kind: "text", text: piece }]);
    } else {
      parts[parts.length - 1]!.push(node);
    }
  }
  return { term: parts[0]!, classifiers: parts.slice(1) };
}

/** Definition list: a text line followed directly by an indented block (Text.indent). */
export const definitionList: ConstructParser = (p, lines, i, first, out) => {
  const items: DefinitionItem[] = [];
  let j = i;
  let blankFinish = true;
  for (;;) {
    const termLine = lines[j]!;
    const block = getIndented(lines, j + 1, first);
    // docutils takes the term's line after reading the definition: one before the block's last line.
    const termLineNo = first + block.end - 2;
    const { term, classifiers } = termAndClassifiers(p.inline(termLine, termLineNo));
    if (termLine.endsWith("::")) {
      report(p.ctx, 1, 'Blank line missing before literal block (after the "::")? Interpreted as a definition list item.', termLineNo + 1);
    }
    items.push({ term, classifiers, definition: p.nested(block.lines, block.first) });
    j = block.end;
    blankFinish = block.blankFinish;
    const next = lines[j];
    const after = lines[j + 1];
    if (next === undefined || !isPlainTextLine(next) || after === undefined || after[0] !== " ") break;
  }
  out.push({ kind: "definition-list", items });
  if (!blankFinish) unindentWarning(p, "Definition list", first + j);
  return j;
};

/** Field list (`:name: body`). */
export const fieldList: ConstructParser = (p, lines, i, first, out) => {
  const fields: { name: Inline[]; body: Block[] }[] = [];
  let j = i;
  let blankFinish = true;
  for (;;) {
    const m = FIELD.exec(lines[j]!)!;
    const marker = m[0].slice(1);
    const name = marker.slice(0, marker.lastIndexOf(":"));
    const block = getIndented(lines, j, first, { firstIndent: m[0].length });
    fields.push({ name: p.inline(name, first + j), body: block.lines.length ? p.nested(block.lines, block.first) : [] });
    j = block.end;
    blankFinish = block.blankFinish;
    const next = lines[j];
    if (next === undefined || !FIELD.test(next)) break;
  }
  out.push({ kind: "field-list", fields });
  if (!blankFinish) unindentWarning(p, "Field list", first + j);
  return j;
};

interface RawLine {
  indent: number | undefined;
  children: Inline[];
}

/** Line block (`| text` lines), nested by indentation like docutils' nest_line_block_lines. */
export const lineBlock: ConstructParser = (p, lines, i, first, out) => {
  const raw: RawLine[] = [];
  let j = i;
  let blankFinish = true;
  for (;;) {
    const m = LINE_BLOCK.exec(lines[j]!)!;
    const block = getIndented(lines, j, first, { firstIndent: m[0].length, untilBlank: true });
    const indent = lines[j]!.trimEnd() !== "|" ? m[1]!.length - 1 : undefined;
    raw.push({ indent, children: p.inline(block.lines.join("\n"), first + j) });
    j = block.end;
    blankFinish = block.blankFinish;
    if (blankFinish) break;
    const next = lines[j];
    if (next === undefined || !LINE_BLOCK.test(next)) break;
  }
  if (!blankFinish) report(p.ctx, 2, "Line block ends without a blank line.", first + i + 1);
  if (raw[0]!.indent === undefined) raw[0]!.indent = 0;
  for (let k = 1; k < raw.length; k++) if (raw[k]!.indent === undefined) raw[k]!.indent = raw[k - 1]!.indent;
  out.push({ kind: "line-block", lines: nestLines(raw, 0) });
  return j;
};

function nestLines(items: RawLine[], depth: number): LineBlockLine[] {
  let least = Infinity;
  for (const item of items) least = Math.min(least, item.indent ?? 0);
  const result: LineBlockLine[] = [];
  let group: RawLine[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    // Deeply indented poetry is rare; beyond 40 levels we stop nesting to bound recursion.
    result.push({ kind: "line-block", lines: depth > 40 ? group.map((g) => ({ kind: "line", children: g.children })) : nestLines(group, depth + 1) });
    group = [];
  };
  for (const item of items) {
    if ((item.indent ?? 0) > least) group.push(item);
    else {
      flush();
      result.push({ kind: "line", children: item.children });
    }
  }
  flush();
  return result;
}
