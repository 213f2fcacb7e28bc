// Printing check results: text for people, JSON for tools, annotations for GitHub workflows.

import type { Diagnostic } from "../model/diagnostic.js";
import type { CheckResult } from "./check-repository.js";

/** The output formats of `talkdex check`. */
export type ReportFormat = "text" | "json" | "github";

/** Options of the text format. */
export interface TextOptions {
  color?: boolean;
  /** Milliseconds the check took, shown in the summary line. */
  elapsedMs?: number;
}

const RED = "\x1b[31m";
const YELLOW = "\x1b[33m";
const DIM = "\x1b[2m";
const BOLD = "\x1b[1m";
const RESET = "\x1b[0m";

/** `path:line:col  severity  rule  message`, grouped by file, each followed by its hint. */
export function formatText(result: CheckResult, options: TextOptions = {}): string {
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of result.diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push("");
      lines.push(paint(BOLD, d.file));
      current = d.file;
    }
    const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
    const severity = d.severity === "error" ? paint(RED, "error  ") : paint(YELLOW, "warning");
    lines.push(`  ${where}  ${severity}  ${paint(DIM, d.rule)}  ${d.message}`);
    if (d.hint) lines.push(`      ${paint(DIM, "hint:")} ${d.hint}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(result, options.elapsedMs));
  return `${lines.join("\n")}\n`;
}

/** One line: what was checked and what was found. */
export function summaryLine(result: CheckResult, elapsedMs?: number): string {
  const { files, events, talks, errors, warnings } = result.summary;
  const n = (x: number): string => x.toLocaleString("en-US");
  const time = elapsedMs === undefined ? "" : ` in ${(elapsedMs / 1000).toFixed(2)} s`;
  return `Checked ${n(files)} files (${n(events)} events, ${n(talks)} talks)${time}: ${n(errors)} error(s), ${n(warnings)} warning(s).`;
}

/** The documented JSON shape: `{diagnostics: [...], summary: {...}}`. */
export function formatJson(result: CheckResult): string {
  const diagnostics = result.diagnostics.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    message: d.message,
    hint: d.hint ?? null,
  }));
  return `${JSON.stringify({ diagnostics, summary: result.summary }, null, 2)}\n`;
}

/** GitHub Actions workflow commands (`::error file=…,line=…::message`); `prefix` makes paths repository-relative. */
export function formatGithub(result: CheckResult, prefix = ""): string {
  const out = result.diagnostics.map((d) => {
    const props = [`file=${escapeProperty(prefix + d.file)}`];
    if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
    props.push(`title=${escapeProperty(`talkdex ${d.rule}`)}`);
    return `::${d.severity} ${props.join(",")}::${escapeData(message(d))}`;
  });
  out.push(summaryLine(result));
  return `${out.join("\n")}\n`;
}

function message(d: Diagnostic): string {
  return d.hint ? `${d.message}\n${d.hint}` : d.message;
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
