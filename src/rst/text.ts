// Plain text of inline nodes (docutils' astext), used for names and ids.
import type { Inline } from "./nodes.js";

/** The text content of inline nodes, without markup. */
export function inlineText(nodes: readonly Inline[]): string {
  let out = "";
  for (const node of nodes) {
    switch (node.kind) {
      case "text":
      case "literal":
      case "problematic":
        out += node.text;
        break;
      case "image":
        out += node.image.alt ?? "";
        break;
      case "footnote-reference":
        out += node.ref.display ?? node.ref.label;
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}

/** docutils' make_id: a lower-case ASCII identifier made of letters, digits and hyphens. */
export function makeId(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .split(/\s+/)
    .filter((w) => w !== "")
    .join(" ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[-0-9]+|-+$/g, "");
}
