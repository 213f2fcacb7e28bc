// Atom and RSS feeds at pyvideo.org's paths.

import type { Emitter } from "../../build/context.js";
import { absoluteUrl } from "../../build/site.js";
import type { OutputFile } from "../../output/output-file.js";
import { atomEntry, atomFeed } from "./atom.js";
import type { FeedHead } from "./feed-head.js";
import { feedItemOf } from "./feed-item.js";
import { feedPath, feedSpecs } from "./feed-list.js";
import { rssFeed, rssItem } from "./rss.js";

/** Every feed: all, all-en, per event, speaker (old spellings too), tag and language, Atom and RSS. */
export const feeds: Emitter = (catalog, ctx) => {
  const { site } = ctx;
  const itemOf = feedItemOf(catalog, site);
  // A talk is in many feeds (event, speakers, tags, language, all): its XML is written once per format.
  const entries = new Map<string, { atom: string; rss: string; date?: string }>();
  const entryOf = (path: string) => {
    let entry = entries.get(path);
    const talk = entry ? undefined : catalog.talkByPath.get(path);
    if (talk) {
      const item = itemOf(talk);
      entry = { atom: atomEntry(item), rss: rssItem(item), ...(item.date ? { date: item.date } : {}) };
      entries.set(path, entry);
    }
    return entry;
  };
  const files: OutputFile[] = [];
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
      files.push({ path, content: format === "atom" ? atomFeed(head, items.map((e) => e.atom)) : rssFeed(head, items.map((e) => e.rss)) });
    }
  }
  return files;
};
