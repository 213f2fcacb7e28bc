// shareUnchanged: gives a freshly built catalog the objects of the previous one wherever they are
// equal, so that later stages can tell "unchanged" by identity (`===`) — what the incremental
// build's dependency tracking compares.

import type { Catalog } from "../model/catalog.js";

/** `next` with every value deep-equal to `previous`'s replaced by `previous`'s own object. */
export function shareUnchanged(previous: Catalog, next: Catalog): Catalog {
  const talks = shareKeyed(previous.talks, next.talks, (t) => t.path);
  const events = shareKeyed(previous.events, next.events, (e) => e.slug);
  const series = shareKeyed(previous.series, next.series, (s) => s.slug);
  const speakers = shareKeyed(previous.speakers, next.speakers, (s) => s.slug);
  const tags = shareKeyed(previous.tags, next.tags, (t) => t.slug);
  const languages = shareKeyed(previous.languages, next.languages, (l) => l.code);
  const years = shareKeyed(previous.years, next.years, (y) => y.year);
  return {
    talks,
    events,
    series,
    speakers,
    tags,
    languages,
    years,
    redirects: sameData(previous.redirects, next.redirects) ? previous.redirects : next.redirects,
    talkByPath: talks === previous.talks ? previous.talkByPath : new Map(talks.map((t) => [t.path, t])),
    eventBySlug: events === previous.events ? previous.eventBySlug : new Map(events.map((e) => [e.slug, e])),
    seriesBySlug: series === previous.series ? previous.seriesBySlug : new Map(series.map((s) => [s.slug, s])),
    speakerBySlug: speakers === previous.speakers ? previous.speakerBySlug : new Map(speakers.map((s) => [s.slug, s])),
    tagBySlug: tags === previous.tags ? previous.tagBySlug : new Map(tags.map((t) => [t.slug, t])),
    languageByCode: languages === previous.languages ? previous.languageByCode : new Map(languages.map((l) => [l.code, l])),
    yearByNumber: years === previous.years ? previous.yearByNumber : new Map(years.map((y) => [y.year, y])),
    newest: sameData(previous.newest, next.newest) ? previous.newest : next.newest,
    related: shareMap(previous.related, next.related),
    pageTitles: shareMap(previous.pageTitles, next.pageTitles),
    unpublished: next.unpublished,
    skipped: sameData(previous.skipped, next.skipped) ? previous.skipped : next.skipped,
  };
}

// The list with previous objects where equal; the previous list itself when every item is.
function shareKeyed<T, K>(previous: readonly T[], next: readonly T[], key: (item: T) => K): readonly T[] {
  if (previous === next) return previous;
  const old = new Map<K, T>();
  for (const item of previous) old.set(key(item), item);
  let all = previous.length === next.length;
  const out = next.map((item, i) => {
    const before = old.get(key(item));
    const kept = before !== undefined && sameData(before, item) ? before : item;
    if (kept !== previous[i]) all = false;
    return kept;
  });
  return all ? previous : out;
}

function shareMap<K, V>(previous: ReadonlyMap<K, V>, next: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  if (previous === next) return previous;
  let all = previous.size === next.size;
  const out = new Map<K, V>();
  for (const [k, v] of next) {
    const before = previous.get(k);
    const kept = before !== undefined && sameData(before, v) ? before : v;
    if (kept !== before) all = false;
    out.set(k, kept);
  }
  return all ? previous : out;
}

/** True when two lists hold the same items (by identity) in the same order. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Deep equality of JSON-like data (plain objects, arrays, primitives; `undefined` properties count). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!(k in b) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
