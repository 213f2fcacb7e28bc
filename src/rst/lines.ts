// Input normalisation: the same line splitting, tab expansion and right-stripping docutils applies.

const SPECIAL = /[\r\t\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Split text into lines like Python's `str.splitlines()` after `expandtabs(8)`, right-stripped. */
export function toLines(text: string): string[] {
  if (!SPECIAL.test(text)) {
    // Fast path for the common case: only \n line breaks, no tabs.
    const parts = text.split("\n");
    if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
    for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.trimEnd();
    return parts;
  }
  // Python's splitlines also breaks on these separators; docutils first turns \v and \f into spaces.
  const parts = text.replace(/[\v\f]/g, " ").split(/\r\n|[\n\r\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  const out: string[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    let line = parts[i]!;
    if (line.includes("\t")) line = expandTabs(line);
    out[i] = line.trimEnd();
  }
  return out;
}

function expandTabs(line: string): string {
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

/** Number of leading whitespace characters (docutils measures with `lstrip()`). */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32) i++;
    else if (c > 127 && /\s/.test(line[i]!)) i++;
    else break;
  }
  return i;
}

/** Display width of a title, counting East Asian wide characters twice and combining marks as zero. */
export function columnWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (/\p{Mn}/u.test(ch)) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}
