// The static JSON API under /api/v1/: an index, lists, one record per talk, event, series, speaker,
// tag and language, and one full dump. Compact JSON: these files are for programs, and gzip on
// the server removes most of what indentation would add anyway.

import type { Emitter } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { absoluteUrl, type Site } from "../../build/site.js";
import type { Catalog } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { API_VERSION, apiPath, eventInfo, eventRecord, languageInfo, languageRecord, nameInfo, nameRecord, seriesInfo, seriesRecord, talkRecord } from "./api-records.js";

/** Every API file. */
export const api: Emitter = (catalog, ctx) => {
  const { site } = ctx;
  // Bytes, not strings: the sink hashes and writes them without encoding again, and 90 MB of
  // mostly two-byte JS strings would take twice the memory.
  const json = (file: string, value: unknown): OutputFile => ({ path: apiPath(file), content: Buffer.from(`${JSON.stringify(value)}\n`) });
  // Each talk's JSON is written once: alone, and again spliced into all.json.
  const talkJson = catalog.talks.map((t) => JSON.stringify(talkRecord(t, catalog, site)));
  const events = catalog.events.map((e) => eventInfo(e, catalog, site));
  const series = catalog.series.map((s) => seriesInfo(s, catalog, site));
  const speakers = catalog.speakers.map((s) => nameInfo(s, paths.speaker(s.slug), site));
  const tags = catalog.tags.map((t) => nameInfo(t, paths.tag(t.slug), site));
  const languages = catalog.languages.map((l) => languageInfo(l, site));
  const files: OutputFile[] = [json("index.json", apiIndex(catalog, site))];
  catalog.talks.forEach((t, i) => files.push({ path: apiPath(`talks/${t.path}.json`), content: Buffer.from(`${talkJson[i]}\n`) }));
  files.push(json("events.json", events));
  for (const e of catalog.events) files.push(json(`events/${e.slug}.json`, eventRecord(e, catalog, site)));
  files.push(json("series.json", series));
  for (const s of catalog.series) files.push(json(`series/${s.slug}.json`, seriesRecord(s, catalog, site)));
  files.push(json("speakers.json", speakers));
  for (const s of catalog.speakers) files.push(json(`speakers/${s.slug}.json`, nameRecord(s, paths.speaker(s.slug), catalog, site)));
  files.push(json("tags.json", tags));
  for (const t of catalog.tags) files.push(json(`tags/${t.slug}.json`, nameRecord(t, paths.tag(t.slug), catalog, site)));
  files.push(json("languages.json", languages));
  for (const l of catalog.languages) files.push(json(`languages/${l.code}.json`, languageRecord(l, catalog, site)));
  // all.json: the lists as in their own files, and every talk's full record. Descriptions stay in:
  // the dump exists so a program (a search index, an offline mirror) needs one request instead of
  // 21,000, and the descriptions are most of what it wants; gzip shrinks the file about 4×.
  // Lists of talks per event, speaker, tag and language are left out: each talk record names them.
  // The talks are spliced in as already-written JSON (the head object ends with "}", replaced by the talks).
  const head = JSON.stringify({ version: API_VERSION, site: siteInfo(site), counts: counts(catalog), events, series, speakers, tags, languages });
  files.push({ path: apiPath("all.json"), content: Buffer.from(`${head.slice(0, -1)},"talks":[${talkJson.join(",")}]}\n`) });
  return files;
};

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

function counts(catalog: Catalog): object {
  return { talks: catalog.talks.length, events: catalog.events.length, series: catalog.series.length, speakers: catalog.speakers.length, tags: catalog.tags.length, languages: catalog.languages.length };
}
