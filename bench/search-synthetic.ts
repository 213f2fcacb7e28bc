// A synthetic catalog of any size (250,000 talks by default) for the search index's scale
// targets: index build time, and what one query transfers (gzip) from a cold start.

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { expandUnits } from "../src/build/context.js";
import { makeSite } from "../src/build/site.js";
import { createContext } from "../src/build/create-context.js";
import type { Catalog, Event, LanguageGroup, Series, Speaker, Tag, Talk } from "../src/model/catalog.js";
import { searchIndex } from "../src/search/build-index.js";
import { openEngine } from "../src/search/engine.js";
import { parseState } from "../src/search/search-state.js";
import { median } from "./measure.js";
import { prng } from "../test/helpers/prng.js";

// Words talks are about, most common first (Zipf-distributed below), then made-up rarer words.
const CORE = `python data django learning machine web api async testing performance scientific pandas numpy flask
security cloud docker kubernetes deep neural network type hints packaging community keynote lightning talks
rust database postgres sql microservices serverless graphql rest design patterns education teaching beginners
visualization jupyter notebook plotting statistics analysis science research open source maintainers debugging
profiling memory concurrency threads multiprocessing asyncio gil compiler interpreter cpython pypy cython`.split(/\s+/);
const SYLLABLES = "ka lo mi ra ne to su pa vi de ro la mo ni ta ze fu ga bo ki re sa di po lu me na ti ko".split(" ");


/** A deterministic catalog of `n` talks (about 40 per event, 4 per speaker, Zipf-distributed words). */
export function syntheticCatalog(n: number, seed = 1): Catalog {
  const random = prng(seed);
  const vocabulary = [...CORE];
  for (let i = 0; vocabulary.length < 60_000; i++) {
    const syllables = 2 + (i % 3);
    let w = "";
    for (let s = 0; s < syllables; s++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? "";
    vocabulary.push(w);
  }
  // Zipf: word rank r is drawn with probability ∝ 1 / (r + 1).
  const zipf = (): string => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * Math.log(vocabulary.length + 1))) - 1)] ?? "python";
  const words = (k: number): string => Array.from({ length: k }, zipf).join(" ");
  const name = (): string => {
    const part = (): string => {
      const w = `${SYLLABLES[Math.floor(random() * 30)] ?? ""}${SYLLABLES[Math.floor(random() * 30)] ?? ""}${SYLLABLES[Math.floor(random() * 30)] ?? ""}`;
      return w.charAt(0).toUpperCase() + w.slice(1);
    };
    return `${part()} ${part()}`;
  };
  const seriesList: Series[] = [];
  const events: Event[] = [];
  const speakers: Speaker[] = Array.from({ length: Math.ceil(n / 4) }, (_, i) => {
    const nm = name();
    return { slug: `${nm.toLowerCase().replace(/ /g, "-")}-${i}`, name: nm, spellings: [nm], otherSlugs: [], talks: [] };
  });
  const tags: Tag[] = Array.from({ length: 5000 }, (_, i) => {
    const t = i < CORE.length ? (CORE[i] ?? "") : `${zipf()}-${i}`;
    return { slug: t, name: t, spellings: [t], otherSlugs: [], talks: [] };
  });
  const languages: LanguageGroup[] = ["eng", "spa", "fra", "deu", "jpn", "por"].map((code) => ({ code, name: code, nativeName: code, talks: [] }));
  const talks: Talk[] = [];
  for (let e = 0; e * 40 < n; e++) {
    const s = e % Math.max(1, Math.floor(n / 400));
    if (!seriesList[s]) seriesList[s] = { slug: `series-${s}`, name: `${words(1)} conf ${s}`, events: [] };
    const year = 2000 + (e % 26);
    const event: Event = { slug: `series-${s}-${year}-${e}`, folder: `e${e}`, file: `e${e}/category.json`, title: `${seriesList[s].name} ${year}`, series: `series-${s}`, year, talks: [] };
    events.push(event);
    (seriesList[s].events as string[]).push(event.slug);
    const language = languages[e % 17 === 0 ? 1 + (e % 5) : 0] as LanguageGroup;
    for (let i = 0; i < 40 && talks.length < n; i++) {
      const title = words(3 + Math.floor(random() * 7));
      const slug = `talk-${talks.length}`;
      const speaker = speakers[Math.floor(random() * speakers.length)] as Speaker;
      const tag = tags[Math.floor(Math.exp(random() * Math.log(tags.length)))] ?? (tags[0] as Tag);
      const talk: Talk = {
        path: `${event.slug}/${slug}`, slug, eventSlug: event.slug, file: `${event.folder}/videos/${slug}.json`, title,
        speakers: [speaker.slug], speakerNames: [speaker.name], tags: [tag.slug], language: language.code,
        date: `${year}-${String(1 + (e % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, duration: 1800,
        description: words(40 + Math.floor(random() * 120)), thumbnailUrl: `https://i.ytimg.com/vi/${slug}/hqdefault.jpg`,
        videos: [], relatedUrls: [], aliases: [],
      };
      talks.push(talk);
      (event.talks as string[]).push(talk.path);
      (speaker.talks as string[]).push(talk.path);
      (tag.talks as string[]).push(talk.path);
      (language.talks as string[]).push(talk.path);
    }
  }
  return {
    talks, events, series: seriesList, speakers: speakers.filter((s) => s.talks.length > 0), tags: tags.filter((t) => t.talks.length > 0),
    languages, years: [], redirects: [],
    talkByPath: new Map(talks.map((t) => [t.path, t])), eventBySlug: new Map(events.map((e) => [e.slug, e])),
    seriesBySlug: new Map(seriesList.map((s) => [s.slug, s])), speakerBySlug: new Map(speakers.map((s) => [s.slug, s])),
    tagBySlug: new Map(tags.map((t) => [t.slug, t])), languageByCode: new Map(languages.map((l) => [l.code, l])), yearByNumber: new Map(),
    newest: [], related: new Map(), pageTitles: new Map(), unpublished: 0, skipped: [],
  };
}

/** Scale figures of the index on a synthetic catalog. */
export interface ScaleFigures {
  talks: number;
  buildMs: number;
  /** CPU time of the build (user + system, garbage collector threads included): steadier than wall time on a shared machine. */
  buildCpuMs: number;
  files: number;
  /** gzip bytes of the manifest and core facets (once per visit). */
  startBytes: number;
  /** gzip bytes each query fetched after those, cold. */
  queries: { q: string; bytes: number; ms: number }[];
}

/** Builds the index of a synthetic catalog of `talks` talks and runs cold queries against it. */
export async function benchSearchScale(talks = 250_000): Promise<ScaleFigures> {
  const catalog = syntheticCatalog(talks);
  const ctx = createContext(makeSite("talkdex", "https://talks.example.org/"), { files: [], css: "assets/site.css", js: "assets/talkdex.js" });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const output = [...expandUnits(searchIndex(catalog, ctx), catalog)];
  const buildMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const buildCpuMs = (used.user + used.system) / 1000;
  const files = new Map(output.map((f) => [f.path, String(f.content)]));
  const sizes = new Map<string, number>();
  const open = async (): Promise<{ engine: Awaited<ReturnType<typeof openEngine>>; bytes: () => number }> => {
    let bytes = 0;
    const engine = await openEngine(async (file) => {
      const text = files.get(`search/${file}`) ?? "null";
      let size = sizes.get(file);
      if (size === undefined) sizes.set(file, (size = gzipSync(text).length));
      bytes += size;
      return JSON.parse(text) as unknown;
    });
    return { engine, bytes: () => bytes };
  };
  const first = await open();
  const startBytes = first.bytes();
  const queries: ScaleFigures["queries"] = [];
  const speaker = catalog.speakers[7]?.name ?? "";
  for (const q of ["python", "data science ", "machine learning python", "kubernets", "asy", speaker.toLowerCase(), catalog.talks[1234]?.title ?? ""]) {
    const { engine, bytes } = await open();
    const before = bytes();
    const t0 = performance.now();
    await engine.search(parseState(`?q=${encodeURIComponent(q)}`));
    queries.push({ q, bytes: bytes() - before, ms: performance.now() - t0 });
  }
  return { talks: catalog.talks.length, buildMs, buildCpuMs, files: files.size, startBytes, queries };
}

/** The scale figures as the bench prints them. */
export function formatSearchScale(s: ScaleFigures): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  const worst = Math.max(...s.queries.map((q) => q.bytes));
  return [
    `search scale: ${s.talks.toLocaleString("en-US")} synthetic talks → ${s.files.toLocaleString("en-US")} index files, built in ${(s.buildMs / 1000).toFixed(1)} s wall, ${(s.buildCpuMs / 1000).toFixed(1)} s CPU (target ≤ 40 s)`,
    `  manifest + core facets ${kb(s.startBytes)} once; per query (cold) median ${kb(median(s.queries.map((q) => q.bytes)))}, worst ${kb(worst)} (target ≤ 400 KB)`,
    ...s.queries.map((q) => `    ${JSON.stringify(q.q).padEnd(40)} ${kb(q.bytes).padStart(8)} ${q.ms.toFixed(0).padStart(6)} ms in Node`),
  ].join("\n");
}

// `node --import tsx bench/search-synthetic.ts [talks]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatSearchScale(await benchSearchScale(Number(process.argv[2] ?? 250_000))));
}
