// buildCatalog: turns a read repository into the Catalog (skipping what cannot be published).

import { isRecord } from "../model/json-value.js";
import { titleYear } from "../model/date.js";
import type { Catalog, Event, LanguageGroup, Series, Speaker, Tag, Talk, Year } from "../model/catalog.js";
import { chooseDisplay, personKey, tagKey } from "../model/identity.js";
import { lookupLanguage } from "../model/language.js";
import { eventSlug, slugify, speakerSlug, tagSlug, talkSlug } from "../model/slug.js";
import type { DataFile } from "../load/data-file.js";
import type { Repository } from "../load/repository.js";
import { groupNames } from "./group-names.js";
import { pageTitles } from "./page-titles.js";
import { relatedTalks } from "./related.js";
import { sameData, shareUnchanged } from "./share.js";
import { seriesName } from "./series.js";
import * as f from "./talk-fields.js";

/** Options of `buildCatalog`. */
export interface CatalogOptions {
  /** Files to leave out (e.g. those that fail validation), with the reason. */
  exclude?: ReadonlyMap<string, string>;
  /**
   * The catalog of the previous build of the same repository: objects that did not change are
   * shared with it (so `===` says "unchanged"), and only the related talks a change can affect are
   * recomputed.
   */
  previous?: Catalog;
  /** Per-file work kept between builds (see `CatalogCache`). */
  cache?: CatalogCache;
}

/** What a catalog build remembers for the next one: each talk file's fields, by the file read. */
export class CatalogCache {
  readonly talks = new WeakMap<DataFile, TalkFields>();
  /** The fields of each published talk of the last catalog built, by file path. */
  byFile = new Map<string, TalkFields>();
  readonly personKeys = new Map<string, string>();
  readonly tagKeys = new Map<string, string>();
}

// A talk's fields as its file gives them (everything but what depends on its event or other talks).
type TalkFields = Omit<Talk, "speakers" | "tags" | "path" | "eventSlug" | "file"> & { rawTags: string[] };

function talkFields(v: Record<string, unknown>): TalkFields {
  return {
    slug: talkSlug(v),
    id: typeof v.id === "number" ? v.id : undefined,
    title: (v.title as string).trim(),
    speakerNames: f.names(v.speakers),
    rawTags: f.names(v.tags),
    language: f.language(v.language),
    date: f.date(v.recorded),
    recorded: f.text(v.recorded),
    duration: f.seconds(v.duration),
    description: f.talkDescription(v),
    summary: f.talkSummary(v),
    thumbnailUrl: f.url(v.thumbnail_url),
    videos: f.videos(v.videos),
    relatedUrls: f.related(v.related_urls),
    copyright: f.text(v.copyright_text),
    qualityNotes: f.text(v.quality_notes),
    aliases: typeof v.alias === "string" && v.alias.trim() !== "" ? [v.alias.trim()] : [],
  };
}

// A talk file's fields, from `cache` when it has them (and kept there when it did not).
function fieldsOf(file: DataFile, v: Record<string, unknown>, cache: CatalogCache | undefined): TalkFields {
  let fields = cache?.talks.get(file);
  if (fields === undefined) {
    fields = talkFields(v);
    cache?.talks.set(file, fields);
  }
  return fields;
}

function memo(cache: Map<string, string> | undefined, fn: (s: string) => string): (s: string) => string {
  if (!cache) return fn;
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = fn(s)));
    return v;
  };
}

/**
 * Does into `cache` the part of `buildCatalog` that depends on each file alone — every readable
 * talk's fields, and the grouping key of each speaker and tag spelling — so that `buildCatalog(repo,
 * { cache })` only groups and orders. A build does it while the check's worker still decides which
 * files are left out (on the snapshot ≈ 0.2 s that this thread otherwise waited).
 */
export function prepareCatalog(repo: Repository, cache: CatalogCache): void {
  const person = memo(cache.personKeys, personKey);
  const tag = memo(cache.tagKeys, tagKey);
  for (const raw of repo.events)
    for (const t of raw.talks) {
      const v = t.file.value;
      if (!isRecord(v) || !f.text(v.title)) continue;
      const fields = fieldsOf(t.file, v, cache);
      for (const name of fields.speakerNames) person(name);
      for (const name of fields.rawTags) tag(name);
    }
}

/** Builds the Catalog: every publishable talk and event, grouped into series, speakers, tags, languages and years. */
export function buildCatalog(repo: Repository, options: CatalogOptions = {}): Catalog {
  const exclude = options.exclude ?? new Map<string, string>();
  const skipped: { file: string; reason: string }[] = [];
  const hidden = noPublishIds(repo.noPublishFile?.value);
  let unpublished = 0;

  // Optional fields stay as `undefined` properties: every Talk (and Event) then has one shape, which
  // keeps property access fast in the emitters (deleting them put 22k objects into dictionary mode).
  // A talk's fields and where it sits: the Talk is made from them once speakers and tags are grouped.
  const drafts: { fields: TalkFields; path: string; eventSlug: string; file: string }[] = [];
  const eventDrafts: { event: Omit<Event, "talks" | "series" | "year">; data: Record<string, unknown> }[] = [];
  const seenPaths = new Set<string>();
  const published = new Map<string, TalkFields>();
  for (const raw of repo.events) {
    const data = isRecord(raw.category?.value) ? raw.category.value : undefined;
    const excluded = raw.category ? exclude.get(raw.category.path) : undefined;
    if (excluded) {
      skipped.push({ file: raw.category?.path ?? "", reason: excluded });
      for (const t of raw.talks) skipped.push({ file: t.file.path, reason: "its event's category.json is invalid" });
      continue;
    }
    if (!data || !f.text(data.title)) {
      skipped.push({ file: raw.category?.path ?? `${raw.folder}/category.json`, reason: "no readable category.json with a title" });
      for (const t of raw.talks) skipped.push({ file: t.file.path, reason: "its event has no readable category.json" });
      continue;
    }
    const slug = eventSlug(raw.folder, data.title);
    eventDrafts.push({
      data,
      event: {
        slug,
        folder: raw.folder,
        file: raw.category?.path ?? "",
        title: (data.title as string).trim(),
        description: f.text(data.description),
        url: f.url(data.url),
        startDate: f.date(data.start_date),
        endDate: f.date(data.end_date),
      },
    });
    for (const t of raw.talks) {
      const v = t.file.value;
      const why = exclude.get(t.file.path);
      if (why) {
        skipped.push({ file: t.file.path, reason: why });
        continue;
      }
      if (!isRecord(v) || !f.text(v.title)) {
        skipped.push({ file: t.file.path, reason: isRecord(v) ? "no title" : "not a readable JSON object" });
        continue;
      }
      if (typeof v.id === "number" && hidden.has(v.id)) {
        unpublished++;
        continue;
      }
      const fields = fieldsOf(t.file, v, options.cache);
      const path = `${slug}/${fields.slug}`;
      if (seenPaths.has(path)) {
        skipped.push({ file: t.file.path, reason: `another talk already has the page /${path}.html` });
        continue;
      }
      seenPaths.add(path);
      published.set(t.file.path, fields);
      drafts.push({ fields, path, eventSlug: slug, file: t.file.path });
    }
  }

  const speakerCounts = countAll(drafts.map((d) => d.fields.speakerNames));
  const people = groupNames(speakerCounts, {
    key: memo(options.cache?.personKeys, personKey),
    slug: speakerSlug,
    display: chooseDisplay,
    declared: declaredPeople(repo.speakersFile?.value),
    fallbackSlug: "speaker",
    onSlugClash: "suffix",
  });
  const tagGroups = groupNames(countAll(drafts.map((d) => d.fields.rawTags)), { key: memo(options.cache?.tagKeys, tagKey), slug: tagSlug, display: chooseDisplay, fallbackSlug: "tag", onSlugClash: "merge" });

  const talks: Talk[] = drafts.map(({ fields, path, eventSlug, file }) =>
    makeTalk(
      fields,
      { path, eventSlug, file },
      slugsOf(fields.speakerNames, people.bySpelling),
      [...new Set(slugsOf(fields.rawTags, tagGroups.bySpelling))],
    ),
  );
  talks.sort((a, b) => cmp(a.path, b.path));
  // Each order is sorted once; grouping a sorted list keeps every group in that order.
  const newest = [...talks].sort((a, b) => cmp(b.date ?? "", a.date ?? "") || cmp(a.path, b.path));
  const recordedOrder = [...talks].sort((a, b) => cmp(a.recorded ?? "", b.recorded ?? "") || cmp(a.title, b.title) || cmp(a.path, b.path));

  const talksOfEvent = groupBy(recordedOrder, (t) => [t.eventSlug]);
  const events: Event[] = eventDrafts.map(({ event }) => {
    const own = talksOfEvent.get(event.slug) ?? [];
    let firstDate: string | undefined;
    for (const t of own) if (t.date !== undefined && (firstDate === undefined || t.date < firstDate)) firstDate = t.date;
    const year = titleYear(event.title) ?? yearOf(event.startDate) ?? yearOf(firstDate);
    return makeEvent(event, slugify(seriesName(event.title)) || event.slug, year, own.map((t) => t.path));
  });
  // Two folders whose titles share a slug: keep the first (unique-slug reports it).
  const eventBySlug = new Map<string, Event>();
  for (const e of events) if (!eventBySlug.has(e.slug)) eventBySlug.set(e.slug, e);
  const uniqueEvents = [...eventBySlug.values()].sort((a, b) => cmp(a.slug, b.slug));

  const series: Series[] = [...groupBy(uniqueEvents, (e) => [e.series]).entries()]
    .map(([slug, es]) => {
      es.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || cmp(b.startDate ?? "", a.startDate ?? "") || cmp(a.slug, b.slug));
      const newestEvent = es[0] as Event;
      return { slug, name: seriesName(newestEvent.title), events: es.map((e) => e.slug) };
    })
    .sort((a, b) => cmp(a.slug, b.slug));

  const bySpeaker = groupBy(newest, (t) => t.speakers);
  const speakers: Speaker[] = people.groups
    .filter((g) => bySpeaker.has(g.slug))
    .map((g) => ({ slug: g.slug, name: g.name, spellings: g.spellings, otherSlugs: g.otherSlugs, talks: (bySpeaker.get(g.slug) ?? []).map((t) => t.path) }));
  const byTag = groupBy(newest, (t) => t.tags);
  const tags: Tag[] = tagGroups.groups.map((g) => ({ slug: g.slug, name: g.name, spellings: g.spellings, otherSlugs: g.otherSlugs, talks: (byTag.get(g.slug) ?? []).map((t) => t.path) }));
  const languages: LanguageGroup[] = [...groupBy(newest, (t) => (t.language ? [t.language] : [])).entries()]
    .map(([code, ts]) => {
      const info = lookupLanguage(code);
      return { code, name: info?.name ?? code, nativeName: info?.nativeName ?? code, talks: ts.map((t) => t.path) };
    })
    .sort((a, b) => cmp(a.code, b.code));
  const years: Year[] = [...groupBy(newest, (t) => (t.date ? [t.date.slice(0, 4)] : [])).entries()]
    .map(([y, ts]) => ({ year: Number(y), talks: ts.map((t) => t.path) }))
    .sort((a, b) => b.year - a.year);

  const fresh: Catalog = {
    talks,
    events: uniqueEvents,
    series,
    speakers,
    tags,
    languages,
    years,
    redirects: repo.redirects.filter((r) => !r.problem),
    talkByPath: new Map(talks.map((t) => [t.path, t])),
    eventBySlug,
    seriesBySlug: new Map(series.map((s) => [s.slug, s])),
    speakerBySlug: new Map(speakers.map((s) => [s.slug, s])),
    tagBySlug: new Map(tags.map((t) => [t.slug, t])),
    languageByCode: new Map(languages.map((l) => [l.code, l])),
    yearByNumber: new Map(years.map((y) => [y.year, y])),
    newest: newest.map((t) => t.path),
    related: new Map(),
    pageTitles: new Map(),
    unpublished,
    skipped: skipped.sort((a, b) => cmp(a.file, b.file)),
  };
  if (options.cache) options.cache.byFile = published;
  const shared = options.previous ? shareUnchanged(options.previous, fresh) : fresh;
  const withDerived = { ...shared, related: relatedTalks(shared, options.previous), pageTitles: pageTitles(shared.talks, shared.eventBySlug) };
  return options.previous ? shareUnchanged(options.previous, withDerived) : withDerived;
}

// Lists of one elements kind. To V8 an empty array literal holds small integers and a list of
// strings or objects holds tagged values: code that reads a field of both kinds is deoptimized and
// compiled again the first time it meets the other (the talk page, one of the largest functions,
// was compiled four times in a build). Empty lists share one array of the tagged kind.
const EMPTY: readonly never[] = (() => {
  const list: unknown[] = [null];
  list.pop();
  return list as never[];
})();
function packed<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? EMPTY : list;
}

// The slugs of the groups `names` belong to, in order (names of no group left out). A loop of pushes
// onto a new list, not `map(…).filter(…)`: the list is then always of the packed kind, where one of
// the snapshot's talks got a holey one from the optimized filter, and the talk page (compiled in
// ≈ 170 ms) was deoptimized at its speakers and compiled again (test/catalog/shapes.test.ts).
function slugsOf(names: readonly string[], bySpelling: ReadonlyMap<string, { readonly slug: string }>): string[] {
  const slugs: string[] = [];
  for (const name of names) {
    const group = bySpelling.get(name);
    if (group !== undefined) slugs.push(group.slug);
  }
  return slugs;
}

// Keys in one order for every talk (one object shape), the order buildCatalog always gave them.
// Made straight from the file's fields and the talk's place (no copy of the fields in between).
function makeTalk(talk: Omit<Talk, "speakers" | "tags" | "path" | "eventSlug" | "file">, at: Pick<Talk, "path" | "eventSlug" | "file">, speakers: readonly string[], tags: readonly string[]): Talk {
  return {
    path: at.path,
    slug: talk.slug,
    eventSlug: at.eventSlug,
    file: at.file,
    id: talk.id,
    title: talk.title,
    speakerNames: packed(talk.speakerNames),
    language: talk.language,
    date: talk.date,
    recorded: talk.recorded,
    duration: talk.duration,
    description: talk.description,
    summary: talk.summary,
    thumbnailUrl: talk.thumbnailUrl,
    videos: packed(talk.videos),
    relatedUrls: packed(talk.relatedUrls),
    copyright: talk.copyright,
    qualityNotes: talk.qualityNotes,
    aliases: packed(talk.aliases),
    speakers: packed(speakers),
    tags: packed(tags),
  };
}

// Keys in one order for every event (one object shape). Spreading the draft gave each of the
// snapshot's 540 events a hidden class of its own, so that every read of an event's field on the
// pages, feeds and API was a megamorphic lookup.
function makeEvent(event: Omit<Event, "talks" | "series" | "year">, series: string, year: number | undefined, talks: readonly string[]): Event {
  return {
    slug: event.slug,
    folder: event.folder,
    file: event.file,
    title: event.title,
    description: event.description,
    url: event.url,
    startDate: event.startDate,
    endDate: event.endDate,
    series,
    year,
    talks,
  };
}

// Fields that only the talk's own page, feed items, API record and search entry show: changing
// them moves the talk in no list, group or ranking.
const CONTENT_FIELDS = new Set<string>(["description", "summary", "thumbnailUrl", "videos", "relatedUrls", "copyright", "qualityNotes", "duration", "aliases"]);

/**
 * The catalog after `files` (talk files, read again) changed, when every change is to content fields
 * of an already published talk; undefined when a change may move something (a title, speakers, tags,
 * date, language, a new or unreadable file…) and `buildCatalog` must run. Call with the options of
 * the build that made `previous`, sharing its cache.
 */
export function patchCatalog(previous: Catalog, files: readonly DataFile[], options: { exclude: ReadonlyMap<string, string>; cache: CatalogCache }): Catalog | undefined {
  const replaced = new Map<string, Talk>();
  const fields = new Map<string, TalkFields>();
  for (const file of files) {
    const before = options.cache.byFile.get(file.path);
    const v = file.value;
    if (!before || options.exclude.has(file.path) || !isRecord(v) || !f.text(v.title)) return undefined;
    const after = fieldsOf(file, v, options.cache);
    for (const key of Object.keys(after) as (keyof TalkFields)[]) if (!CONTENT_FIELDS.has(key) && !sameData(before[key], after[key])) return undefined;
    fields.set(file.path, after);
  }
  const byFile = new Map(previous.talks.map((t) => [t.file, t]));
  for (const [file, after] of fields) {
    const old = byFile.get(file);
    if (!old) return undefined;
    replaced.set(old.path, makeTalk(after, old, old.speakers, old.tags));
  }
  for (const [file, after] of fields) options.cache.byFile.set(file, after);
  const talks = previous.talks.map((t) => replaced.get(t.path) ?? t);
  return shareUnchanged(previous, { ...previous, talks, talkByPath: new Map(talks.map((t) => [t.path, t])) });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function yearOf(d: string | undefined): number | undefined {
  return d ? Number(d.slice(0, 4)) : undefined;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items)
    for (const k of keys(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  return out;
}

function countAll(lists: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

function noPublishIds(v: unknown): Set<number> {
  return new Set(Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : []);
}

function declaredPeople(v: unknown): string[][] {
  const people = isRecord(v) && Array.isArray(v.speakers) ? v.speakers : [];
  return people
    .filter(isRecord)
    .filter((p) => typeof p.name === "string")
    .map((p) => [p.name as string, ...(Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === "string") : [])]);
}
