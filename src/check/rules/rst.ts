// Rule `rst`: descriptions and summaries are reStructuredText that renders without warnings or errors.

import { checkRst, PAGE_HEADER_LEVEL, renderRst, type RstDiagnostic } from "../../rst/index.js";
import { isRecord } from "./fields.js";
import { fileRule, type FileFinding, type FileInput, type FileRule } from "../rule.js";

/** The docutils level from which pyvideo/data's CI rejects a text (2: warning). */
export const RST_FAIL_LEVEL = 2;

const LEVEL_NAMES = ["", "INFO", "WARNING", "ERROR", "SEVERE"];

/** The ReST texts of a file the rule checks: talk description and summary, event description. */
export function rstTexts(file: FileInput): { field: string; text: string }[] {
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
export function rstFileFindings(file: FileInput, diagnose: (text: string) => readonly RstDiagnostic[] = (text) => checkRst(text)): FileFinding[] {
  return rstTexts(file).flatMap(({ field, text }) => rstFindings(field, diagnose(text)));
}

/** Reports docutils-level ≥ 2 problems in talk descriptions/summaries and event descriptions. */
export const rstRule = fileRule({
  id: "rst",
  severity: "error",
  description: "Descriptions and summaries are reStructuredText that renders with no message of level 2 or more.",
  checkFile: (file) => rstFileFindings(file),
});

/**
 * The same rule, rendering each text's page HTML (`renderRst` at PAGE_HEADER_LEVEL) and keeping it
 * in `html`: a build's check renders every text once, for the findings and for the pages.
 */
export function rstRuleKeeping(html: [text: string, html: string][]): FileRule {
  const diagnose = (text: string): RstDiagnostic[] => {
    const rendered = renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL });
    html.push([text, rendered.html]);
    return rendered.diagnostics;
  };
  return fileRule({ ...rstRule, checkFile: (file) => rstFileFindings(file, diagnose) });
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
