// Rule `format`: files are in pyvideo/data's canonical JSON form (what tools/reserialize.py writes).

import { canonicalMismatch } from "../../output/canonical-compare.js";
import { fileRule } from "../rule.js";

/** Reports talk and event files that differ from the canonical form; `talkdex fix` rewrites them. */
export const formatRule = fileRule({
  id: "format",
  severity: "warning",
  description: "Files use the canonical form: 2-space indent, sorted keys, ASCII escapes, final newline.",
  fixable: true,
  checkFile(file) {
    const at = canonicalMismatch(file.text, file.value, file.rawNumbers);
    if (at < 0) return [];
    return [
      {
        at: lineAndColumn(file.text, at),
        message: "The file is not in the canonical JSON form (2-space indent, sorted keys, non-ASCII as \\u escapes, final newline).",
        hint: "Run `talkdex fix` to rewrite it.",
      },
    ];
  },
});

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
