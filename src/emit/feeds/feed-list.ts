// Which feeds the site has: pyvideo.org's (all, all-en, event_, speaker_, tag_, old spellings and
// "unknown" included, so every feed URL it served keeps working) plus one per language. Listing
// them (`feedRefs`) reads only the entity lists; what a feed holds (`feedSpec`) is read per feed,
// so that an incremental build renders a feed again only when its own entity or talks change.

import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import type { Catalog } from "../../model/catalog.js";

/** At most this many items per feed, newest first. */
export const FEED_LENGTH = 100;

/** The formats a feed is written in. */
export type FeedFormat = "atom" | "rss";

/** Which entity a feed follows: its kind and slug (code for languages; empty for all, all-en, unknown). */
export interface FeedRef {
  /** File stem under feeds/: "all", "event_pycon-us-2019", "language_spa". */
  readonly name: string;
  readonly kind: "all" | "all-en" | "event" | "speaker" | "unknown" | "tag" | "language";
  readonly key: string;
}

/** One feed to write, in one or both formats. */
export interface FeedSpec {
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

/**
 * Every feed of the catalog, in a fixed order, from the lists of events, speakers, tags and
 * languages (never the talks). The unknown-speaker feed is listed whenever no speaker owns that
 * slug; `feedSpec` gives undefined for it when every talk names a speaker.
 */
export function feedRefs(catalog: Catalog): FeedRef[] {
  const refs: FeedRef[] = [
    { name: "all", kind: "all", key: "" },
    { name: "all-en", kind: "all-en", key: "" },
  ];
  for (const e of catalog.events) refs.push({ name: `event_${e.slug}`, kind: "event", key: e.slug });
  // An old spelling slug can be another person's own slug (pyvideo.org merged them): the person keeps it.
  for (const s of catalog.speakers)
    for (const slug of [s.slug, ...s.otherSlugs.filter((o) => !catalog.speakerBySlug.has(o))]) refs.push({ name: `speaker_${slug}`, kind: "speaker", key: s.slug });
  if (!catalog.speakerBySlug.has(UNKNOWN_SPEAKER)) refs.push({ name: `speaker_${UNKNOWN_SPEAKER}`, kind: "unknown", key: "" });
  for (const t of catalog.tags)
    for (const slug of [t.slug, ...t.otherSlugs.filter((o) => !catalog.tagBySlug.has(o))]) refs.push({ name: `tag_${slug}`, kind: "tag", key: t.slug });
  for (const l of catalog.languages) refs.push({ name: `language_${l.code}`, kind: "language", key: l.code });
  // Two old spellings may share a slug: the first feed written for a name wins.
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.name) && seen.add(ref.name));
}

/**
 * What the feed `ref` holds in `catalog` (undefined when it has nothing to show). Newest-first
 * order comes from `catalog.newest` (memoized as ranks), so a feed reads only the talks it shows.
 */
export function feedSpec(ref: FeedRef, catalog: Catalog, ctx: Pick<BuildContext, "memo">): FeedSpec | undefined {
  const { name } = ref;
  switch (ref.kind) {
    case "all":
    case "all-en": {
      const talks = catalog.newest.slice(0, FEED_LENGTH);
      return { name, formats: ref.kind === "all" ? BOTH : ATOM, title: "Latest talks", description: "The newest talks.", page: paths.home, talks };
    }
    case "event": {
      const e = catalog.eventBySlug.get(ref.key);
      if (!e) return undefined;
      const rank = newestRank(catalog, ctx);
      const ranked = e.talks.filter((p) => rank.has(p)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      return { name, formats: BOTH, title: e.title, description: `Talks of ${e.title}.`, page: paths.event(e.slug), talks: ranked.slice(0, FEED_LENGTH) };
    }
    case "speaker": {
      const s = catalog.speakerBySlug.get(ref.key);
      if (!s) return undefined;
      return { name, formats: BOTH, title: s.name, description: `Talks by ${s.name}.`, page: paths.speaker(s.slug), talks: s.talks.slice(0, FEED_LENGTH) };
    }
    case "unknown": {
      const talks = unspokenTalks(catalog, ctx).slice(0, FEED_LENGTH);
      if (talks.length === 0) return undefined;
      return { name, formats: BOTH, title: "Unknown speaker", description: "Talks whose speakers are not named.", page: paths.speaker(UNKNOWN_SPEAKER), talks };
    }
    case "tag": {
      const t = catalog.tagBySlug.get(ref.key);
      if (!t) return undefined;
      return { name, formats: BOTH, title: `Tag: ${t.name}`, description: `Talks tagged ${t.name}.`, page: paths.tag(t.slug), talks: t.talks.slice(0, FEED_LENGTH) };
    }
    case "language": {
      const l = catalog.languageByCode.get(ref.key);
      if (!l) return undefined;
      return { name, formats: BOTH, title: `Talks in ${l.name}`, description: `Talks in ${l.name} (${l.nativeName}).`, page: paths.language(l.code), talks: l.talks.slice(0, FEED_LENGTH) };
    }
  }
}

/** Every feed of the catalog with what it holds, in order (the full list, for tests and tools). */
export function feedSpecs(catalog: Catalog, ctx: Pick<BuildContext, "memo">): FeedSpec[] {
  return feedRefs(catalog)
    .map((ref) => feedSpec(ref, catalog, ctx))
    .filter((s) => s !== undefined);
}

// Position of each talk in `newest` (date descending, undated last, then path): sorting by it is
// sorting newest first, and it changes only when talks are added, removed or re-dated.
function newestRank(catalog: Catalog, ctx: Pick<BuildContext, "memo">): ReadonlyMap<string, number> {
  return ctx.memo("feeds", "newest-rank", () => new Map(catalog.newest.map((p, i) => [p, i])));
}

// Talks naming no speaker, newest first: those in no speaker's list (every slug a talk names has a
// speaker holding the talk), found without reading any talk, so a talk's edit does not touch it.
function unspokenTalks(catalog: Catalog, ctx: Pick<BuildContext, "memo">): readonly string[] {
  return ctx.memo("feeds", "unspoken", () => {
    const spoken = new Set<string>();
    for (const s of catalog.speakers) for (const p of s.talks) spoken.add(p);
    return catalog.newest.filter((p) => !spoken.has(p));
  });
}
