// Rule `format`: files are in pyvideo/data's canonical JSON form (what tools/reserialize.py writes).

import { formatPyvideoJson } from "../../output/canonical-json.js";
import type { Rule } from "../rule.js";

/** Reports talk and event files that differ from the canonical form; `talkdex fix` rewrites them. */
export const formatRule: Rule = {
  id: "format",
  severity: "warning",
  description: "Files use the canonical form: 2-space indent, sorted keys, ASCII escapes, final newline.",
  fixable: true,
  run({ repo }, report) {
    for (const event of repo.events)
      for (const file of [event.category, ...event.talks.map((t) => t.file)]) {
        if (!file || file.value === undefined || file.text === undefined || file.problems.length > 0) continue;
        const canonical = formatPyvideoJson(file.value, { rawNumbers: file.rawNumbers });
        if (file.text === canonical) continue;
        const line = firstDifferentLine(file.text, canonical);
        report({
          file,
          at: { line, column: 1 },
          message: "The file is not in the canonical JSON form (2-space indent, sorted keys, non-ASCII as \\u escapes, final newline).",
          hint: "Run `talkdex fix` to rewrite it.",
        });
      }
  },
};

function firstDifferentLine(a: string, b: string): number {
  let line = 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return line;
    if (a.charCodeAt(i) === 10) line++;
  }
  return line;
}
