// The interface block-level construct parsers use to call back into the body parser.
import type { ParseContext } from "./context.js";
import type { Block, Inline, TargetDef } from "./nodes.js";

/** Title adornment bookkeeping shared by a document's sections (docutils' memo.title_styles). */
export interface SectionMemo {
  styles: string[];
  level: number;
}

/** A section title found while parsing; nesting is done once the whole document is parsed. */
export interface TitleMarker {
  kind: "title-marker";
  title: Inline[];
  text: string;
  level: number;
  line: number;
  /** The section's implicit target (its id is assigned during reference resolution). */
  target: TargetDef;
}

/** What construct parsers may ask of the body parser. */
export interface BodyParser {
  readonly ctx: ParseContext;
  readonly memo: SectionMemo;
  /** Parse lines (already dedented) as body elements; `first` is the absolute line number of lines[0]. */
  nested(lines: string[], first: number, matchTitles?: boolean): Block[];
  /** Parse inline markup. */
  inline(text: string, line: number, refLine?: number): Inline[];
}

/** Output of a body parse: blocks plus, at section level, title markers. */
export type BodyItem = Block | TitleMarker;

/** A construct parser: consumes lines from index i and appends to `out`; returns the next index, or undefined to decline. */
export type ConstructParser = (p: BodyParser, lines: readonly string[], i: number, first: number, out: BodyItem[], matchTitles: boolean) => number | undefined;
