// Rule `format`: files are in pyvideo/data's canonical JSON form (what tools/reserialize.py writes).

import { formatPyvideoJson } from "../../output/canonical-json.js";
import { fileRule } from "../rule.js";

/** Reports talk and event files that differ from the canonical form; `talkdex fix` rewrites them. */
export const formatRule = fileRule({
  id: "format",
  severity: "warning",
  description: "Files use the canonical form: 2-space indent, sorted keys, ASCII escapes, final newline.",
  fixable: true,
  checkFile(file) {
    const canonical = formatPyvideoJson(file.value, { rawNumbers: file.rawNumbers });
    if (file.text === canonical) return [];
    return [
      {
        at: { line: firstDifferentLine(file.text, canonical), column: 1 },
        message: "The file is not in the canonical JSON form (2-space indent, sorted keys, non-ASCII as \\u escapes, final newline).",
        hint: "Run `talkdex fix` to rewrite it.",
      },
    ];
  },
});

function firstDifferentLine(a: string, b: string): number {
  let line = 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return line;
    if (a.charCodeAt(i) === 10) line++;
  }
  return line;
}
