// reStructuredText to safe HTML: the public entry point (parse blocks, resolve references, write HTML).
import { parseDocument } from "./block-parser.js";
import { newContext } from "./context.js";
import { bodyBlocks } from "./doc-title.js";
import { escapeHtml } from "./escape.js";
import { writeHtml } from "./html-writer.js";
import { toLines } from "./lines.js";
import { resolveReferences } from "./references.js";
import { nestSections } from "./sections.js";
import { checkTransitions } from "./transitions.js";

/** A problem found in the text, with docutils' level (1 info, 2 warning, 3 error, 4 severe) and wording. */
export interface RstDiagnostic {
  /** 1-based line within the text (where docutils gives none, the nearest sensible line). */
  line: number;
  level: 1 | 2 | 3 | 4;
  message: string;
}

/** The rendered body HTML and every diagnostic. */
export interface RstResult {
  html: string;
  diagnostics: RstDiagnostic[];
}

/** The heading level of a description's top sections on talkdex's pages (as on pyvideo.org). */
export const PAGE_HEADER_LEVEL = 4;

/** Rendering options. */
export interface RstOptions {
  /** Heading level of top sections (default 4, as on pyvideo.org). */
  initialHeaderLevel?: number;
}

/** Render reStructuredText to safe HTML; never throws on any input. */
export function renderRst(text: string, options: RstOptions = {}): RstResult {
  const ctx = newContext(options.initialHeaderLevel ?? 4);
  try {
    const items = parseDocument(toLines(text), ctx);
    const blocks = nestSections(items);
    resolveReferences(blocks, ctx);
    const body = checkTransitions(bodyBlocks(blocks), ctx);
    const html = writeHtml(body, { initialHeaderLevel: ctx.initialHeaderLevel });
    return { html, diagnostics: ctx.messages };
  } catch (error) {
    // A bug must not take a page down: fall back to the escaped text and say why.
    const message = `Internal error while rendering: ${error instanceof Error ? error.message : String(error)}`;
    return { html: `<pre class="literal-block">${escapeHtml(text)}</pre>\n`, diagnostics: [...ctx.messages, { line: 1, level: 4, message }] };
  }
}

/** The diagnostics `renderRst` would report, without writing the HTML (for checks: a tenth faster). */
export function checkRst(text: string, options: RstOptions = {}): RstDiagnostic[] {
  const ctx = newContext(options.initialHeaderLevel ?? 4);
  try {
    // The writer reports nothing: every diagnostic comes from parsing and resolving.
    checkTransitions(bodyBlocks(resolved(parseDocument(toLines(text), ctx), ctx)), ctx);
    return ctx.messages;
  } catch (error) {
    const message = `Internal error while rendering: ${error instanceof Error ? error.message : String(error)}`;
    return [...ctx.messages, { line: 1, level: 4, message }];
  }
}

function resolved(items: ReturnType<typeof parseDocument>, ctx: ReturnType<typeof newContext>): ReturnType<typeof nestSections> {
  const blocks = nestSections(items);
  resolveReferences(blocks, ctx);
  return blocks;
}
