// Atom 1.0 (RFC 4287) feeds with Media RSS thumbnails.

import { atomDate, NO_DATE } from "./feed-date.js";
import type { FeedItem } from "./feed-item.js";
import type { FeedHead } from "./feed-head.js";
import { xml } from "./xml.js";

/** The <entry> of one talk. */
export function atomEntry(item: FeedItem): string {
  const date = atomDate(item.date ?? NO_DATE);
  const url = xml(item.url);
  let out = `<entry${item.lang ? ` xml:lang="${xml(item.lang)}"` : ""}>\n<title>${xml(item.title)}</title>\n<link rel="alternate" type="text/html" href="${url}"/>\n<id>${url}</id>\n<published>${date}</published>\n<updated>${date}</updated>\n`;
  for (const name of item.authors) out += `<author><name>${xml(name)}</name></author>\n`;
  for (const tag of item.tags) out += `<category term="${xml(tag)}"/>\n`;
  if (item.summary) out += `<summary>${xml(item.summary)}</summary>\n`;
  if (item.thumbnail) out += `<media:thumbnail url="${xml(item.thumbnail)}"/>\n`;
  for (const v of item.videos)
    out += v.type
      ? `<link rel="enclosure" type="${v.type}" href="${xml(v.url)}"${v.length ? ` length="${v.length}"` : ""}/>\n`
      : `<link rel="related" type="text/html" href="${xml(v.url)}"/>\n`;
  return `${out}</entry>\n`;
}

/** The start of an Atom document, up to its first entry. */
export function atomStart(head: FeedHead): string {
  const self = xml(head.selfUrl);
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">\n` +
    `<title>${xml(head.title)}</title>\n<subtitle>${xml(head.description)}</subtitle>\n` +
    `<link rel="self" type="application/atom+xml" href="${self}"/>\n<link rel="alternate" type="text/html" href="${xml(head.pageUrl)}"/>\n` +
    `<id>${self}</id>\n<updated>${atomDate(head.updated ?? NO_DATE)}</updated>\n` +
    // A feed-level author makes entries of talks without speakers valid Atom.
    `<author><name>${xml(head.siteName)}</name></author>\n<generator>talkdex</generator>\n`
  );
}

/** The end of an Atom document, after its last entry. */
export const ATOM_END = "</feed>\n";
