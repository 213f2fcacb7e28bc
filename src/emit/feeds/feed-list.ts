// Which feeds the site has: pyvideo.org's (all, all-en, event_, speaker_, tag_, old spellings and
// "unknown" included, so every feed URL it served keeps working) plus one per language.

import { paths } from "../../build/paths.js";
import type { Catalog, Talk } from "../../model/catalog.js";

/** At most this many items per feed, newest first. */
export const FEED_LENGTH = 100;

/** The formats a feed is written in. */
export type FeedFormat = "atom" | "rss";

/** One feed to write, in one or both formats. */
export interface FeedSpec {
  /** File stem under feeds/: "all", "event_pycon-us-2019", "language_spa". */
  readonly name: string;
  readonly formats: readonly FeedFormat[];
  readonly title: string;
  readonly description: string;
  /** Site path of the HTML page the feed follows. */
  readonly page: string;
  /** Talk paths, newest first, at most FEED_LENGTH. */
  readonly talks: readonly string[];
}

/** Site path of a feed file. */
export function feedPath(name: string, format: FeedFormat): string {
  return `feeds/${name}.${format}.xml`;
}

const BOTH: readonly FeedFormat[] = ["atom", "rss"];
// pyvideo.org's theme writes the Atom translation feed of its default language only.
const ATOM: readonly FeedFormat[] = ["atom"];
const UNKNOWN_SPEAKER = "unknown";

/** Every feed of the catalog, in a fixed order. */
export function feedSpecs(catalog: Catalog): FeedSpec[] {
  const newest = (a: Talk, b: Talk): number => cmp(b.date ?? "", a.date ?? "") || cmp(a.path, b.path);
  const top = (talks: readonly string[]): string[] => talks.slice(0, FEED_LENGTH);
  const byDate = (talkPaths: readonly string[]): string[] =>
    top(talkPaths.map((p) => catalog.talkByPath.get(p)).filter((t): t is Talk => t !== undefined).sort(newest).map((t) => t.path));
  const latest = byDate(catalog.talks.map((t) => t.path));
  const specs: FeedSpec[] = [
    { name: "all", formats: BOTH, title: "Latest talks", description: "The newest talks.", page: paths.home, talks: latest },
    { name: "all-en", formats: ATOM, title: "Latest talks", description: "The newest talks.", page: paths.home, talks: latest },
  ];
  for (const e of catalog.events)
    specs.push({ name: `event_${e.slug}`, formats: BOTH, title: e.title, description: `Talks of ${e.title}.`, page: paths.event(e.slug), talks: byDate(e.talks) });
  // An old spelling slug can be another person's own slug (pyvideo.org merged them): the person keeps it.
  for (const s of catalog.speakers)
    for (const slug of [s.slug, ...s.otherSlugs.filter((o) => !catalog.speakerBySlug.has(o))])
      specs.push({ name: `speaker_${slug}`, formats: BOTH, title: s.name, description: `Talks by ${s.name}.`, page: paths.speaker(s.slug), talks: top(s.talks) });
  if (!catalog.speakerBySlug.has(UNKNOWN_SPEAKER)) {
    const talks = byDate(catalog.talks.filter((t) => t.speakers.length === 0).map((t) => t.path));
    if (talks.length > 0)
      specs.push({ name: `speaker_${UNKNOWN_SPEAKER}`, formats: BOTH, title: "Unknown speaker", description: "Talks whose speakers are not named.", page: paths.speaker(UNKNOWN_SPEAKER), talks });
  }
  for (const t of catalog.tags)
    for (const slug of [t.slug, ...t.otherSlugs.filter((o) => !catalog.tagBySlug.has(o))])
      specs.push({ name: `tag_${slug}`, formats: BOTH, title: `Tag: ${t.name}`, description: `Talks tagged ${t.name}.`, page: paths.tag(t.slug), talks: top(t.talks) });
  for (const l of catalog.languages)
    specs.push({ name: `language_${l.code}`, formats: BOTH, title: `Talks in ${l.name}`, description: `Talks in ${l.name} (${l.nativeName}).`, page: paths.language(l.code), talks: top(l.talks) });
  // Two old spellings may share a slug: the first feed written for a name wins.
  const seen = new Set<string>();
  return specs.filter((spec) => !seen.has(spec.name) && seen.add(spec.name));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
