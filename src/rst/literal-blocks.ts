// Literal blocks after `::`: docutils' literal_block and quoted_literal_block.
import type { ParseContext } from "./context.js";
import { report } from "./context.js";
import { getIndented, trimEnd } from "./indented.js";
import type { BodyItem } from "./parser-types.js";

/** The literal block after a paragraph ending in `::` (indented, or quoted with a punctuation character). */
export function literalBlock(ctx: ParseContext, lines: string[], i: number, first: number, out: BodyItem[]): number {
  const block = getIndented(lines, i, first);
  const body = trimEnd(block.lines);
  if (body.length === 0) return quotedLiteralBlock(ctx, lines, i, first, out);
  out.push({ kind: "literal-block", text: body.join("\n") });
  if (!block.blankFinish) report(ctx, 2, "Literal block ends without a blank line; unexpected unindent.", first + block.end);
  return block.end;
}

function quotedLiteralBlock(ctx: ParseContext, lines: string[], i: number, first: number, out: BodyItem[]): number {
  let j = i;
  while (j < lines.length && lines[j] === "") j++;
  const start = lines[j];
  const quote = start?.[0];
  if (start === undefined || quote === undefined || !/[!-/:-@[-`{-~]/.test(quote)) {
    report(ctx, 2, "Literal block expected; none found.", first + j);
    return j;
  }
  let end = j;
  while (end < lines.length && lines[end] !== "" && lines[end]![0] === quote) end++;
  out.push({ kind: "literal-block", text: lines.slice(j, end).join("\n") });
  if (end < lines.length && lines[end] !== "") {
    const indented = lines[end]!.charCodeAt(0) === 32;
    report(ctx, 3, indented ? "Unexpected indentation." : "Inconsistent literal block quoting.", first + end);
  }
  return end;
}
