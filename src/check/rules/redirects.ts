// Rule `redirects`: redirects.txt lines are well formed and do not repeat an old path.

import type { Rule } from "../rule.js";

/** Reports malformed lines and old paths redirected twice. */
export const redirectsRule: Rule = {
  id: "redirects",
  severity: "error",
  description: "redirects.txt holds one `<old path> <new path>` pair per line, each old path once.",
  run({ repo }, report) {
    const file = repo.redirectsFile;
    if (!file) return;
    const seen = new Map<string, number>();
    for (const r of repo.redirects) {
      if (r.problem) {
        report({ file, at: { line: r.line, column: 1 }, message: `Malformed redirect: ${r.problem}.`, hint: "Write `/old/path /new/path`." });
        continue;
      }
      const first = seen.get(r.from);
      if (first !== undefined)
        report({ file, at: { line: r.line, column: 1 }, severity: "warning", message: `"${r.from}" is already redirected on line ${first}.`, hint: "Keep one of the two lines." });
      else seen.set(r.from, r.line);
    }
  },
};
