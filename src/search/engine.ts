// The search engine the page (and the relevance test, in Node) runs: loads the manifest, then only
// the shards, facet files and result chunks a search needs, through an injected loader.

import { facetCounts, type FacetColumns, type FacetCounts } from "./facet-counts.js";
import { chunkFile, COMMON_SHARE, undelta, unrun, type DocRecord, type FacetList, type FacetsCore, type SearchManifest, type TermShard } from "./index-format.js";
import { matchTerms, shardsFor } from "./match-terms.js";
import { queryWords, type QueryWord } from "./query-words.js";
import { phraseBoost, scoreWord, type RankContext, type WordScores } from "./rank.js";
import type { Filter, SearchState } from "./search-state.js";

/** Reads a file of the index (path relative to the manifest) as parsed JSON. */
export type Loader = (file: string) => Promise<unknown>;

/** One result. */
export interface Hit {
  readonly id: number;
  readonly doc: DocRecord;
}

/** The answer to a search. */
export interface SearchResult {
  /** Number of matching talks. */
  readonly total: number;
  /** The first `limit` results, in order. */
  readonly hits: readonly Hit[];
  readonly facets: FacetCounts;
  /** Index terms the query matched (to highlight), and its words. */
  readonly terms: ReadonlySet<string>;
  readonly words: readonly QueryWord[];
}

/** A search engine bound to one index. */
export interface SearchEngine {
  readonly manifest: SearchManifest;
  readonly core: FacetsCore;
  search(state: SearchState, options?: { limit?: number; lists?: boolean }): Promise<SearchResult>;
}

// The best candidates are re-ranked once their titles are known (phrase boost): at least this many,
// and the page shown. Each needs its result chunk, so more would cost transfer at every keystroke.
const RERANK = 10;

/** Opens the index: loads the manifest and the core facets (a few KB) once. */
export async function openEngine(load: Loader): Promise<SearchEngine> {
  const manifest = (await load("manifest.json")) as SearchManifest;
  if (manifest.version !== 1) throw new Error(`search index version ${String(manifest.version)} is not supported`);
  const core = (await load(manifest.facets.core)) as FacetsCore;
  const docEvent = unrun(core.docEvent);
  const eventDocs: number[][] = core.events.map(() => []);
  docEvent.forEach((e, d) => eventDocs[e]?.push(d));
  const columns = { docEvent, docLanguage: unrun(core.docLanguage), docYear: unrun(core.docYear) };
  const rank: RankContext = { docs: manifest.docs, avgTitle: manifest.avgTitle, eventDocs };
  const cache = new Map<string, Promise<unknown>>();
  const cached = <T>(file: string): Promise<T> => {
    let p = cache.get(file);
    if (!p) {
      p = load(file);
      // A failed request may succeed later: do not keep the failure.
      p.catch(() => cache.delete(file));
      cache.set(file, p);
    }
    return p as Promise<T>;
  };
  const lists = async (): Promise<{ tags: FacetList; speakers: FacetList }> => {
    const [tags, speakers] = await Promise.all([cached<FacetList>(manifest.facets.tags), cached<FacetList>(manifest.facets.speakers)]);
    return { tags, speakers };
  };
  const doc = async (id: number): Promise<DocRecord> => {
    const chunk = await cached<DocRecord[]>(chunkFile(manifest, Math.floor(id / manifest.chunks.size)));
    return chunk[id % manifest.chunks.size] as DocRecord;
  };

  // While the second letter of a word is typed, the shards its completions will need from the
  // third letter on are fetched in the background (when they are few): that keystroke then waits
  // for nothing.
  const prefetchCompletions = (q: string): void => {
    const last = queryWords(q).pop();
    if (!last || Array.from(last.term).length !== 2 || !/[\p{L}\p{N}]$/u.test(q)) return;
    for (const file of shardsFor(manifest.shards, { ...last, prefix: true })) cached<TermShard>(file).catch(() => undefined);
  };

  return {
    manifest,
    core,
    async search(state, options = {}) {
      const limit = options.limit ?? 10;
      const words = queryWords(state.q);
      prefetchCompletions(state.q);
      const f = state.filters;
      const needLists = options.lists === true || f.tag !== undefined || f.speaker !== undefined;
      const [listData, perWord] = await Promise.all([
        needLists ? lists() : Promise.resolve(undefined),
        Promise.all(words.map(async (w) => matchTerms(w, await Promise.all(shardsFor(manifest.shards, w).map((file) => cached<TermShard>(file)))))),
      ]);
      const terms = new Set(perWord.flatMap((ms) => ms.map((m) => m.term)));
      let scores: { ids: number[]; score: Float64Array } | undefined;
      if (words.length > 0) {
        const wordScores = perWord.map((ms) => scoreWord(ms, rank));
        // A word in more than a quarter of the talks ("python", "the") narrows nothing: it only adds
        // to the score, unless every word is that common.
        const common = perWord.map((ms, i) => ms.some((m) => m.term === words[i]?.term && m.posting[0] > manifest.docs * COMMON_SHARE));
        const required = common.every(Boolean) ? common.map(() => true) : common.map((c) => !c);
        scores = combine(wordScores, required, manifest.docs);
      }
      const keep = filterOf(state.filters, core, columns, listData);
      let ids: number[];
      if (scores) ids = scores.ids.filter(keep);
      else ids = Array.from({ length: manifest.docs }, (_, i) => i).filter(keep);
      const byScore = scores !== undefined && state.sort === "relevance";
      if (byScore && scores) {
        const s = scores.score;
        ids.sort((a, b) => (s[b] ?? 0) - (s[a] ?? 0) || a - b);
        // Phrase boost on the best candidates, whose titles are loaded anyway.
        const top = ids.slice(0, Math.max(RERANK, limit));
        const titles = await Promise.all(top.map(doc));
        const boosted = new Map(top.map((id, i) => [id, (s[id] ?? 0) * phraseBoost(titles[i]?.[0] ?? "", words)]));
        top.sort((a, b) => (boosted.get(b) ?? 0) - (boosted.get(a) ?? 0) || a - b);
        ids = [...top, ...ids.slice(top.length)];
      } else ids.sort((a, b) => a - b);
      const page = ids.slice(0, limit);
      const docs = await Promise.all(page.map(doc));
      return {
        total: ids.length,
        hits: page.map((id, i) => ({ id, doc: docs[i] as DocRecord })),
        facets: facetCounts(ids, state.filters, core, columns, listData),
        terms,
        words,
      };
    },
  };
}

/** Documents every required word matched, with all words' scores summed; when no document has them all, those with the most. */
function combine(wordScores: readonly WordScores[], required: readonly boolean[], n: number): { ids: number[]; score: Float64Array } {
  const count = new Uint8Array(n);
  const score = new Float64Array(n);
  const candidates: number[] = [];
  wordScores.forEach((ws, i) => {
    if (!required[i]) return;
    for (const d of ws.docs) {
      if (count[d] === 0) candidates.push(d);
      count[d] = (count[d] ?? 0) + 1;
      score[d] = (score[d] ?? 0) + (ws.score[d] ?? 0);
    }
  });
  wordScores.forEach((ws, i) => {
    if (required[i]) return;
    for (const d of ws.docs) if ((count[d] ?? 0) > 0) score[d] = (score[d] ?? 0) + (ws.score[d] ?? 0);
  });
  let most = 0;
  for (const d of candidates) most = Math.max(most, count[d] ?? 0);
  return { ids: candidates.filter((d) => count[d] === most), score };
}

/** The test a document must pass to satisfy the filters (an unknown value matches nothing). */
function filterOf(
  filters: SearchState["filters"],
  core: FacetsCore,
  columns: FacetColumns,
  lists: { tags: FacetList; speakers: FacetList } | undefined,
): (id: number) => boolean {
  const tests: ((id: number) => boolean)[] = [];
  const slugIndex = (list: readonly (readonly [string, ...unknown[]])[], slug: string | undefined): number => list.findIndex((v) => v[0] === slug);
  if (filters.event !== undefined) {
    const e = slugIndex(core.events, filters.event);
    tests.push((id) => columns.docEvent[id] === e);
  }
  if (filters.series !== undefined) {
    const s = slugIndex(core.series, filters.series);
    tests.push((id) => core.events[columns.docEvent[id] ?? -1]?.[2] === s);
  }
  if (filters.language !== undefined) {
    const l = slugIndex(core.languages, filters.language);
    tests.push((id) => columns.docLanguage[id] === l);
  }
  if (filters.year !== undefined) {
    const y = Number(filters.year);
    tests.push((id) => columns.docYear[id] === y);
  }
  for (const name of ["tag", "speaker"] as const satisfies readonly Filter[]) {
    const slug = filters[name];
    if (slug === undefined) continue;
    const list = name === "tag" ? lists?.tags : lists?.speakers;
    const i = list ? slugIndex(list.values, slug) : -1;
    const docs = new Set(i >= 0 ? undelta(list?.docs[i]) : []);
    tests.push((id) => docs.has(id));
  }
  return (id) => tests.every((t) => t(id));
}
