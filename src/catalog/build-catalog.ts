// buildCatalog: turns a read repository into the Catalog (skipping what cannot be published).

import { isRecord } from "../model/json-value.js";
import { titleYear } from "../model/date.js";
import type { Catalog, Event, LanguageGroup, Series, Speaker, Tag, Talk, Year } from "../model/catalog.js";
import { chooseDisplay, personKey, tagKey } from "../model/identity.js";
import { lookupLanguage } from "../model/language.js";
import { eventSlug, slugify, speakerSlug, tagSlug, talkSlug } from "../model/slug.js";
import type { Repository } from "../load/repository.js";
import { groupNames } from "./group-names.js";
import { seriesName } from "./series.js";
import * as f from "./talk-fields.js";

/** Options of `buildCatalog`. */
export interface CatalogOptions {
  /** Files to leave out (e.g. those that fail validation), with the reason. */
  exclude?: ReadonlyMap<string, string>;
}

/** Builds the Catalog: every publishable talk and event, grouped into series, speakers, tags, languages and years. */
export function buildCatalog(repo: Repository, options: CatalogOptions = {}): Catalog {
  const exclude = options.exclude ?? new Map<string, string>();
  const skipped: { file: string; reason: string }[] = [];
  const hidden = noPublishIds(repo.noPublishFile?.value);
  let unpublished = 0;

  // Optional fields stay as `undefined` properties: every Talk (and Event) then has one shape, which
  // keeps property access fast in the emitters (deleting them put 22k objects into dictionary mode).
  const drafts: { talk: Omit<Talk, "speakers" | "tags">; rawSpeakers: string[]; rawTags: string[] }[] = [];
  const eventDrafts: { event: Omit<Event, "talks" | "series" | "year">; data: Record<string, unknown> }[] = [];
  const seenPaths = new Set<string>();
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
      const tslug = talkSlug(v);
      const path = `${slug}/${tslug}`;
      if (seenPaths.has(path)) {
        skipped.push({ file: t.file.path, reason: `another talk already has the page /${path}.html` });
        continue;
      }
      seenPaths.add(path);
      const speakerNames = f.names(v.speakers);
      drafts.push({
        rawSpeakers: speakerNames,
        rawTags: f.names(v.tags),
        talk: {
          path,
          slug: tslug,
          eventSlug: slug,
          file: t.file.path,
          id: typeof v.id === "number" ? v.id : undefined,
          title: (v.title as string).trim(),
          speakerNames,
          language: f.language(v.language),
          date: f.date(v.recorded),
          recorded: f.text(v.recorded),
          duration: f.seconds(v.duration),
          description: f.text(v.description) ?? f.text(v.abstract),
          summary: f.text(v.summary),
          thumbnailUrl: f.url(v.thumbnail_url),
          videos: f.videos(v.videos),
          relatedUrls: f.related(v.related_urls),
          copyright: f.text(v.copyright_text),
          qualityNotes: f.text(v.quality_notes),
          aliases: typeof v.alias === "string" && v.alias.trim() !== "" ? [v.alias.trim()] : [],
        },
      });
    }
  }

  const speakerCounts = countAll(drafts.map((d) => d.rawSpeakers));
  const people = groupNames(speakerCounts, {
    key: personKey,
    slug: speakerSlug,
    display: chooseDisplay,
    declared: declaredPeople(repo.speakersFile?.value),
    fallbackSlug: "speaker",
    onSlugClash: "suffix",
  });
  const tagGroups = groupNames(countAll(drafts.map((d) => d.rawTags)), { key: tagKey, slug: tagSlug, display: chooseDisplay, fallbackSlug: "tag", onSlugClash: "merge" });

  const talks: Talk[] = drafts.map(({ talk, rawSpeakers, rawTags }) => ({
    ...talk,
    speakers: rawSpeakers.map((s) => people.bySpelling.get(s)?.slug).filter((s): s is string => s !== undefined),
    tags: [...new Set(rawTags.map((t) => tagGroups.bySpelling.get(t)?.slug).filter((s): s is string => s !== undefined))],
  }));
  talks.sort((a, b) => cmp(a.path, b.path));
  const newestFirst = (a: Talk, b: Talk): number => cmp(b.date ?? "", a.date ?? "") || cmp(a.path, b.path);
  const inRecordedOrder = (a: Talk, b: Talk): number => cmp(a.recorded ?? "", b.recorded ?? "") || cmp(a.title, b.title) || cmp(a.path, b.path);

  const talksOfEvent = groupBy(talks, (t) => [t.eventSlug]);
  const events: Event[] = eventDrafts.map(({ event }) => {
    const own = (talksOfEvent.get(event.slug) ?? []).sort(inRecordedOrder);
    const firstDate = own.map((t) => t.date).filter((d): d is string => d !== undefined).sort()[0];
    const year = titleYear(event.title) ?? yearOf(event.startDate) ?? yearOf(firstDate);
    return { ...event, series: slugify(seriesName(event.title)) || event.slug, year, talks: own.map((t) => t.path) };
  });
  // Two folders whose titles share a slug: keep the first (unique-slug reports it).
  const eventBySlug = new Map<string, Event>();
  for (const e of events) if (!eventBySlug.has(e.slug)) eventBySlug.set(e.slug, e);
  const uniqueEvents = [...eventBySlug.values()].sort((a, b) => cmp(a.slug, b.slug));

  const series: Series[] = [...groupBy(uniqueEvents, (e) => [e.series]).entries()]
    .map(([slug, es]) => {
      es.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || cmp(b.startDate ?? "", a.startDate ?? "") || cmp(a.slug, b.slug));
      const newest = es[0] as Event;
      return { slug, name: seriesName(newest.title), events: es.map((e) => e.slug) };
    })
    .sort((a, b) => cmp(a.slug, b.slug));

  const bySpeaker = groupBy(talks, (t) => t.speakers);
  const speakers: Speaker[] = people.groups
    .filter((g) => bySpeaker.has(g.slug))
    .map((g) => ({ slug: g.slug, name: g.name, spellings: g.spellings, otherSlugs: g.otherSlugs, talks: (bySpeaker.get(g.slug) ?? []).sort(newestFirst).map((t) => t.path) }));
  const byTag = groupBy(talks, (t) => t.tags);
  const tags: Tag[] = tagGroups.groups.map((g) => ({ slug: g.slug, name: g.name, spellings: g.spellings, otherSlugs: g.otherSlugs, talks: (byTag.get(g.slug) ?? []).sort(newestFirst).map((t) => t.path) }));
  const languages: LanguageGroup[] = [...groupBy(talks, (t) => (t.language ? [t.language] : [])).entries()]
    .map(([code, ts]) => {
      const info = lookupLanguage(code);
      return { code, name: info?.name ?? code, nativeName: info?.nativeName ?? code, talks: ts.sort(newestFirst).map((t) => t.path) };
    })
    .sort((a, b) => cmp(a.code, b.code));
  const years: Year[] = [...groupBy(talks, (t) => (t.date ? [t.date.slice(0, 4)] : [])).entries()]
    .map(([y, ts]) => ({ year: Number(y), talks: ts.sort(newestFirst).map((t) => t.path) }))
    .sort((a, b) => b.year - a.year);

  return {
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
    unpublished,
    skipped: skipped.sort((a, b) => cmp(a.file, b.file)),
  };
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
