// reStructuredText → a short plain-text summary for feed readers (no markup, one paragraph or a few).

// Lines that carry no prose: directives and comments, section underlines, field lists' markers.
const DIRECTIVE = /^\s*\.\.\s/;
const UNDERLINE = /^\s*([=\-~^"'`#*+_:.])\1{2,}\s*$/;
// Removed before folding whitespace, so the spaces around one fold into a single space.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * Plain text of a ReST field, cut at a word boundary to at most `max` characters (with "…").
 * Cheap on purpose: feeds want a readable teaser, the talk page has the rendered text.
 */
export function plainText(rst: string | undefined, max: number): string {
  if (!rst) return "";
  // Only the beginning can reach the summary: a generous prefix spares scanning long descriptions.
  let text = rst.slice(0, max * 4).replace(CONTROL, "");
  // Directive and underline lines start with punctuation: most texts skip the line split.
  if (/^\s*[=\-~^"'`#*+_:.]/m.test(text)) text = text.split(/\r\n|\r|\n/).filter((line) => !DIRECTIVE.test(line) && !UNDERLINE.test(line)).join("\n");
  // `label <url>`_ and `label`_ links → label; inline literals and roles → their text.
  if (text.includes("`")) text = text.replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, "$1").replace(/:[\w-]+:`([^`]*)`/g, "$1").replace(/`+([^`]*)`+_{0,2}/g, "$1");
  if (text.includes("*")) text = text.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, (_m, strong: string | undefined, em: string | undefined) => strong ?? em ?? "");
  // Matching only runs and non-space whitespace (not every single space) is ~3× faster.
  const prose = text.replace(/\s{2,}|[^\S ]/g, " ").trim();
  if (prose.length <= max) return prose;
  const cut = prose.slice(0, max - 1);
  // The cut ends on a word boundary when the next character is a space; else back to the last space.
  const space = prose[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}
