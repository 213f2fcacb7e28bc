// Descriptions from platforms are plain text, but talk files hold reStructuredText: text that docutils
// would reject (an unmatched `*`, a stray `_`) is made safe so the imported talk passes `talkdex check`.

import { RST_FAIL_LEVEL } from "../check/rules/rst.js";
import { checkRst } from "../rst/index.js";

/** The text itself when it renders cleanly, else with inline markup escaped, else as one literal block. */
export function safeDescription(text: string): string {
  const plain = text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
  if (plain === "" || renders(plain)) return plain;
  const escaped = plain.replace(/[\\*`_|[\]]/g, (c) => `\\${c}`);
  if (renders(escaped)) return escaped;
  // A literal block shows every character as written, and docutils never complains about its body.
  return `::\n\n${plain.split("\n").map((line) => (line === "" ? "" : `    ${line}`)).join("\n")}`;
}

function renders(text: string): boolean {
  return checkRst(text).every((d) => d.level < RST_FAIL_LEVEL);
}
