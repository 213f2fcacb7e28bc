// Block parser: docutils' Body/Text state machine over indented lines, producing the block tree.
import type { ParseContext } from "./context.js";
import { normalizeName, report } from "./context.js";
import { inlineText } from "./text.js";
import { explicitMarkup, anonymousTarget } from "./explicit.js";
import { getIndented, trimEnd } from "./indented.js";
import { parseInline } from "./inline.js";
import { splitAttribution } from "./attribution.js";
import { literalBlock } from "./literal-blocks.js";
import { columnWidth } from "./lines.js";
import { ADORNMENT, ANONYMOUS, BULLET, DOCTEST, EXPLICIT, FIELD, GRID_TOP, LINE_BLOCK, OPTION, SIMPLE_TOP } from "./line-kinds.js";
import { optionList } from "./option-list.js";
import { bulletList, definitionList, enumeratedList, fieldList, lineBlock, ENUMERATOR } from "./lists.js";
import type { Block, Inline, TargetDef } from "./nodes.js";
import type { BodyItem, BodyParser, SectionMemo } from "./parser-types.js";
import { sectionLevel } from "./sections.js";
import { gridTable, simpleTable } from "./tables.js";

const LITERAL_MARK = /(?<!\\)(?:\\\\)*::$/;
const MAX_DEPTH = 60;

/** Parse a whole document's lines into body items (title markers included); `first` is 1 for a document. */
export function parseDocument(lines: string[], ctx: ParseContext): BodyItem[] {
  const memo: SectionMemo = { styles: [], level: 0 };
  return new Parser(ctx, memo, 0).body(lines, 1, true);
}

class Parser implements BodyParser {
  constructor(
    readonly ctx: ParseContext,
    readonly memo: SectionMemo,
    private readonly depth: number,
  ) {}

  nested(lines: string[], first: number, matchTitles = false): Block[] {
    if (this.depth >= MAX_DEPTH) {
      // Pathological nesting: keep the text, stop interpreting structure (docutils would recurse further).
      const text = trimEnd(lines).join("\n");
      return text.trim() ? [{ kind: "literal-block", text }] : [];
    }
    const child = new Parser(this.ctx, this.memo, this.depth + 1);
    return child.body(lines, first, matchTitles) as Block[];
  }

  inline(text: string, line: number, refLine?: number): Inline[] {
    return parseInline(text, line, this.ctx, refLine);
  }

  /** The Body state loop. */
  body(lines: string[], first: number, matchTitles: boolean): BodyItem[] {
    const out: BodyItem[] = [];
    let i = 0;
    const n = lines.length;
    while (i < n) {
      const line = lines[i]!;
      if (line === "") {
        i++;
        continue;
      }
      if (line.charCodeAt(0) === 32) {
        i = this.blockQuote(lines, i, first, out);
        continue;
      }
      const next = this.construct(lines, i, first, out, matchTitles);
      i = next ?? this.text(lines, i, first, out, matchTitles);
    }
    return out;
  }

  private construct(lines: string[], i: number, first: number, out: BodyItem[], matchTitles: boolean): number | undefined {
    const line = lines[i]!;
    const c = line[0]!;
    if (BULLET.test(line)) return bulletList(this, lines, i, first, out, matchTitles);
    if (ENUMERATOR.test(line)) {
      const r = enumeratedList(this, lines, i, first, out, matchTitles);
      if (r !== undefined) return r;
      return this.text(lines, i, first, out, matchTitles);
    }
    if (c === ":" && FIELD.test(line)) return fieldList(this, lines, i, first, out, matchTitles);
    if ((c === "-" || c === "+" || c === "/") && OPTION.test(line)) {
      const r = optionList(this, lines, i, first, out, matchTitles);
      return r ?? this.text(lines, i, first, out, matchTitles);
    }
    if (c === ">" && DOCTEST.test(line)) return this.doctest(lines, i, first, out);
    if (c === "|" && LINE_BLOCK.test(line)) return lineBlock(this, lines, i, first, out, matchTitles);
    if (c === "+" && GRID_TOP.test(line)) return gridTable(this, lines, i, first, out, matchTitles);
    if (c === "=" && SIMPLE_TOP.test(line)) return simpleTable(this, lines, i, first, out, matchTitles);
    if (c === "." && EXPLICIT.test(line)) return explicitMarkup(this, lines, i, first, out, matchTitles);
    if (c === "_" && ANONYMOUS.test(line)) return anonymousTarget(this, lines, i, first, out, matchTitles);
    if (ADORNMENT.test(line)) return this.adornment(lines, i, first, out, matchTitles);
    return undefined;
  }

  private doctest(lines: string[], i: number, first: number, out: BodyItem[]): number {
    let end = i;
    while (end < lines.length && lines[end] !== "") end++;
    out.push({ kind: "doctest-block", text: lines.slice(i, end).join("\n") });
    return end;
  }

  /** Body.indent: a block quote, possibly with attributions, possibly several in a row. */
  private blockQuote(lines: string[], i: number, first: number, out: BodyItem[]): number {
    const block = getIndented(lines, i, first);
    let rest = block.lines;
    let offset = block.first;
    while (rest.length > 0) {
      const split = splitAttribution(rest);
      const children = this.nested(split.quote, offset);
      const quote: Block = { kind: "block-quote", children };
      if (split.attribution) quote.attribution = this.inline(split.attribution.join("\n"), offset + split.quote.length);
      out.push(quote);
      offset += split.consumed;
      rest = split.rest;
      while (rest.length > 0 && rest[0] === "") {
        rest = rest.slice(1);
        offset++;
      }
    }
    if (!block.blankFinish) report(this.ctx, 2, "Block quote ends without a blank line; unexpected unindent.", first + block.end);
    return block.end;
  }

  /** Body.line: a line of punctuation at the start of a construct. */
  private adornment(lines: string[], i: number, first: number, out: BodyItem[], matchTitles: boolean): number | undefined {
    const line = lines[i]!;
    const marker = line.trim();
    const lineno = first + i;
    if (!matchTitles) {
      if (marker === "::") return undefined;
      if (marker.length < 4) {
        report(this.ctx, 1, "Unexpected possible title overline or transition.\nTreating it as ordinary text because it's so short.", lineno);
        return undefined;
      }
      report(this.ctx, 4, "Unexpected section title or transition.", lineno);
      return i + 1;
    }
    const next = lines[i + 1];
    if (next === undefined || next === "") {
      if (marker.length < 4) return undefined;
      out.push({ kind: "transition", line: lineno });
      return i + 1;
    }
    if (ADORNMENT.test(next)) {
      if (marker.length < 4) {
        this.shortOverline(lineno);
        return undefined;
      }
      report(this.ctx, 3, "Invalid section title or transition marker.", lineno);
      return i + 2;
    }
    // Potential over- and underlined title.
    const title = next;
    const under = lines[i + 2];
    const overline = line.trimEnd();
    if (under === undefined) {
      if (overline.length < 4) {
        this.shortOverline(lineno);
        return undefined;
      }
      report(this.ctx, 4, "Incomplete section title.", lineno);
      return i + 2;
    }
    const underline = under.trimEnd();
    if (!ADORNMENT.test(underline)) {
      if (overline.length < 4) {
        this.shortOverline(lineno);
        return undefined;
      }
      report(this.ctx, 4, "Missing matching underline for section title overline.", lineno);
      return i + 3;
    }
    if (overline !== underline) {
      if (overline.length < 4) {
        this.shortOverline(lineno);
        return undefined;
      }
      report(this.ctx, 4, "Title overline & underline mismatch.", lineno);
      return i + 3;
    }
    const titleText = title.trimEnd();
    if (columnWidth(titleText) > overline.length) {
      if (overline.length < 4) {
        this.shortOverline(lineno);
        return undefined;
      }
      report(this.ctx, 2, "Title overline too short.", lineno);
    }
    this.section(titleText.trimStart(), overline[0]! + underline[0]!, lineno + 1, out, columnWidth(titleText) > overline.length);
    return i + 3;
  }

  private shortOverline(lineno: number): void {
    report(this.ctx, 1, "Possible incomplete section title.\nTreating the overline as ordinary text because it's so short.", lineno);
  }

  private section(title: string, style: string, lineno: number, out: BodyItem[], warned = false): void {
    // References in a title report the underline's line when resolution fails, as docutils does.
    const level = sectionLevel(this.memo, style);
    if (level === undefined) {
      report(this.ctx, 4, "Title level inconsistent:", lineno);
      return;
    }
    const refLine = style.length === 1 ? lineno + 1 : lineno;
    const children = this.inline(title, lineno, refLine);
    const name = normalizeName(inlineText(children));
    const target: TargetDef = { names: name ? [name] : [], anonymous: false, internal: true, implicit: true, line: refLine };
    this.ctx.targets.push(target);
    out.push({ kind: "title-marker", title: children, text: title, level, line: lineno, target });
    // docutils keeps a title's warning as the section's first child; an invisible node stands in for it so
    // that "section may not begin with a transition" is judged the same way.
    if (warned) out.push({ kind: "comment" });
  }

  /** The Text state, entered with a non-construct line at i. Returns the next index. */
  text(lines: string[], i: number, first: number, out: BodyItem[], matchTitles: boolean): number {
    const next = lines[i + 1];
    if (next === undefined || next === "") return this.paragraph(lines, i, i + 1, first, out);
    if (next.charCodeAt(0) === 32) return definitionList(this, lines, i, first, out, matchTitles) ?? i + 1;
    if (ADORNMENT.test(next)) {
      const r = this.underline(lines, i, first, out, matchTitles);
      if (r !== undefined) return r;
    }
    // A paragraph: lines up to a blank line; an indented line interrupts it.
    let end = i + 1;
    while (end < lines.length && lines[end] !== "" && lines[end]!.charCodeAt(0) !== 32) end++;
    if (end < lines.length && lines[end] !== "") {
      const r = this.paragraph(lines, i, end, first, out);
      report(this.ctx, 3, "Unexpected indentation.", first + end);
      return r;
    }
    return this.paragraph(lines, i, end, first, out);
  }

  /** Text.underline: a title underlined on the next line. */
  private underline(lines: string[], i: number, first: number, out: BodyItem[], matchTitles: boolean): number | undefined {
    const title = lines[i]!.trimEnd();
    const underline = lines[i + 1]!.trimEnd();
    const lineno = first + i + 1;
    let tooShort = false;
    if (columnWidth(title) > underline.length) {
      if (underline.length < 4) {
        if (matchTitles) report(this.ctx, 1, "Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.", lineno);
        return undefined;
      }
      tooShort = true;
    }
    if (!matchTitles) {
      if (tooShort) report(this.ctx, 2, "Title underline too short.", lineno);
      report(this.ctx, 4, "Unexpected section title.", lineno);
      return i + 2;
    }
    if (tooShort) report(this.ctx, 2, "Title underline too short.", lineno);
    this.section(title, underline[0]!, first + i, out, tooShort);
    return i + 2;
  }

  /** Body.paragraph plus the literal block that may follow a `::`. */
  private paragraph(lines: string[], start: number, end: number, first: number, out: BodyItem[]): number {
    const data = lines.slice(start, end).join("\n").trimEnd();
    const lineno = first + start;
    let text = data;
    let literalNext = false;
    if (LITERAL_MARK.test(data)) {
      literalNext = true;
      if (data.length === 2) text = "";
      else if (data[data.length - 3] === " " || data[data.length - 3] === "\n") text = data.slice(0, -3).trimEnd();
      else text = data.slice(0, -1);
    }
    // Single-line paragraphs are parsed with the state machine on the following line, longer ones on their last.
    this.ctx.stateLine = end - start === 1 ? lineno + 1 : first + end - 1;
    if (!(literalNext && data.length === 2)) out.push({ kind: "paragraph", children: this.inline(text, lineno) });
    this.ctx.stateLine = 0;
    return literalNext ? literalBlock(this.ctx, lines, end, first, out) : end;
  }

}
