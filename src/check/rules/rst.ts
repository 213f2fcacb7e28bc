// Rule `rst`: descriptions and summaries are reStructuredText that renders without warnings or errors.

import { checkRst, PAGE_HEADER_LEVEL, renderRst, type RstDiagnostic } from "../../rst/index.js";
import { isRecord } from "./fields.js";
import type { Repository } from "../../load/repository.js";
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
  checkFile: (file) => rstFileFindings(file),
});

/**
 * The page HTML of a ReST text, by the file and field it is in: a worker hands back the HTML
 * without the text, which the receiving thread has in its own reading of the same file (on the
 * snapshot, 14 MB of texts not copied into the message and out of it again).
 */
export type RstHtmlEntry = [file: string, field: string, html: string];

/**
 * The same rule, rendering each text's page HTML (`renderRst` at PAGE_HEADER_LEVEL) and keeping it
 * in `html`: a build's check renders every text once, for the findings and for the pages.
 */
export function rstRuleKeeping(html: RstHtmlEntry[]): FileRule {
  return fileRule({
    ...rstRule,
    checkFile: (file) =>
      rstFileFindings(file, (text, field) => {
        const rendered = renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL });
        html.push([file.path, field, rendered.html]);
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

/** The worker's HTML by text (what a build's context is seeded with), the texts from `index`. */
export function rstHtmlByText(entries: readonly RstHtmlEntry[], index: ReadonlyMap<string, string>): Map<string, string> {
  const byText = new Map<string, string>();
  for (const [file, field, html] of entries) {
    const text = index.get(`${file}\0${field}`);
    if (text !== undefined) byText.set(text, html);
  }
  return byText;
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
