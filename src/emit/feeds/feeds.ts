// Atom and RSS feeds at pyvideo.org's paths.

import { type BuildContext, type Emitter, unit } from "../../build/context.js";
import { absoluteUrl } from "../../build/site.js";
import type { Catalog } from "../../model/catalog.js";
import { type OutputFile, Pieces } from "../../output/output-file.js";
import { ATOM_END, atomEntry, atomStart } from "./atom.js";
import type { FeedHead } from "./feed-head.js";
import { feedItemOf } from "./feed-item.js";
import { type FeedFormat, type FeedRef, feedPath, feedRefs, feedSpec } from "./feed-list.js";
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
 * Every feed: all, all-en, per event, speaker (old spellings too), tag and language, Atom and RSS —
 * one unit per feed (its Atom and RSS files). A talk is in many feeds (event, speakers, tags,
 * language, all), so its entry is written and UTF-8-encoded once per format (memoized per talk);
 * each feed file is then those bytes as pieces, which the sink copies straight to where the file
 * goes. Bytes rather than strings also halve the memory of ~130 MB of feeds (most would be
 * two-byte strings), and the sink hashes and writes them without encoding them again.
 */
export const feeds: Emitter = function* (catalog, ctx) {
  for (const ref of feedRefs(catalog)) yield unit(ref.name, (c) => feedFiles(ref, c, ctx));
};

// The files of one feed, from what `catalog` holds now.
function feedFiles(ref: FeedRef, catalog: Catalog, ctx: BuildContext): OutputFile[] {
  const spec = feedSpec(ref, catalog, ctx);
  if (!spec) return [];
  const { site } = ctx;
  const items = spec.talks.map((p) => entryOf(p, catalog, ctx)).filter((e) => e !== undefined);
  const updated = items.find((e) => e.date)?.date;
  return spec.formats.map((format): OutputFile => {
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
    // The entries' shared bytes as they are: a sink copies them to where the file goes.
    return { path, content: new Pieces([start(head), ...items.map((e) => e[format]), end]) };
  });
}

// A talk's encoded entries, computed once for every feed that shows it (until the talk changes).
function entryOf(path: string, catalog: Catalog, ctx: BuildContext): EncodedEntry | undefined {
  return ctx.memo("feed-entry", path, () => {
    const talk = catalog.talkByPath.get(path);
    if (!talk) return undefined;
    const item = feedItemOf(catalog, ctx.site)(talk);
    return { atom: ctx.bytes(atomEntry(item)), rss: ctx.bytes(rssItem(item)), ...(item.date ? { date: item.date } : {}) };
  });
}
