// Backslash-escape handling: docutils turns `\x` into NUL + x before inline parsing and strips NULs afterwards.

/** Replace each backslash escape by NUL followed by the escaped character. */
export function escapeToNull(text: string): string {
  if (!text.includes("\\")) return text;
  let out = "";
  let start = 0;
  for (;;) {
    const found = text.indexOf("\\", start);
    if (found === -1) return out + text.slice(start);
    out += text.slice(start, found) + "\x00" + text.slice(found + 1, found + 2);
    start = found + 2;
  }
}

/** Remove escape markers; escaped whitespace disappears entirely, as in docutils. */
export function unescape(text: string): string {
  if (!text.includes("\x00")) return text;
  return text.replace(/\x00[ \n]?/g, "");
}

/** Put the backslashes back (for literal text and raw sources). */
export function restoreBackslashes(text: string): string {
  if (!text.includes("\x00")) return text;
  return text.replace(/\x00/g, "\\");
}
