// The static JSON API under /api/v1/: an index, lists, one record per talk, event, series, speaker,
// tag and language, and one full dump. Compact JSON: these files are for programs, and gzip on
// the server removes most of what indentation would add anyway. Every file is a unit; the dump
// is spliced from each talk's memoized JSON, so an edit serialises one talk again.

import { type BuildContext, type Emitter, unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { absoluteUrl, type Site } from "../../build/site.js";
import type { Catalog, Event, LanguageGroup, Speaker, Tag } from "../../model/catalog.js";
import { Pieces, type OutputFile } from "../../output/output-file.js";
import { API_VERSION, apiPath, eventInfo, languageInfo, nameInfo, seriesInfo, seriesRecord, talkRecord, talkRef } from "./api-records.js";

// Text: the sink encodes it once, straight into the batch it writes (a buffer of its own first was
// an allocation and a copy more per file — 16,000 files, most of them a few hundred bytes).
const json = (file: string, value: unknown): OutputFile => ({ path: apiPath(file), content: `${JSON.stringify(value)}\n` });

/** Every API file, each a unit reading only what it shows. */
export const api: Emitter = function* (catalog, ctx) {
  const { site } = ctx;
  // The head of each record with talks, one function each for all records of a kind (a new closure
  // per record made V8 deoptimize withTalks thousands of times over, "wrong feedback cell").
  const eventHead = (e: Event, c: Catalog): object => eventInfo(e, c, site);
  const speakerHead = (s: Speaker): object => nameInfo(s, paths.speaker(s.slug), site);
  const tagHead = (t: Tag): object => nameInfo(t, paths.tag(t.slug), site);
  const languageHead = (l: LanguageGroup): object => languageInfo(l, site);
  yield unit("index.json", (c) => json("index.json", apiIndex(c, site)));
  // Talks are listed from `newest` (paths only): reading `talks` would make this listing run again on every edit.
  for (const path of catalog.newest) {
    const file = `talks/${path}.json`;
    yield unit(file, (c) => {
      const text = talkJson(path, c, ctx);
      return text ? [{ path: apiPath(file), content: text }] : [];
    });
  }
  yield unit("events.json", (c) => json("events.json", lists(c, ctx).events));
  for (const { slug } of catalog.events) {
    const file = `events/${slug}.json`;
    yield unit(file, (c) => withTalks(file, c.eventBySlug.get(slug), eventHead, c, ctx));
  }
  yield unit("series.json", (c) => json("series.json", lists(c, ctx).series));
  for (const { slug } of catalog.series) {
    const file = `series/${slug}.json`;
    yield unit(file, (c) => one(file, c.seriesBySlug.get(slug), (s) => seriesRecord(s, c, site)));
  }
  yield unit("speakers.json", (c) => json("speakers.json", lists(c, ctx).speakers));
  for (const { slug } of catalog.speakers) {
    const file = `speakers/${slug}.json`;
    yield unit(file, (c) => withTalks(file, c.speakerBySlug.get(slug), speakerHead, c, ctx));
  }
  yield unit("tags.json", (c) => json("tags.json", lists(c, ctx).tags));
  for (const { slug } of catalog.tags) {
    const file = `tags/${slug}.json`;
    yield unit(file, (c) => withTalks(file, c.tagBySlug.get(slug), tagHead, c, ctx));
  }
  yield unit("languages.json", (c) => json("languages.json", lists(c, ctx).languages));
  for (const { code } of catalog.languages) {
    const file = `languages/${code}.json`;
    yield unit(file, (c) => withTalks(file, c.languageByCode.get(code), languageHead, c, ctx));
  }
  yield unit("all.json", (c) => allJson(c, ctx), { lazy: true });
};

// The record file of an entity, or none when it is gone.
function one<T>(file: string, item: T | undefined, record: (item: T) => object): OutputFile[] {
  return item === undefined ? [] : [json(file, record(item))];
}

/**
 * The record file of an entity with talks: `info` then its talks' references, spliced from each
 * talk's memoized reference JSON (a language's record lists ~20,000 talks: an edit of one of them
 * then serialises one reference). The same bytes as JSON.stringify({ ...info, talks: refs }), as
 * eventRecord, nameRecord and languageRecord give them.
 */
function withTalks<T extends { readonly talks: readonly string[] }>(file: string, item: T | undefined, info: (item: T, catalog: Catalog) => object, catalog: Catalog, ctx: BuildContext): OutputFile[] {
  if (item === undefined) return [];
  const refs: string[] = [];
  for (const p of item.talks) {
    const ref = ctx.memo("api-ref", p, () => {
      const talk = catalog.talkByPath.get(p);
      return talk ? JSON.stringify(talkRef(talk)) : undefined;
    });
    if (ref !== undefined) refs.push(ref);
  }
  return [{ path: apiPath(file), content: `${JSON.stringify(info(item, catalog)).slice(0, -1)},"talks":[${refs.join(",")}]}\n` }];
}

/**
 * A talk's record as JSON bytes with the final newline: the content of talks/{path}.json as is,
 * and (without the newline) its item in all.json. Memoized, so an edit serialises one talk again.
 */
function talkJson(path: string, catalog: Catalog, ctx: BuildContext): Buffer | undefined {
  return ctx.memo("api-talk", path, () => {
    const talk = catalog.talkByPath.get(path);
    return talk ? ctx.bytes(`${JSON.stringify(talkRecord(talk, catalog, ctx.site))}\n`) : undefined;
  });
}

interface Lists {
  readonly events: object[];
  readonly series: object[];
  readonly speakers: object[];
  readonly tags: object[];
  readonly languages: object[];
}

// The lists without talks, shared by their own files and all.json.
function lists(catalog: Catalog, ctx: BuildContext): Lists {
  const { site } = ctx;
  return {
    events: ctx.memo("api-list", "events", () => catalog.events.map((e) => eventInfo(e, catalog, site))),
    series: ctx.memo("api-list", "series", () => catalog.series.map((s) => seriesInfo(s, catalog, site))),
    speakers: ctx.memo("api-list", "speakers", () => catalog.speakers.map((s) => nameInfo(s, paths.speaker(s.slug), site))),
    tags: ctx.memo("api-list", "tags", () => catalog.tags.map((t) => nameInfo(t, paths.tag(t.slug), site))),
    languages: ctx.memo("api-list", "languages", () => catalog.languages.map((l) => languageInfo(l, site))),
  };
}

/**
 * all.json: the lists as in their own files, and every talk's full record. Descriptions stay in:
 * the dump exists so a program (a search index, an offline mirror) needs one request instead of
 * 21,000, and the descriptions are most of what it wants; gzip shrinks the file about 4×.
 * Lists of talks per event, speaker, tag and language are left out: each talk record names them.
 * The talks are spliced in as already-written JSON bytes (each without its newline), in `talks`
 * order: the dump depends on every talk, but an edit serialises one talk. The file is pieces (see
 * `Pieces`): the disk sink copies them straight to where the file's bytes go, where joining them
 * into a buffer of its own first made the sink allocate and copy 36 MB twice (≈ 16,000 fewer page
 * faults in a cold build of the snapshot without it).
 */
function allJson(catalog: Catalog, ctx: BuildContext): OutputFile {
  const { site } = ctx;
  const head = ctx.memo("api", "all-head", () => JSON.stringify({ version: API_VERSION, site: siteInfo(site), counts: counts(catalog), ...lists(catalog, ctx) }));
  // Gathered per event (talk paths are `{event}/{talk}`, so events by `{event}/`, then each event's
  // talks by path, is `talks` order): an edit looks up 541 pieces, not 21,000 talks.
  const parts: (string | Buffer)[] = [`${head.slice(0, -1)},"talks":[`];
  for (const slug of catalog.events.map((e) => `${e.slug}/`).sort(cmp))
    for (const b of eventTalksJson(slug.slice(0, -1), catalog, ctx)) {
      if (parts.length > 1) parts.push(",");
      parts.push(b.subarray(0, -1));
    }
  parts.push("]}\n");
  return { path: apiPath("all.json"), content: new Pieces(parts) };
}

// The JSON of one event's talks, in path order (each with its final newline, shared with its own file).
function eventTalksJson(slug: string, catalog: Catalog, ctx: BuildContext): readonly Buffer[] {
  return ctx.memo("api-event-talks", slug, () =>
    [...(catalog.eventBySlug.get(slug)?.talks ?? [])]
      .sort(cmp)
      .map((p) => talkJson(p, catalog, ctx))
      .filter((b) => b !== undefined),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** index.json: counts and where everything is (URL templates use {path}, {slug}, {code}). */
function apiIndex(catalog: Catalog, site: Site): object {
  const url = (file: string): string => absoluteUrl(site, apiPath(file));
  return {
    version: API_VERSION,
    site: siteInfo(site),
    counts: counts(catalog),
    links: {
      all: url("all.json"),
      events: url("events.json"),
      series: url("series.json"),
      speakers: url("speakers.json"),
      tags: url("tags.json"),
      languages: url("languages.json"),
      talk: url("talks/{path}.json"),
      event: url("events/{slug}.json"),
      seriesRecord: url("series/{slug}.json"),
      speaker: url("speakers/{slug}.json"),
      tag: url("tags/{slug}.json"),
      language: url("languages/{code}.json"),
    },
  };
}

function siteInfo(site: Site): object {
  return { name: site.name, url: site.baseUrl };
}

// `newest` counts the talks without reading their list, which changes with every edit.
function counts(catalog: Catalog): object {
  return { talks: catalog.newest.length, events: catalog.events.length, series: catalog.series.length, speakers: catalog.speakers.length, tags: catalog.tags.length, languages: catalog.languages.length };
}
