// docutils' Transitions transform: report misplaced transitions and move one that ends a section after it.
import type { ParseContext } from "./context.js";
import { report } from "./context.js";
import type { Block } from "./nodes.js";

type Transition = Extract<Block, { kind: "transition" }>;

/** Check transitions in the document body (and sections), moving section-final ones up; returns the new body. */
export function checkTransitions(blocks: Block[], ctx: ParseContext): Block[] {
  return visit(blocks, ctx, true);
}

function visit(children: Block[], ctx: ParseContext, isDocument: boolean): Block[] {
  const out: Block[] = [];
  for (const child of children) {
    if (child.kind !== "section") {
      out.push(child);
      continue;
    }
    const inner = visit(child.children, ctx, false);
    // Transitions that end a section move behind it (repeatedly, through enclosing sections).
    const moved: Block[] = [];
    while (inner.length > 0 && inner[inner.length - 1]!.kind === "transition") moved.unshift(inner.pop()!);
    out.push({ ...child, children: inner }, ...moved);
  }
  for (let i = 0; i < out.length; i++) {
    const node = out[i]!;
    if (node.kind !== "transition") continue;
    if (i === 0) report(ctx, 3, "Document or section may not begin with a transition.", node.line);
    else if (out[i - 1]!.kind === "transition") {
      report(ctx, 3, "At least one body element must separate transitions; adjacent transitions are not allowed.", node.line);
    }
    if (isDocument && i === out.length - 1) report(ctx, 3, "Document may not end with a transition.", (node as Transition).line);
  }
  return out;
}
