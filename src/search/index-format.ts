// The search index's file format, shared by the indexer and the client: what each file holds and
// where it lives under `search/`. Everything but the manifest is named after its content's hash.

/** Fields a term can occur in, in posting order; the ranking weighs them title > speakers > tags > event > description. */
export const FIELDS = ["title", "speakers", "tags", "event", "description"] as const;

/**
 * Share of the talks above which a word is "common": the engine does not require it (it only adds
 * to scores), so the indexer leaves out its description postings, the bulk of its bytes.
 */
export const COMMON_SHARE = 0.25;

/** One field of a talk. */
export type Field = (typeof FIELDS)[number];

/**
 * A term's postings: `[df, title, speakers, tags, event, description]`, trailing empty lists dropped.
 * Lists are delta-coded and ascending. Title entries are `doc * 16 + min(15, title length in words)`,
 * description entries `doc * 4 + min(3, tf - 1)`, event entries are event indexes (not documents).
 */
export type Posting = [number, ...number[][]];

/** A term shard: postings of a contiguous range of terms, keyed by term, in sorted order. */
export type TermShard = Record<string, Posting>;

/** A result document: `[title, url, speakers, event index, date, language code, duration s, thumbnail URL]`. */
export type DocRecord = [string, string, string[], number, string, string, number, string];

/** Facet data every query needs: small, loaded with the manifest. Per-document values are run-length coded `[value, count, …]`. */
export interface FacetsCore {
  /** `[slug, name]`. */
  series: [string, string][];
  /** `[slug, title, series index, year (0 when unknown)]`, in the order of first appearance. */
  events: [string, string, number, number][];
  /** `[code, name]`. */
  languages: [string, string][];
  /** Event index of each document, run-length coded. */
  docEvent: number[];
  /** Language index of each document (-1: unknown), run-length coded. */
  docLanguage: number[];
  /** Year of each document (0: unknown), run-length coded. */
  docYear: number[];
}

/** A many-valued facet (tags, speakers), loaded when first needed: values by talk count, each with its delta-coded documents. */
export interface FacetList {
  /** `[slug, name]`. */
  values: [string, string][];
  docs: number[][];
}

/** The entry point of the index (`search/manifest.json`, the one name without a hash). */
export interface SearchManifest {
  version: 1;
  /** Number of documents (talks); document 0 is the newest. */
  docs: number;
  /** Average title length in words (BM25 length normalisation). */
  avgTitle: number;
  /** Document chunk `i` is `d/{i}.{hash}.json` and holds documents `i * size` to `(i + 1) * size - 1`. */
  chunks: { size: number; hash: string };
  /** `[first term, file]`, sorted by first term: a shard holds the terms from its first up to the next shard's. */
  shards: [string, string][];
  /** Files (relative to the manifest) of the facet data. */
  facets: { core: string; tags: string; speakers: string };
}

/** Site path of the manifest. */
export const MANIFEST_PATH = "search/manifest.json";

/** File of document chunk `i`, relative to the manifest. */
export function chunkFile(manifest: Pick<SearchManifest, "chunks">, i: number): string {
  return `d/${i}.${manifest.chunks.hash}.json`;
}

/** Deltas → absolute values. */
export function undelta(list: readonly number[] | undefined): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const d of list ?? []) {
    prev += d;
    out.push(prev);
  }
  return out;
}

/** Absolute ascending values → deltas. */
export function delta(list: readonly number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const v of list) {
    out.push(v - prev);
    prev = v;
  }
  return out;
}

/** Run-length coded `[value, count, …]` → one value per document. */
export function unrun(runs: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const value = runs[i] ?? 0;
    for (let n = runs[i + 1] ?? 0; n > 0; n--) out.push(value);
  }
  return out;
}

/** One value per document → run-length coded `[value, count, …]`. */
export function run(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (out.length > 0 && out[out.length - 2] === v) out[out.length - 1] = (out[out.length - 1] ?? 0) + 1;
    else out.push(v, 1);
  }
  return out;
}
