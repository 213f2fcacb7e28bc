// What `talkdex serve` prints: the first build, then one line per update with the diagnostics of
// the files concerned, in `talkdex check`'s text format.

import { formatText } from "../check/report-format.js";
import type { SiteUpdate } from "../build/site-builder.js";
import type { Diagnostic } from "../model/diagnostic.js";

/** How many of the data's errors the first build lists before pointing at `talkdex check`. */
export const FIRST_BUILD_LIST_LIMIT = 20;

/** Diagnostics in `talkdex check`'s text format, without its summary line. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], color = false): string {
  if (diagnostics.length === 0) return "";
  const text = formatText({ diagnostics: [...diagnostics], summary: { files: 0, events: 0, talks: 0, errors: 0, warnings: 0 } }, { color });
  return text.replace(/\n[^\n]*\n$/, "\n");
}

/** The report of the first build: what was built and the data's errors (the first few listed). */
export function firstBuildReport(update: SiteUpdate, data: string, color = false): string {
  const errors = update.diagnostics.filter((d) => d.severity === "error");
  const warnings = update.diagnostics.length - errors.length;
  const listed = errors.slice(0, FIRST_BUILD_LIST_LIMIT);
  const more = errors.length - listed.length;
  return (
    formatDiagnostics(listed, color) +
    (more > 0 ? `… and ${more.toLocaleString("en-US")} more error(s): \`talkdex check --data ${data}\` lists them all.\n` : "") +
    `Built ${update.changed.length.toLocaleString("en-US")} files in ${(update.ms / 1000).toFixed(2)} s ` +
    `(${errors.length.toLocaleString("en-US")} error(s), ${warnings.toLocaleString("en-US")} warning(s) in the data); watching ${data} for changes.\n`
  );
}

/** One line per update: when, which data files, what it did. */
export function updateLine(files: readonly string[], update: SiteUpdate, reloaded: number, now: Date): string {
  const time = now.toISOString().slice(11, 19);
  const named = files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
  const ms = `${update.ms.toFixed(0)} ms`;
  const head = update.applied
    ? `${time} ${named}: ${update.changed.length.toLocaleString("en-US")} file(s) changed, ${update.removed.length.toLocaleString("en-US")} removed in ${ms}; ${reloaded} page(s) reloaded.`
    : `${time} ${named}: not applied (a file cannot be read); still serving the last good version. Fix the error(s) below and save again.`;
  return `${head}\n`;
}
