// The records of the JSON API, built with a fixed key order (JSON.stringify keeps insertion order,
// and drops undefined fields), so the output is stable. Shapes are documented in schemas/api/.

import { paths } from "../../build/paths.js";
import { absoluteUrl, type Site } from "../../build/site.js";
import type { Catalog, Event, LanguageGroup, Series, Speaker, Tag, Talk } from "../../model/catalog.js";

/** Version of the API: the folder name under api/ and the `version` field of index.json. */
export const API_VERSION = 1;

/** Site path of an API file: "talks/x/y.json" → "api/v1/talks/x/y.json". */
export function apiPath(file: string): string {
  return `api/v${API_VERSION}/${file}`;
}

/** A talk in a list: enough to show it; the full record is at talks/{path}.json. */
export function talkRef(talk: Talk): object {
  return { path: talk.path, title: talk.title, date: talk.date };
}

/** The full public record of one talk (talks/{event}/{talk}.json, and each item of all.json's talks). */
export function talkRecord(talk: Talk, catalog: Catalog, site: Site): object {
  const event = catalog.eventBySlug.get(talk.eventSlug);
  return {
    path: talk.path,
    id: talk.id,
    title: talk.title,
    url: absoluteUrl(site, paths.talk(talk.path)),
    event: { slug: talk.eventSlug, title: event?.title ?? talk.eventSlug },
    speakers: talk.speakers.map((slug, i) => speakerOfTalk(slug, talk.speakerNames[i], catalog)),
    tags: talk.tags.map((slug) => ({ slug, name: catalog.tagBySlug.get(slug)?.name ?? slug })),
    language: talk.language,
    date: talk.date,
    recorded: talk.recorded,
    duration: talk.duration,
    summary: talk.summary,
    description: talk.description,
    thumbnailUrl: talk.thumbnailUrl,
    videos: talk.videos.map((v) => ({ type: v.type, url: v.url, size: v.size })),
    relatedUrls: talk.relatedUrls.map((r) => ({ url: r.url, label: r.label })),
    copyright: talk.copyright,
    qualityNotes: talk.qualityNotes,
    aliases: talk.aliases.length > 0 ? talk.aliases : undefined,
    source: talk.file,
  };
}

/** An event without its talks (events.json, all.json). */
export function eventInfo(event: Event, catalog: Catalog, site: Site): object {
  return {
    slug: event.slug,
    title: event.title,
    url: absoluteUrl(site, paths.event(event.slug)),
    website: event.url,
    description: event.description,
    series: { slug: event.series, name: catalog.seriesBySlug.get(event.series)?.name ?? event.series },
    year: event.year,
    startDate: event.startDate,
    endDate: event.endDate,
    talkCount: event.talks.length,
  };
}

/** events/{slug}.json: the event and its talks in recorded order. */
export function eventRecord(event: Event, catalog: Catalog, site: Site): object {
  return { ...eventInfo(event, catalog, site), talks: refs(event.talks, catalog) };
}

/** A series (series.json, all.json): its events newest first. */
export function seriesInfo(series: Series, catalog: Catalog, site: Site): object {
  const talkCount = series.events.reduce((n, e) => n + (catalog.eventBySlug.get(e)?.talks.length ?? 0), 0);
  return { slug: series.slug, name: series.name, url: absoluteUrl(site, paths.series(series.slug)), events: series.events, talkCount };
}

/** series/{slug}.json: the series with each of its events, newest first. */
export function seriesRecord(series: Series, catalog: Catalog, site: Site): object {
  const events = series.events.map((e) => catalog.eventBySlug.get(e)).filter((e): e is Event => e !== undefined);
  return { ...seriesInfo(series, catalog, site), events: events.map((e) => eventInfo(e, catalog, site)) };
}

/** A speaker or tag without its talks (speakers.json, tags.json, all.json). */
export function nameInfo(item: Speaker | Tag, page: string, site: Site): object {
  return { slug: item.slug, name: item.name, url: absoluteUrl(site, page), spellings: item.spellings, otherSlugs: item.otherSlugs, talkCount: item.talks.length };
}

/** speakers/{slug}.json or tags/{slug}.json: every spelling, old slugs, talks newest first. */
export function nameRecord(item: Speaker | Tag, page: string, catalog: Catalog, site: Site): object {
  return { ...nameInfo(item, page, site), talks: refs(item.talks, catalog) };
}

/** A language without its talks (languages.json, all.json). */
export function languageInfo(language: LanguageGroup, site: Site): object {
  return { code: language.code, name: language.name, nativeName: language.nativeName, url: absoluteUrl(site, paths.language(language.code)), talkCount: language.talks.length };
}

/** languages/{code}.json: the language and its talks, newest first. */
export function languageRecord(language: LanguageGroup, catalog: Catalog, site: Site): object {
  return { ...languageInfo(language, site), talks: refs(language.talks, catalog) };
}

// `as` keeps the spelling the talk itself uses when the speaker's page shows another one.
function speakerOfTalk(slug: string, written: string | undefined, catalog: Catalog): object {
  const name = catalog.speakerBySlug.get(slug)?.name ?? written ?? slug;
  return { slug, name, as: written !== undefined && written !== name ? written : undefined };
}

function refs(talkPaths: readonly string[], catalog: Catalog): object[] {
  return talkPaths.map((p) => catalog.talkByPath.get(p)).filter((t): t is Talk => t !== undefined).map(talkRef);
}
