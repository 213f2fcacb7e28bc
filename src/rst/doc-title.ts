// docutils' DocTitle and DocInfo transforms: a lone top section becomes the (unrendered) document title, and
// a leading field list becomes bibliographic data; neither appears in the HTML body.
import type { Block } from "./nodes.js";

function preBibliographic(b: Block): boolean {
  return b.kind === "comment" || b.kind === "target" || b.kind === "substitution-def";
}

function promote(blocks: Block[]): Block[] | undefined {
  const index = blocks.findIndex((b) => !preBibliographic(b));
  const candidate = blocks[index];
  if (index === -1 || blocks.length > index + 1 || candidate?.kind !== "section") return undefined;
  return [...blocks.slice(0, index), ...candidate.children];
}

/** The body blocks docutils' html writer would emit in its `body` part. */
export function bodyBlocks(blocks: Block[]): Block[] {
  let body = blocks;
  const titled = promote(body);
  if (titled) body = promote(titled) ?? titled;
  const index = body.findIndex((b) => !preBibliographic(b));
  if (index !== -1 && body[index]!.kind === "field-list") body = body.filter((_, i) => i !== index);
  return body;
}
