// Atom and RSS feeds at pyvideo.org's paths.

import type { Emitter } from "../../build/context.js";
import { absoluteUrl } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { ATOM_END, atomEntry, atomStart } from "./atom.js";
import type { FeedHead } from "./feed-head.js";
import { feedItemOf } from "./feed-item.js";
import { type FeedFormat, feedPath, feedSpecs } from "./feed-list.js";
import { packBytes } from "./pack-bytes.js";
import { RSS_END, rssItem, rssStart } from "./rss.js";

interface EncodedEntry {
  readonly atom: Buffer;
  readonly rss: Buffer;
  readonly date?: string;
}

const FORMAT = {
  atom: { start: atomStart, end: ATOM_END },
  rss: { start: rssStart, end: RSS_END },
} as const satisfies Record<FeedFormat, unknown>;

/**
 * Every feed: all, all-en, per event, speaker (old spellings too), tag and language, Atom and RSS.
 * A talk is in many feeds (event, speakers, tags, language, all), so its entry is written and
 * UTF-8-encoded once per format; each feed file is then a concatenation of bytes. Bytes rather
 * than strings also halve the memory of ~130 MB of feeds (most would be two-byte strings), and
 * the sink hashes and writes them without encoding them again.
 */
export const feeds: Emitter = (catalog, ctx) => {
  const { site } = ctx;
  const itemOf = feedItemOf(catalog, site);
  const entries = new Map<string, EncodedEntry>();
  const entryOf = (path: string): EncodedEntry | undefined => {
    let entry = entries.get(path);
    const talk = entry ? undefined : catalog.talkByPath.get(path);
    if (talk) {
      const item = itemOf(talk);
      entry = { atom: Buffer.from(atomEntry(item)), rss: Buffer.from(rssItem(item)), ...(item.date ? { date: item.date } : {}) };
      entries.set(path, entry);
    }
    return entry;
  };
  const paths: string[] = [];
  const parts: (Buffer | string)[][] = [];
  for (const spec of feedSpecs(catalog)) {
    const items = spec.talks.map(entryOf).filter((e) => e !== undefined);
    const updated = items.find((e) => e.date)?.date;
    for (const format of spec.formats) {
      const path = feedPath(spec.name, format);
      const head: FeedHead = {
        title: `${spec.title} · ${site.name}`,
        description: spec.description,
        siteName: site.name,
        selfUrl: absoluteUrl(site, path),
        pageUrl: absoluteUrl(site, spec.page),
        ...(updated ? { updated } : {}),
      };
      const { start, end } = FORMAT[format];
      paths.push(path);
      parts.push([start(head), ...items.map((e) => e[format]), end]);
    }
  }
  return packBytes(parts).map((content, i): OutputFile => ({ path: paths[i] as string, content }));
};
