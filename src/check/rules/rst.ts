// Rule `rst`: descriptions and summaries are reStructuredText that renders without warnings or errors.

import { checkRst, PAGE_HEADER_LEVEL, renderRst, type RstDiagnostic } from "../../rst/index.js";
import { isRecord } from "./fields.js";
import type { Repository } from "../../load/repository.js";
import { packedText, packTexts } from "../../output/byte-arena.js";
import { fileRule, type FileFinding, type FileInput, type FileRule } from "../rule.js";

/** The docutils level from which pyvideo/data's CI rejects a text (2: warning). */
export const RST_FAIL_LEVEL = 2;

const LEVEL_NAMES = ["", "INFO", "WARNING", "ERROR", "SEVERE"];

/** The ReST texts of a file the rule checks: talk description and summary, event description. */
export function rstTexts(file: Pick<FileInput, "kind" | "value">): { field: string; text: string }[] {
  if (!isRecord(file.value)) return [];
  const out: { field: string; text: string }[] = [];
  for (const field of file.kind === "talk" ? ["description", "summary"] : ["description"]) {
    const text = file.value[field];
    if (typeof text === "string" && text.trim() !== "") out.push({ field, text });
  }
  return out;
}

/** The findings for one field from the renderer's diagnostics (those of level ≥ 2). */
export function rstFindings(field: string, diagnostics: readonly RstDiagnostic[]): FileFinding[] {
  return diagnostics
    .filter((d) => d.level >= RST_FAIL_LEVEL)
    .map((d) => ({
      // A JSON string sits on one line of the file: point at the field, name the line of the text.
      at: [field],
      message: `"${field}", line ${d.line} of the text: (${LEVEL_NAMES[d.level] ?? d.level}/${d.level}) ${d.message}`,
      hint: rstHint(d.message),
    }));
}

/**
 * The rule's findings for a file, each text's diagnostics coming from `diagnose` (the rule checks
 * without writing HTML; a build's worker renders, keeps the HTML and returns the same diagnostics).
 */
export function rstFileFindings(file: FileInput, diagnose: (text: string, field: string) => readonly RstDiagnostic[] = (text) => checkRst(text)): FileFinding[] {
  return rstTexts(file).flatMap(({ field, text }) => rstFindings(field, diagnose(text, field)));
}

/** Reports docutils-level ≥ 2 problems in talk descriptions/summaries and event descriptions. */
export const rstRule = fileRule({
  id: "rst",
  severity: "error",
  description: "Descriptions and summaries are reStructuredText that renders with no message of level 2 or more.",
  valuesOnly: true,
  checkFile: (file) => rstFileFindings(file),
});

/**
 * The page HTML of the ReST texts a worker rendered, by the file and field each text is in (`keys`:
 * `file\0field`): the receiving thread has the texts in its own reading of the same files (on the
 * snapshot, 14 MB of texts not copied into the message and out of it again). The HTML is UTF-8, one
 * text after the other (`ends`), in a buffer the message moves rather than copies: 18,000 strings
 * (16 MB) serialized by the worker and made again on the receiving thread, whose collector then
 * copied them twice more as they lived through the build, cost more than decoding each once, when
 * its page is rendered.
 */
export interface RstHtmlPack {
  readonly keys: readonly string[];
  readonly html: Uint8Array;
  readonly ends: Int32Array;
}

/** Collects rendered HTML into an `RstHtmlPack`. */
export class RstHtmlPacker {
  readonly #keys: string[] = [];
  readonly #html: string[] = [];

  add(file: string, field: string, html: string): void {
    this.#keys.push(`${file}\0${field}`);
    this.#html.push(html);
  }

  /** What was collected; its `html.buffer` can be transferred. */
  pack(): RstHtmlPack {
    const { bytes, ends } = packTexts(this.#html);
    return { keys: this.#keys, html: bytes, ends };
  }
}

/**
 * The same rule, rendering each text's page HTML (`renderRst` at PAGE_HEADER_LEVEL) and keeping it
 * in `html`: a build's check renders every text once, for the findings and for the pages.
 */
export function rstRuleKeeping(html: RstHtmlPacker): FileRule {
  return fileRule({
    ...rstRule,
    checkFile: (file) =>
      rstFileFindings(file, (text, field) => {
        const rendered = renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL });
        html.add(file.path, field, rendered.html);
        return rendered.diagnostics;
      }),
  });
}

/** Every ReST text the rule checks in `repo`, by file and field (`rstHtmlByText`'s lookup). */
export function rstTextIndex(repo: Repository): Map<string, string> {
  const index = new Map<string, string>();
  const add = (path: string, kind: FileInput["kind"], value: unknown): void => {
    for (const { field, text } of rstTexts({ kind, value })) index.set(`${path}\0${field}`, text);
  };
  for (const event of repo.events) {
    if (event.category) add(event.category.path, "event", event.category.value);
    for (const talk of event.talks) add(talk.file.path, "talk", talk.file.value);
  }
  return index;
}

/** HTML by ReST text, as UTF-8 (views of one buffer): what a build's context is seeded with. */
export type RstHtml = ReadonlyMap<string, Uint8Array>;

/** The worker's HTML by text, the texts from `index`. */
export function rstHtmlByText(pack: RstHtmlPack, index: ReadonlyMap<string, string>): Map<string, Uint8Array> {
  const byText = new Map<string, Uint8Array>();
  const { keys, html, ends } = pack;
  keys.forEach((key, i) => {
    const text = index.get(key);
    if (text !== undefined) byText.set(text, packedText(html, ends, i));
  });
  return byText;
}

/** One text's HTML from an `RstHtml` value. */
export function rstHtmlText(html: Uint8Array): string {
  return Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString("utf8");
}

function rstHint(message: string): string {
  if (/Unknown target name/i.test(message)) return "A `word`_ reference needs a matching `.. _word: URL` target; or escape the underscore (`word`\\_).";
  if (/underline too short/i.test(message)) return "Make the underline at least as long as the title.";
  if (/start-string without end-string/i.test(message)) return "Close the markup, or escape the character with a backslash.";
  if (/Unknown directive/i.test(message)) return "Use a directive docutils knows (e.g. code-block, image), or write the text as a literal block.";
  if (/Duplicate/i.test(message)) return "Give each target or link a unique name (use anonymous links `text <url>`__ for repeats).";
  if (/raw|include/i.test(message)) return "Raw HTML and included files are not allowed in descriptions; write the content as reStructuredText.";
  return "Fix the reStructuredText at that line (see https://docutils.sourceforge.io/docs/user/rst/quickref.html).";
}
