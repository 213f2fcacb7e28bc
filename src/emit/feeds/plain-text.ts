// reStructuredText → a short plain-text summary for feed readers (no markup, one paragraph or a few).

// Lines that carry no prose: directives and comments, section underlines, field lists' markers.
const DIRECTIVE = /^\s*\.\.\s/;
const UNDERLINE = /^\s*([=\-~^"'`#*+_:.])\1{2,}\s*$/;

/**
 * Plain text of a ReST field, cut at a word boundary to at most `max` characters (with "…").
 * Cheap on purpose: feeds want a readable teaser, the talk page has the rendered text.
 */
export function plainText(rst: string | undefined, max: number): string {
  if (!rst) return "";
  const prose = rst
    .split(/\r\n|\r|\n/)
    .filter((line) => !DIRECTIVE.test(line) && !UNDERLINE.test(line))
    .join("\n")
    // `label <url>`_ and `label`_ links → label; inline literals, roles and emphasis → their text.
    .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, "$1")
    .replace(/:[\w-]+:`([^`]*)`/g, "$1")
    .replace(/`+([^`]*)`+_{0,2}/g, "$1")
    .replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, (_m, strong: string | undefined, em: string | undefined) => strong ?? em ?? "")
    .replace(/\s+/g, " ")
    .trim();
  if (prose.length <= max) return prose;
  const cut = prose.slice(0, max - 1);
  // The cut ends on a word boundary when the next character is a space; else back to the last space.
  const space = prose[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}
