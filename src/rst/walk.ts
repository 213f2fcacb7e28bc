// Document-order traversal of the tree, used by reference resolution.
import type { Block, Inline, LineBlockLine } from "./nodes.js";

/** Visitor callbacks; `inlines` may replace a list's contents in place. */
export interface Visitor {
  block?(block: Block): void;
  inlines?(list: Inline[]): void;
  /** Visit only the inline lists held by blocks, not the lists nested inside inline nodes. */
  shallow?: boolean;
}

/** Visit every block and every inline list in document order. */
export function walkBlocks(blocks: Block[], v: Visitor): void {
  for (const b of blocks) walkBlock(b, v);
}

function walkLines(lines: LineBlockLine[], v: Visitor): void {
  for (const l of lines) {
    if (l.kind === "line") walkInlines(l.children, v);
    else walkLines(l.lines, v);
  }
}

/** Visit an inline list and the inline lists nested in it. */
export function walkInlines(list: Inline[], v: Visitor): void {
  v.inlines?.(list);
  if (v.shallow) return;
  for (const node of list) {
    if ("children" in node) walkInlines(node.children, v);
  }
}

function walkBlock(b: Block, v: Visitor): void {
  v.block?.(b);
  switch (b.kind) {
    case "paragraph":
    case "rubric":
      walkInlines(b.children, v);
      break;
    case "section":
      walkInlines(b.title, v);
      walkBlocks(b.children, v);
      break;
    case "bullet-list":
    case "enumerated-list":
      for (const item of b.items) walkBlocks(item, v);
      break;
    case "definition-list":
      for (const item of b.items) {
        walkInlines(item.term, v);
        for (const c of item.classifiers) walkInlines(c, v);
        walkBlocks(item.definition, v);
      }
      break;
    case "field-list":
      for (const f of b.fields) {
        walkInlines(f.name, v);
        walkBlocks(f.body, v);
      }
      break;
    case "option-list":
      for (const item of b.items) walkBlocks(item.description, v);
      break;
    case "line-block":
      walkLines(b.lines, v);
      break;
    case "block-quote":
      walkBlocks(b.children, v);
      if (b.attribution) walkInlines(b.attribution, v);
      break;
    case "table":
      if (b.title) walkInlines(b.title, v);
      for (const row of [...b.head, ...b.body]) for (const cell of row) walkBlocks(cell.children, v);
      break;
    case "figure":
      if (b.caption) walkInlines(b.caption, v);
      walkBlocks(b.legend, v);
      break;
    case "container":
    case "footnote":
      walkBlocks(b.children, v);
      break;
    case "admonition":
    case "topic":
      walkInlines(b.title, v);
      walkBlocks(b.children, v);
      break;
    case "literal-block":
      if (b.children) walkInlines(b.children, v);
      break;
    case "substitution-def":
      // The definition stays in docutils' tree, so its references are resolved (and reported) too.
      walkInlines(b.children, v);
      break;
    default:
      break;
  }
}
