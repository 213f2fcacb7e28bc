// The per-document parse context: collected messages and targets, passed explicitly through every stage.
import type { Message, TargetDef } from "./nodes.js";

/** Everything the parser stages collect about one document. */
export interface ParseContext {
  messages: Message[];
  /** Every named or anonymous target in document order (explicit, inline, embedded). */
  targets: TargetDef[];
  initialHeaderLevel: number;
  /**
   * Where docutils' state machine stands while the current paragraph's inline markup is parsed; it reports
   * problems found on nodes without a line of their own (embedded-URI targets) there.
   */
  stateLine: number;
  /** Every reference name seen while parsing, even in content later discarded (docutils' refnames). */
  refnames: Set<string>;
  /** Set when anonymous references, substitutions or footnotes appear: reference resolution has work to do. */
  needsResolution: boolean;
}

/** A fresh context for one document. */
export function newContext(initialHeaderLevel: number): ParseContext {
  return { messages: [], targets: [], initialHeaderLevel, stateLine: 0, refnames: new Set(), needsResolution: false };
}

/** Record a diagnostic. */
export function report(ctx: ParseContext, level: 1 | 2 | 3 | 4, message: string, line: number): void {
  ctx.messages.push({ level, message, line });
}

/** docutils' `whitespace_normalize_name`. */
export function whitespaceNormalize(name: string): string {
  return name.split(/\s+/u).filter((part) => part !== "").join(" ");
}

/** docutils' `normalize_name`: whitespace-normalised and lower-cased. */
export function normalizeName(name: string): string {
  return whitespaceNormalize(name).toLowerCase();
}
