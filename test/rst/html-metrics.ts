// The three conformance comparisons between our HTML and docutils' HTML, defined once for every test.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "\u2014" };

/** Decode the HTML entities either writer emits. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = new Set(["p", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "div"]);

/**
 * Link targets: the set of `href`s of `<a>` elements whose scheme is http, https or mailto, decoded.
 * Internal (`#id`) links and other schemes are left out: our writer never links other schemes by design.
 */
export function linkTargets(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const href = decodeEntities(m[1]!);
    if (/^(https?:|mailto:)/i.test(href)) out.add(href.replace(/%20/g, " "));
  }
  return [...out].sort();
}

/**
 * Visible text: comments removed, block-level tags replaced by a space and inline tags by nothing, entities
 * decoded, whitespace collapsed to single spaces.
 */
export function visibleText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?([a-z0-9]+)[^>]*>/g, (_tag, name: string) => (BLOCK_TAGS.has(name) || name === "br" ? " " : ""));
  return decodeEntities(stripped)
    .replace(/\s+/g, " ")
    .trim();
}


/** The sequence of block-level start tags in document order, e.g. `p ul li li`. */
export function blockSequence(html: string): string {
  const tags: string[] = [];
  for (const m of html.matchAll(/<([a-z0-9]+)[\s>/]/g)) {
    if (BLOCK_TAGS.has(m[1]!)) tags.push(m[1]!);
  }
  return tags.join(" ");
}

/** One document's comparison. */
export interface Comparison {
  links: boolean;
  text: boolean;
  blocks: boolean;
}

/** Compare our HTML with docutils' on the three measures. */
export function compareHtml(ours: string, theirs: string): Comparison {
  return {
    links: linkTargets(ours).join("\n") === linkTargets(theirs).join("\n"),
    text: visibleText(ours) === visibleText(theirs),
    blocks: blockSequence(ours) === blockSequence(theirs),
  };
}
