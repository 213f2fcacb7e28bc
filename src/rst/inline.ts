// Inline markup parser: a linear-time transcription of docutils' Inliner (start-strings, end-strings, roles,
// references, footnote references, substitutions and standalone URIs).
import type { ParseContext } from "./context.js";
import { normalizeName, report } from "./context.js";
import { escapeToNull, restoreBackslashes, unescape } from "./backslash-escapes.js";
import type { Inline } from "./nodes.js";
import { phraseReference } from "./phrase-reference.js";
import {
  BACKQUOTE_AT,
  END_PATTERNS,
  FOOTNOTE_AT,
  REFNAME_AT,
  SIMPLENAME_AT,
  START_AT,
  type EndKind,
} from "./patterns.js";
import { QUOTE_PAIRS, OPENERS, CLOSERS } from "./punctuation.js";
import { interpretRole } from "./roles.js";
import { isAlnumAt, isPrefixAt, nextAfterPrefix } from "./char-classes.js";
import { standaloneUris } from "./standalone-uri.js";

/** Parse one paragraph's (or title's, or cell's) text into inline nodes; diagnostics go to `ctx`. */
export function parseInline(raw: string, line: number, ctx: ParseContext, refLine = line): Inline[] {
  return new InlineScan(escapeToNull(raw), line, ctx, refLine).run();
}

const NODE_NAMES: Record<string, string> = {
  "*": "emphasis",
  "**": "strong",
  "``": "literal",
  "_`": "target",
  "|": "substitution_reference",
};
const END_KIND: Record<string, EndKind> = {
  "*": "emphasis",
  "**": "strong",
  "``": "literal",
  "_`": "target",
  "|": "substitution",
};

function nextWhitespace(text: string, from: number): number {
  const space = text.indexOf(" ", from);
  const newline = text.indexOf("\n", from);
  return space === -1 ? newline : newline === -1 ? space : Math.min(space, newline);
}

/** State of one scan; a class only to share the linear-time caches between helper steps. */
class InlineScan {
  private readonly out: Inline[] = [];
  private boundary = 0;
  private pieceStart = 0;
  private refSkip = -1;
  private roleSkip = -1;
  private nextUnderscore = -2;
  private nextSpace = -2;
  private readonly endFail = new Map<EndKind, number>();

  constructor(
    private readonly text: string,
    private readonly line: number,
    private readonly ctx: ParseContext,
    /** Line that reference-resolution messages report (a title's references report its underline). */
    private readonly refLine: number,
  ) {}

  run(): Inline[] {
    const { text } = this;
    const n = text.length;
    let q = 0;
    while (q < n) {
      if (q === this.boundary || isPrefixAt(text, q - 1)) {
        const code = text.charCodeAt(q);
        const special = code === 42 || code === 96 || code === 95 || code === 124 || code === 91 || code === 58;
        if (special || isAlnumAt(text, q)) {
          const next = this.tryAt(q, text[q]!);
          if (next !== undefined) {
            q = next;
            continue;
          }
        }
      }
      // Start-strings can only follow whitespace, openers and delimiters: jump to the next such character.
      const next = nextAfterPrefix(text, q);
      if (next === -1) break;
      q = next;
    }
    this.flush(n);
    return this.out;
  }

  /** Try every construct starting at q; returns the position to continue from, or undefined if none. */
  private tryAt(q: number, c: string): number | undefined {
    const { text } = this;
    if (c === "*" || c === "`" || c === "_" || c === "|") {
      START_AT.lastIndex = q;
      const m = START_AT.exec(text);
      if (m) return this.inlineObject(q, m[1]!);
    }
    if (c === "[") {
      FOOTNOTE_AT.lastIndex = q;
      const m = FOOTNOTE_AT.exec(text);
      if (m) return this.footnoteReference(q, m);
      return undefined;
    }
    if (c === ":" || c === "`") {
      if (c === ":" && q < this.roleSkip) return undefined;
      BACKQUOTE_AT.lastIndex = q;
      const m = BACKQUOTE_AT.exec(text);
      if (m) return this.interpreted(q, m);
      if (c === ":") this.roleSkip = this.simplenameEnd(q + 1);
      return undefined;
    }
    if (c !== "_" && c !== "*" && c !== "|") return this.reference(q);
    return undefined;
  }

  private simplenameEnd(q: number): number {
    SIMPLENAME_AT.lastIndex = q;
    const m = SIMPLENAME_AT.exec(this.text);
    return m ? q + m[0].length : q;
  }

  private reference(q: number): number | undefined {
    if (q < this.refSkip) return undefined;
    if (this.nextUnderscore !== -1 && this.nextUnderscore < q) this.nextUnderscore = this.text.indexOf("_", q);
    if (this.nextUnderscore === -1) return undefined;
    // A reference name cannot contain whitespace: if the next underscore lies past it, nothing to do.
    if (this.nextSpace !== -1 && this.nextSpace < q) this.nextSpace = nextWhitespace(this.text, q);
    if (this.nextSpace !== -1 && this.nextSpace < this.nextUnderscore) return undefined;
    const end = this.simplenameEnd(q);
    if (end < this.nextUnderscore) {
      this.refSkip = end;
      return undefined;
    }
    REFNAME_AT.lastIndex = q;
    const m = REFNAME_AT.exec(this.text);
    if (!m) {
      this.refSkip = end;
      return undefined;
    }
    const name = m[1]!;
    const refend = m[2]!;
    const after = q + name.length + refend.length;
    const raw = name + refend;
    if (refend === "_") this.ctx.refnames.add(normalizeName(name));
    else this.ctx.needsResolution = true;
    const node: Inline =
      refend === "__"
        ? { kind: "reference", ref: { anonymous: true, line: this.refLine }, children: [{ kind: "text", text: name }], raw }
        : { kind: "reference", ref: { refname: normalizeName(name), line: this.refLine }, children: [{ kind: "text", text: name }], raw };
    return this.emit(q, [node], after);
  }

  /** docutils' quoted_start: a start-string enclosed in matching brackets/quotes is not markup. */
  private quotedStart(start: number, end: number): boolean {
    if (start === this.boundary) return false;
    if (end >= this.text.length) return true;
    const pre = this.text[start - 1]!;
    const post = this.text[end]!;
    const i = OPENERS.indexOf(pre);
    if (i === -1 || pre === "\\" || pre === "-") return false;
    return post === CLOSERS[i] || (QUOTE_PAIRS[pre] ?? "").includes(post);
  }

  /** Search an end-string from `from`, remembering failures so repeated searches stay linear. */
  private findEnd(kind: EndKind, from: number): RegExpExecArray | null {
    const failed = this.endFail.get(kind);
    if (failed !== undefined && from >= failed) return null;
    const re = END_PATTERNS[kind];
    re.lastIndex = from;
    const m = re.exec(this.text);
    if (!m) this.endFail.set(kind, from);
    return m;
  }

  private inlineObject(q: number, marker: string): number {
    const matchEnd = q + marker.length;
    if (this.quotedStart(q, matchEnd)) {
      this.boundary = matchEnd;
      return matchEnd;
    }
    const kind = END_KIND[marker]!;
    const m = this.findEnd(kind, matchEnd);
    if (m && m.index > matchEnd) {
      const inner = this.text.slice(matchEnd, m.index);
      const endString = m[1]!;
      const after = m.index + endString.length;
      return this.emit(q, this.makeObject(marker, inner, endString), after);
    }
    report(this.ctx, 2, `Inline ${NODE_NAMES[marker]} start-string without end-string.`, this.line);
    return this.emit(q, [{ kind: "problematic", text: restoreBackslashes(marker) }], matchEnd);
  }

  private makeObject(marker: string, inner: string, endString: string): Inline[] {
    switch (marker) {
      case "*":
        return [{ kind: "emphasis", children: [{ kind: "text", text: unescape(inner) }] }];
      case "**":
        return [{ kind: "strong", children: [{ kind: "text", text: unescape(inner) }] }];
      case "``":
        return [{ kind: "literal", text: restoreBackslashes(inner) }];
      case "_`": {
        const text = unescape(inner);
        const names = [normalizeName(text)];
        this.ctx.targets.push({ names, anonymous: false, internal: true, line: this.ctx.stateLine || this.line });
        return [{ kind: "inline-target", names, children: [{ kind: "text", text }] }];
      }
      default: {
        const name = unescape(inner);
        const sub: Inline = { kind: "substitution", name, line: this.refLine, children: [] };
        this.ctx.needsResolution = true;
        const raw = `|${restoreBackslashes(inner)}${endString}`;
        if (endString.endsWith("_") && !endString.endsWith("__")) this.ctx.refnames.add(normalizeName(name));
        if (endString.endsWith("__")) return [{ kind: "reference", ref: { anonymous: true, line: this.refLine }, children: [sub], raw }];
        if (endString.endsWith("_"))
          return [{ kind: "reference", ref: { refname: normalizeName(name), line: this.refLine }, children: [sub], raw }];
        return [sub];
      }
    }
  }

  private footnoteReference(q: number, m: RegExpExecArray): number {
    const label = m[1]!;
    const after = q + m[0].length;
    if (m[2] !== undefined) {
      // Citation references render as their label in brackets; we have no citations to link to.
      return this.emit(q, [{ kind: "text", text: `[${label}]` }], after);
    }
    const auto = label.startsWith("#") ? "#" : label === "*" ? "*" : "";
    const name = auto === "#" ? normalizeName(label.slice(1)) : auto === "*" ? "" : normalizeName(label);
    this.ctx.needsResolution = true;
    return this.emit(q, [{ kind: "footnote-reference", ref: { label: name, auto, line: this.refLine } }], after);
  }

  private interpreted(q: number, m: RegExpExecArray): number {
    const { text } = this;
    const prefixRole = m[1];
    const matchStart = q + (prefixRole?.length ?? 0);
    const matchEnd = matchStart + 1;
    if (!prefixRole && this.quotedStart(q, matchEnd)) {
      this.boundary = matchEnd;
      return matchEnd;
    }
    const end = this.findEnd("interpreted", matchEnd);
    if (end && end.index > matchEnd) {
      const textEnd = end.index + end[0].length;
      let role = prefixRole ? prefixRole.slice(1, -1) : undefined;
      const suffixRole = end[3];
      if (suffixRole) {
        if (role !== undefined) {
          report(this.ctx, 2, "Multiple roles in interpreted text (both prefix and suffix present; only one allowed).", this.line);
          return this.emit(q, [{ kind: "problematic", text: restoreBackslashes(text.slice(q, textEnd)) }], textEnd);
        }
        role = suffixRole.slice(1, -1);
      }
      const escaped = text.slice(matchEnd, end.index);
      const refend = end[4] ?? "";
      if (refend) {
        if (role !== undefined) {
          const position = prefixRole ? "prefix" : "suffix";
          report(this.ctx, 2, `Mismatch: both interpreted text role ${position} and reference suffix.`, this.line);
          return this.emit(q, [{ kind: "problematic", text: restoreBackslashes(text.slice(q, textEnd)) }], textEnd);
        }
        const raw = restoreBackslashes(text.slice(matchStart, textEnd));
        return this.emit(matchStart, phraseReference(escaped, refend === "__", raw, this.refLine, this.ctx), textEnd);
      }
      const rawsource = restoreBackslashes(text.slice(q, textEnd));
      return this.emit(q, interpretRole(role ?? "", escaped, rawsource, this.line, this.ctx), textEnd);
    }
    report(this.ctx, 2, "Inline interpreted text or phrase reference start-string without end-string.", this.line);
    return this.emit(matchStart, [{ kind: "problematic", text: "`" }], matchEnd);
  }

  /** Flush plain text before `start`, append nodes, and move the boundary to `after`. */
  private emit(start: number, nodes: Inline[], after: number): number {
    this.flush(start);
    for (const node of nodes) this.out.push(node);
    this.pieceStart = after;
    this.boundary = after;
    return after;
  }

  private flush(end: number): void {
    if (end > this.pieceStart) {
      for (const node of standaloneUris(this.text.slice(this.pieceStart, end))) this.out.push(node);
    }
    this.pieceStart = end;
  }
}
