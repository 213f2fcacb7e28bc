// The search index emitter: from the Catalog, a manifest, term shards, result chunks and facet
// files under `search/`, every file but the manifest named after its content's hash. Each talk's
// terms and record are memoized, and the term index of the last build is kept in the context: when
// the documents keep their numbers (talks' texts edited), only the changed talks are re-indexed
// and only the shards holding their terms are written again.

import { unit, type BuildContext, type Unit } from "../build/context.js";
import type { Site } from "../build/site.js";
import { sameList } from "../catalog/share.js";
import type { Catalog } from "../model/catalog.js";
import type { OutputFile } from "../output/output-file.js";
import { facetList, facetsCore } from "./build-facets.js";
import { MANIFEST_PATH, type SearchManifest } from "./index-format.js";
import { docOrder, docRecordJson, docText, searchDoc, searchPartsOfFile, searchRecord, type SearchDoc, type SearchParts, type SearchPartsOfFile } from "./search-docs.js";
import { cutShards, hashOf, type Shard } from "./shards.js";
import { packedText, packTexts } from "../output/byte-arena.js";
import { docTerms, TermIndex, Vocabulary, type DocText } from "./term-index.js";

// About 24 KB of JSON (6–9 KB gzipped) per shard. Results of one query are scattered over the
// years: small chunks (6 talks, under 1 KB gzipped) keep what a page of results fetches close to what it shows.
const SHARD_BYTES = 24_000;
const CHUNK_DOCS = 6;

/** A result chunk: its JSON and the hash of it. */
interface Chunk {
  readonly json: string;
  readonly hash: string;
}

// What the previous build of this context indexed.
interface Previous {
  paths: readonly string[];
  eventOrder: readonly string[];
  eventTexts: readonly string[];
  eventSizes: readonly number[];
  docs: readonly SearchDoc[];
  index: TermIndex;
  shards: readonly Shard[];
  chunks: readonly Chunk[];
  facets: { tags: Catalog["tags"]; speakers: Catalog["speakers"]; tagsJson: string; speakersJson: string };
  core: { series: Catalog["series"]; languages: Catalog["languages"]; events: Catalog["events"]; json: string };
  sortKeys: ReadonlyMap<string, string>;
}

/** Writes `search/…`: the index of every published talk (one unit: its files change together). */
export function searchIndex(_catalog: Catalog, ctx: BuildContext): Unit[] {
  return [unit("search", (c) => indexFiles(c, ctx))];
}

function indexFiles(catalog: Catalog, ctx: BuildContext): OutputFile[] {
  const kept = ctx.once("search:previous", () => ({ last: undefined as Previous | undefined }));
  // Every talk, speaker and tag is read below: the index depends on these lists as a whole. They are
  // read first, so that once that is recorded the thousands of lookups by key that follow cost
  // nothing to track.
  void catalog.tags;
  void catalog.speakers;
  const { paths, eventOrder, sortKeys } = orderOf(catalog, kept.last);
  // The documents' terms are numbers of one vocabulary, kept as long as the context.
  const vocabulary = ctx.once("search:vocabulary", () => new Vocabulary());
  const docs = paths.map((p) => ctx.memo("search-doc", p, () => searchDoc(p, catalog, ctx.site, vocabulary)));
  const eventNumber = new Map(eventOrder.map((slug, i) => [slug, i]));
  const { eventTexts, eventSizes } = eventsOf(catalog, docs, eventOrder, eventNumber);

  // The same documents under the same numbers: update the last index in place.
  const last = kept.last && sameList(kept.last.paths, paths) && sameList(kept.last.eventTexts, eventTexts) && sameList(kept.last.eventSizes, eventSizes) ? kept.last : undefined;
  let index: TermIndex;
  // Terms whose entries changed; undefined: all (a new index).
  let touched: ReadonlySet<string> | undefined;
  if (last) {
    const changed = new Map<number, SearchDoc["terms"]>();
    docs.forEach((d, i) => {
      if (d.terms !== last.docs[i]?.terms) changed.set(i, d.terms);
    });
    index = last.index;
    touched = index.update(changed);
  } else index = new TermIndex(vocabulary, docs.map((d) => d.terms), eventTexts, eventSizes);

  const shards = cutShards(index, SHARD_BYTES, last?.shards, touched);
  let titleWords = 0;
  for (const d of docs) titleWords += d.terms.titleLength;
  const avgTitle = averageTitle(titleWords, docs.length);
  const shardFiles = shards.map((s) => ({ first: s.first, name: s.name, content: s.json }));
  const { files, chunks, facets, core } = otherFiles(catalog, paths, docs, eventOrder, eventNumber, shardFiles, avgTitle, last);
  kept.last = { paths, eventOrder, eventTexts, eventSizes, docs, index, shards, chunks, facets, core, sortKeys };
  return files;
}

/**
 * The input of the term index: the documents' texts (as parts, their summary and description to be
 * read from their data files by the indexing thread) in number order, and the events' texts and
 * talk counts.
 */
export interface IndexInput {
  texts: SearchPartsOfFile[];
  eventTexts: string[];
  eventSizes: number[];
}

/** A talk's summary and description by its data file, as the indexing thread parsed it (the catalog's own, see `talkDescription`). */
export type TalkTexts = (file: string) => Pick<SearchParts, "summary" | "description">;

/**
 * The term index's part of the files, as the index worker answers: each shard's first term and file
 * name, the shards' JSON as UTF-8 one after the other (`ends`), in a buffer the message moves rather
 * than copies (4,000 strings, 13 MB, made again on the receiving thread and kept there until
 * written cost more), and each document's title length.
 */
export interface IndexedTerms {
  shards: { first: string; name: string }[];
  json: Uint8Array;
  ends: Int32Array;
  titleLengths: Uint8Array;
}

/** Builds the term shards from plain input and the talks' texts (what the index worker runs). */
export function indexTerms(input: IndexInput, talkTexts: TalkTexts): IndexedTerms {
  const vocabulary = new Vocabulary();
  const docs = input.texts.map((t) => {
    const { summary, description } = talkTexts(t.file);
    return docTerms(docText({ title: t.title, speakers: t.speakers, tags: t.tags, summary, description }), vocabulary);
  });
  const index = new TermIndex(vocabulary, docs, input.eventTexts, input.eventSizes);
  const shards = cutShards(index, SHARD_BYTES);
  const { bytes: json, ends } = packTexts(shards.map((s) => s.json));
  return { shards: shards.map((s) => ({ first: s.first, name: s.name })), json, ends, titleLengths: Uint8Array.from(docs, (d) => d.titleLength) };
}

// The shard files of a worker's answer (views of its buffer).
function shardFilesOf(terms: IndexedTerms): ShardFile[] {
  return terms.shards.map((s, i) => ({ ...s, content: packedText(terms.json, terms.ends, i) }));
}

/**
 * The search index of a full build whose term index is computed elsewhere (a worker thread, from
 * `input`): `files` makes the same files as the emitter once the shards are back.
 */
export function searchIndexParts(catalog: Catalog, site: Site): { input: IndexInput; files(terms: IndexedTerms): OutputFile[] } {
  const { paths, eventOrder } = docOrder(catalog);
  const records = paths.map((p) => searchRecord(p, catalog, site));
  const eventNumber = new Map(eventOrder.map((slug, i) => [slug, i]));
  const { eventTexts, eventSizes } = eventsOf(catalog, records, eventOrder, eventNumber);
  return {
    input: { texts: paths.map((p) => searchPartsOfFile(p, catalog)), eventTexts, eventSizes },
    files: (terms) => otherFiles(catalog, paths, records, eventOrder, eventNumber, shardFilesOf(terms), averageTitle(terms.titleLengths.reduce((n, l) => n + l, 0), terms.titleLengths.length)).files,
  };
}

// Each event's searchable text (its title and its series' name) and its number of talks.
function eventsOf(catalog: Catalog, docs: readonly DocRecord[], eventOrder: readonly string[], eventNumber: ReadonlyMap<string, number>): { eventTexts: string[]; eventSizes: number[] } {
  const eventTexts = eventOrder.map((slug) => {
    const event = catalog.eventBySlug.get(slug);
    return `${event?.title ?? slug}\n${catalog.seriesBySlug.get(event?.series ?? "")?.name ?? ""}`;
  });
  const eventSizes = eventOrder.map(() => 0);
  for (const d of docs) {
    const e = eventNumber.get(d.eventSlug) ?? 0;
    eventSizes[e] = (eventSizes[e] ?? 0) + 1;
  }
  return { eventTexts, eventSizes };
}

// The mean title length in words, to two decimals. (Summed by the caller: in `serve`, a list of
// 21,000 numbers per edit goes straight to the old generation and brings major collections closer.)
function averageTitle(words: number, docs: number): number {
  return Math.round((words / Math.max(1, docs)) * 100) / 100;
}

// What a document is besides its terms.
type DocRecord = Omit<SearchDoc, "terms">;

// A term shard's file: its first term, its name and its JSON.
interface ShardFile {
  readonly first: string;
  readonly name: string;
  readonly content: string | Uint8Array;
}

// The files besides the term index: the shards given, result chunks, facets and the manifest; with
// the last build's parts kept where its documents (the same objects) did not change.
function otherFiles(
  catalog: Catalog,
  paths: readonly string[],
  docs: readonly DocRecord[],
  eventOrder: readonly string[],
  eventNumber: ReadonlyMap<string, number>,
  shards: readonly ShardFile[],
  avgTitle: number,
  last?: Previous,
): { files: OutputFile[]; chunks: Chunk[]; facets: Previous["facets"]; core: Previous["core"] } {
  const { tags, speakers } = catalog;
  const files: OutputFile[] = [];
  const add = (dir: string, stem: string, json: string): string => {
    const name = `${dir}/${stem}${hashOf(json)}.json`;
    files.push({ path: `search/${name}`, content: json });
    return name;
  };

  for (const s of shards) files.push({ path: `search/${s.name}`, content: s.content });

  // Each chunk is named by one hash of all chunks (a result page fetches chunks of one version):
  // the hash of the chunks' own hashes, so an edit rehashes only the chunks it changed.
  const chunks: Chunk[] = [];
  for (let i = 0, c = 0; i < docs.length; i += CHUNK_DOCS, c++) {
    const old = last?.chunks[c];
    let same = old !== undefined;
    for (let k = i; same && k < Math.min(docs.length, i + CHUNK_DOCS); k++) same = docs[k] === last?.docs[k];
    if (same && old) chunks.push(old);
    else {
      const parts: string[] = [];
      for (let k = i; k < Math.min(docs.length, i + CHUNK_DOCS); k++) parts.push(docRecordJson(docs[k] as DocRecord, eventNumber.get((docs[k] as DocRecord).eventSlug) ?? 0));
      const json = `[${parts.join(",")}]`;
      chunks.push({ json, hash: hashOf(json) });
    }
  }
  const chunkHash = hashOf(chunks.map((c) => c.hash).join(""));
  chunks.forEach((c, i) => files.push({ path: `search/d/${i}.${chunkHash}.json`, content: c.json }));

  const facets = last && last.facets.tags === tags && last.facets.speakers === speakers ? last.facets : facetLists(paths, tags, speakers);
  const { series, languages, events } = catalog;
  // The core facets change with the lists and with a document's language or year (same numbers).
  const sameCore =
    last?.core.series === series &&
    last.core.languages === languages &&
    last.core.events === events &&
    docs.every((d, i) => d === last.docs[i] || (d.language === last.docs[i]?.language && d.year === last.docs[i]?.year));
  const core =
    sameCore && last
      ? last.core
      : { series, languages, events, json: JSON.stringify(facetsCore(catalog, docs.map((d) => ({ event: eventNumber.get(d.eventSlug) ?? 0, language: d.language, year: d.year })), eventOrder)) };
  const manifest: SearchManifest = {
    version: 1,
    docs: docs.length,
    avgTitle,
    chunks: { size: CHUNK_DOCS, hash: chunkHash },
    shards: shards.map((s) => [s.first, s.name]),
    facets: {
      core: add("f", "core.", core.json),
      tags: add("f", "tags.", facets.tagsJson),
      speakers: add("f", "speakers.", facets.speakersJson),
    },
  };
  files.push({ path: MANIFEST_PATH, content: JSON.stringify(manifest) });
  return { files, chunks, facets, core };
}

// The documents' order, kept from the last build when every talk sorts by the same date as then
// (comparing 21,000 dates is cheaper than sorting them).
function orderOf(catalog: Catalog, last: Previous | undefined): { paths: readonly string[]; eventOrder: readonly string[]; sortKeys: ReadonlyMap<string, string> } {
  const startDates = new Map(catalog.events.map((e) => [e.slug, e.startDate]));
  const sortKeys = new Map(catalog.talks.map((t) => [t.path, t.date ?? startDates.get(t.eventSlug) ?? ""]));
  if (last && last.sortKeys.size === sortKeys.size && [...sortKeys].every(([p, k]) => last.sortKeys.get(p) === k))
    return { paths: last.paths, eventOrder: last.eventOrder, sortKeys: last.sortKeys };
  return { ...docOrder(catalog), sortKeys };
}

function facetLists(paths: readonly string[], tags: Catalog["tags"], speakers: Catalog["speakers"]): Previous["facets"] {
  const docOf = new Map(paths.map((p, i) => [p, i]));
  return { tags, speakers, tagsJson: JSON.stringify(facetList(tags, docOf, "tags")), speakersJson: JSON.stringify(facetList(speakers, docOf, "speakers")) };
}
