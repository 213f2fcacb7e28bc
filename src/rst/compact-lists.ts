// Which lists html4css1 renders "simple" (without <p> in items): docutils' SimpleListChecker.
import type { Block } from "./nodes.js";

const SIMPLE_LIST_MAX_DEPTH = 100;

/** docutils' _html_base.SimpleListChecker: list items (and definitions, field bodies) hold at most one
 * paragraph, optionally followed by a nested list; only lists, definition lists and field lists may nest. */
export function isSimpleList(items: Block[][], depth = 0): boolean {
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

/** Comments, targets and substitution definitions produce no output. */
export function isInvisible(b: Block): boolean {
  return b.kind === "comment" || b.kind === "target" || b.kind === "substitution-def";
}


/** A field list is "simple" under the same rule, applied to its field bodies. */
export function isSimpleFieldList(bodies: Block[][]): boolean {
  return bodies.every((body) => simpleItem(body, 0));
}
