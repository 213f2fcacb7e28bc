// RSS 2.0 feeds with Dublin Core authors and Media RSS thumbnails and videos.

import { rssDate } from "./feed-date.js";
import type { FeedHead } from "./feed-head.js";
import type { FeedItem } from "./feed-item.js";
import { xml } from "./xml.js";

/** The <item> of one talk. */
export function rssItem(item: FeedItem): string {
  const url = xml(item.url);
  let out = `<item>\n<title>${xml(item.title)}</title>\n<link>${url}</link>\n<guid isPermaLink="true">${url}</guid>\n`;
  if (item.date) out += `<pubDate>${rssDate(item.date)}</pubDate>\n`;
  for (const name of item.authors) out += `<dc:creator>${xml(name)}</dc:creator>\n`;
  for (const tag of item.tags) out += `<category>${xml(tag)}</category>\n`;
  if (item.summary) out += `<description>${xml(item.summary)}</description>\n`;
  if (item.thumbnail) out += `<media:thumbnail url="${xml(item.thumbnail)}"/>\n`;
  // RSS allows one <enclosure>: the first media file. Media RSS: files are <media:content>,
  // pages that play a video (YouTube, Vimeo…) are <media:player>.
  const file = item.videos.find((v) => v.type);
  if (file?.type) out += `<enclosure url="${xml(file.url)}" length="${file.length ?? 0}" type="${file.type}"/>\n`;
  for (const v of item.videos)
    out += v.type ? `<media:content url="${xml(v.url)}" medium="video" type="${v.type}"/>\n` : `<media:player url="${xml(v.url)}"/>\n`;
  return `${out}</item>\n`;
}

/** The start of an RSS document, up to its first item. */
export function rssStart(head: FeedHead): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n` +
    `<title>${xml(head.title)}</title>\n<link>${xml(head.pageUrl)}</link>\n<description>${xml(head.description)}</description>\n` +
    `<atom:link rel="self" type="application/rss+xml" href="${xml(head.selfUrl)}"/>\n` +
    (head.updated ? `<lastBuildDate>${rssDate(head.updated)}</lastBuildDate>\n` : "") +
    `<generator>talkdex</generator>\n`
  );
}

/** The end of an RSS document, after its last item. */
export const RSS_END = "</channel>\n</rss>\n";
