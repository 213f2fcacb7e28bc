import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, unpublishable, type BuildResult } from "../../src/build/build.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { createContext } from "../../src/build/create-context.js";
import { makeSite } from "../../src/build/site.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { buildAssets } from "../../src/emit/assets.js";
import { listPagesWith } from "../../src/emit/pages/list-pages.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { solid, type OutputFile } from "../../src/output/output-file.js";
import type { Catalog } from "../../src/model/catalog.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { expandUnits, isUnit, unit, type Emitter } from "../../src/build/context.js";
import { changedBetween } from "../../src/build/incremental/deps.js";
import { UnitRenderer } from "../../src/build/incremental/unit-renderer.js";
import { paths } from "../../src/build/paths.js";

const MAX_PAGE = 250 * 1024;
const URLS_FILE = fileURLToPath(new URL("../../../shared/pyvideo-org-urls.txt", import.meta.url));

function text(content: string | Uint8Array): string {
  return typeof content === "string" ? content : Buffer.from(content).toString("utf8");
}

// The list pages of a build: what this emitter writes (not talk or event pages).
const LIST_PAGE = /^(series\/|speakers?\/|speakers\.html|tags?\b|languages?\b|archives|latest\/|events\.html)/;

let sample: { sink: MemorySink; result: BuildResult & { catalog: Catalog } };
before(async () => {
  const sink = new MemorySink();
  const result = await build({ data: SAMPLE_DATA_DIR, sink, baseUrl: "https://talks.example.org/" });
  const { catalog } = result;
  if (!catalog) throw new Error("a build into memory always builds the catalog");
  sample = { sink, result: { ...result, catalog } };
});

const html = (path: string): string => sample.sink.text(path);

test("the sample's list pages are all built", () => {
  for (const p of [
    "series/pyriver.html",
    "series/harbourside-python-user-group.html",
    "events.html",
    "speakers.html",
    "speakers/k.html",
    "speakers/other.html",
    "speaker/jose-garcia-lopez.html",
    "speaker/kaveri.html",
    "tags.html",
    "tag/python/index.html",
    "tag/lightning-talks/index.html",
    "languages.html",
    "language/eng.html",
    "language/jpn.html",
    "archives.html",
    "archives/2023/index.html",
    "latest/index.html",
  ])
    assert.ok(sample.sink.files.has(p), `${p} is built`);
  const { catalog } = sample.result;
  for (const s of catalog.speakers) assert.ok(sample.sink.files.has(`speaker/${s.slug}.html`), s.slug);
  for (const t of catalog.tags) assert.ok(sample.sink.files.has(`tag/${t.slug}/index.html`), t.slug);
  for (const y of catalog.years) assert.ok(sample.sink.files.has(`archives/${y.year}/index.html`), String(y.year));
});

test("a speaker page names every spelling of the person, with JSON-LD Person and feed links", () => {
  const page = html("speaker/jose-garcia-lopez.html");
  assert.match(page, /<h1>José García-López<\/h1>/);
  assert.match(page, /Also credited as <span class="spelling">Jose Garcia Lopez<\/span>\./);
  assert.match(page, /"@type":"Person","name":"José García-López","alternateName":\["Jose Garcia Lopez"\]/);
  assert.match(page, /href="\/feeds\/speaker_jose-garcia-lopez\.atom\.xml"/);
  assert.match(page, /href="\/feeds\/speaker_jose-garcia-lopez\.rss\.xml"/);
  assert.equal((page.match(/class="talk-item"/g) ?? []).length, 4, "all four talks");
  assert.ok(page.indexOf("PyRiver 2024") < page.indexOf("DataPampa 2021"), "newest first");
  const tanaka = sample.result.catalog.speakers.find((s) => s.spellings.includes("Hanako Tanaka"));
  assert.ok(tanaka);
  assert.match(html(`speaker/${tanaka.slug}.html`), /Also credited as <span class="spelling">Hanako Tanaka<\/span>/);
});

test("the series page lists the three PyRiver years, newest first, with dates and talk counts", () => {
  const page = html("series/pyriver.html");
  const at = ["2024", "2023", "2022"].map((y) => page.indexOf(`href="/events/pyriver-${y}.html">PyRiver ${y}</a>`));
  assert.ok(at.every((i) => i > 0), "every year links its event page");
  assert.deepEqual([...at].sort((a, b) => a - b), at, "newest first");
  assert.match(page, /3 events/);
  assert.match(page, /\d+ talks<\/span>/);
});

test("events.html groups the PyRiver years under the series and lists single events plainly", () => {
  const page = html("events.html");
  assert.match(page, /<a href="\/series\/pyriver\.html">PyRiver<\/a> <small>3 events<\/small>/);
  assert.match(page, /<a href="\/events\/pyriver-2024\.html"><span class="visually-hidden">PyRiver <\/span>2024<\/a>, <a href="\/events\/pyriver-2023\.html">/);
  assert.match(page, /<a href="\/events\/sakurapy-2023\.html">Sakura\.py 2023<\/a> <small>\d+ talks<\/small>/);
});

test("the jpn language page lists the Japanese talks under the language's native name", () => {
  const page = html("language/jpn.html");
  assert.match(page, /<h1>Talks in Japanese<\/h1>/);
  assert.match(page, /<span lang="ja">日本語<\/span>/);
  assert.equal((page.match(/class="talk-item"/g) ?? []).length, 4);
  assert.match(page, /Pythonで始めるデータ可視化/);
  const index = html("languages.html");
  for (const code of ["eng", "jpn", "por", "spa"]) assert.match(index, new RegExp(`<tr id="${code}">`), `languages.html#${code} leads somewhere`);
});

test("tags.html lists every tag with its number of talks", () => {
  const page = html("tags.html");
  assert.match(page, /<li><a href="\/tag\/python\/">Python<\/a> 7<\/li>/);
  assert.match(page, /<li><a href="\/tag\/lightning-talks\/">[^<]+<\/a> 4<\/li>/);
  assert.equal((page.match(/<a href="\/tag\//g) ?? []).length, sample.result.catalog.tags.length);
});

test("the speakers A–Z links small letter pages, names in other scripts on their own page", () => {
  const index = html("speakers.html");
  assert.match(index, /<a href="\/speakers\/k\.html"><span class="visually-hidden">Speakers: <\/span>K<\/a>/);
  assert.match(html("speakers/other.html"), /田中 花子/);
  assert.match(html("speakers/k.html"), /<a href="\/speaker\/kaveri\.html">Kaveri<\/a> <small>\d+ talks<\/small>/);
});

test("pyvideo.org's paginated copies and month archives lead to our pages", () => {
  assert.match(html("index2.html"), /<meta http-equiv="refresh" content="0; url=\/latest\/">/);
  assert.match(html("tag/python/index2.html"), /url=\/tag\/python\/"/);
  const month = [...sample.sink.files.keys()].find((p) => /^archives\/2023\/[A-Z][a-z]{2}\/index\.html$/.test(p));
  assert.ok(month, "a month archive");
  assert.match(html(month), /url=\/archives\/2023\//);
});

function checkPages(files: Iterable<[string, string | Uint8Array]>): void {
  const titles = new Map<string, string>();
  for (const [path, content] of files) {
    if (!path.endsWith(".html") || !LIST_PAGE.test(path)) continue;
    const page = text(content);
    assert.ok(page.length <= MAX_PAGE, `${path} is ${page.length} bytes`);
    if (/http-equiv="refresh"/.test(page)) continue;
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    assert.equal(titles.get(title), undefined, `${path} has the same title as ${titles.get(title)}`);
    titles.set(title, path);
    assert.equal((page.match(/<h1[ >]/g) ?? []).length, 1, `${path} has one h1`);
    const levels = [...page.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((l, i) => assert.ok(i === 0 || l <= (levels[i - 1] ?? 1) + 1, `${path}: heading levels in order`));
  }
}

test("every list page has a unique title, one h1, headings in order and stays under 250 KB", () => {
  checkPages(sample.sink.files);
});

test("every link on a list page leads to a file of the build", () => {
  const missing = new Set<string>();
  for (const [path, content] of sample.sink.files) {
    if (!path.endsWith(".html") || !LIST_PAGE.test(path)) continue;
    for (const m of text(content).matchAll(/href="\/([^"#]*)(#[^"]*)?"/g)) {
      const target = m[1] ?? "";
      const file = target === "" || target.endsWith("/") ? `${target}index.html` : target;
      if (!sample.sink.files.has(file)) missing.add(`${path} → ${file}`);
    }
  }
  assert.deepEqual([...missing], []);
  assert.match(html("language/jpn.html"), /<a href="\/feeds\/language_jpn\.atom\.xml">Atom feed<\/a>/);
});

test("long lists are paginated with an accessible navigation and unique page titles", () => {
  const { catalog } = sample.result;
  const ctx = createContext(makeSite("talkdex", "https://talks.example.org/"), buildAssets());
  const files: OutputFile[] = [...expandUnits(listPagesWith({ pageSize: 5, latestPages: 2 })(catalog, ctx), catalog)];
  const byPath = new Map(files.map((f) => [f.path, solid(f.content)]));
  assert.equal(byPath.size, files.length, "no path written twice");
  const eng = catalog.languages.find((l) => l.code === "eng");
  assert.ok(eng && eng.talks.length > 10);
  const pages = Math.ceil(eng.talks.length / 5);
  const first = text(byPath.get("language/eng.html") ?? "");
  assert.match(first, /<nav class="pagination" aria-label="Pagination">/);
  assert.match(first, /<a rel="next" href="\/language\/eng\/2\.html">/);
  assert.match(first, /<a href="\/language\/eng\.html" aria-current="page">/);
  const second = text(byPath.get("language/eng/2.html") ?? "");
  assert.match(second, /<title>Talks in English, page 2 &middot; talkdex<\/title>/);
  assert.match(second, /<a rel="prev" href="\/language\/eng\.html">/);
  assert.match(second, /<link rel="canonical" href="https:\/\/talks\.example\.org\/language\/eng\/2\.html">/);
  assert.ok(byPath.has(`language/eng/${pages}.html`) && !byPath.has(`language/eng/${pages + 1}.html`));
  assert.ok(byPath.has("latest/2.html") && !byPath.has("latest/3.html"), "latest is bounded");
  assert.match(text(byPath.get("latest/2.html") ?? ""), /href="\/archives\.html"/);
  assert.match(text(byPath.get("tag/python/2.html") ?? ""), /Talks tagged <q>Python<\/q>/);
  // pyvideo.org's home copies (10 talks each): on /latest/ while it reaches, then on the year pages.
  const target = (p: string): string => /url=([^"]+)"/.exec(text(byPath.get(p) ?? ""))?.[1] ?? "";
  assert.equal(target("index2.html"), "/archives/2023/");
  assert.equal(target("index3.html"), "/archives/2023/3.html");
  assert.equal(target("index4.html"), "/archives/2022/2.html");
  // "Python" and "python" each had a pyvideo.org page listing, so /tag/python/ had a second page.
  assert.equal(target("tag/python/index2.html"), "/tag/python/2.html");
  checkPages(byPath);
});

test("after a talk's title is edited, only the list pages showing it render again; after its description, none; the enumeration does not run", () => {
  const { catalog } = sample.result;
  const opts = { pageSize: 5, latestPages: 2 };
  const site = makeSite("talkdex", "https://talks.example.org/");
  const rendered: string[] = [];
  let enumerations = 0;
  // The emitter, telling which of its units render and when it enumerates them.
  const emitter: Emitter = (c, ctx) => {
    enumerations++;
    return [...listPagesWith(opts)(c, ctx)].map((item) => (isUnit(item) ? unit(item.id, (cat) => (rendered.push(item.id), item.render(cat))) : item));
  };
  const renderer = new UnitRenderer([emitter], createContext(site, buildAssets()));
  renderer.run(catalog);
  assert.equal(enumerations, 1);
  // A talk in the middle of its lists, so other pages of its speaker, tags and language exist.
  const edited = catalog.newest.find((p) => {
    const t = catalog.talkByPath.get(p);
    return t?.date && t.language && t.tags.length > 0 && t.speakers.length > 0 && (catalog.languageByCode.get(t.language)?.talks.length ?? 0) > opts.pageSize;
  });
  assert.ok(edited);
  const talks = catalog.talks.map((t) => (t.path === edited ? { ...t, title: "Edited title" } : t));
  const next: Catalog = { ...catalog, talks, talkByPath: new Map(talks.map((t) => [t.path, t])) };
  rendered.length = 0;
  renderer.run(next, changedBetween(catalog, next));
  assert.equal(enumerations, 1, "the enumeration does not run again");

  const link = `href="/${edited}.html"`;
  const showing = [...renderer.files].filter(([, content]) => text(content).includes(link)).map(([path]) => path);
  assert.ok(showing.length >= 4, "speaker, tag, language and year pages show the talk");
  for (const path of showing) assert.ok(rendered.includes(path), `${path} shows the talk and renders again`);
  // Besides those: the pyvideo.org copies (they read every talk's aliases) and, when the talk is one
  // whose date bounds a month, the pages showing its year's months.
  const year = paths.year(Number(catalog.talkByPath.get(edited)?.date?.slice(0, 4)));
  const yearPages = new RegExp(`^${year.replace(/index\.html$/, "")}`);
  const others = rendered.filter((id) => !showing.includes(id) && id !== "pyvideo-pagination" && id !== paths.archives && !yearPages.test(id));
  assert.deepEqual(others, []);
  assert.ok(rendered.length < 40, `${rendered.length} of ${renderer.files.size} list pages rendered`);

  // And what it keeps is what a full render of the edited catalog gives.
  const full = [...expandUnits(listPagesWith(opts)(next, createContext(site, buildAssets())), next)];
  assert.equal(renderer.files.size, full.length);
  for (const f of full) assert.ok(Buffer.from(solid(f.content)).equals(Buffer.from(renderer.files.get(f.path) ?? "")), `${f.path} is as a full render writes it`);

  // A description shows on no list page: the talk's item is made again, comes out the same, and no
  // page showing it renders again.
  const described = next.talks.map((t) => (t.path === edited ? { ...t, description: "Edited." } : t));
  const third: Catalog = { ...next, talks: described, talkByPath: new Map(described.map((t) => [t.path, t])) };
  rendered.length = 0;
  renderer.run(third, changedBetween(next, third));
  assert.deepEqual(rendered.filter((id) => showing.includes(id)), []);
  assert.equal(enumerations, 1);
});

// The snapshot: one whole build, shared by the assertions below.
let snapshot: MemorySink | undefined;
let snapshotFiles = 0;
let snapshotResult: BuildResult | undefined;
before(async () => {
  if (SNAPSHOT_SKIP) return;
  snapshot = new MemorySink();
  snapshotResult = await build({ data: SNAPSHOT_DIR, sink: snapshot, baseUrl: "https://pyvideo.org/" });
  snapshotFiles = snapshotResult.stats?.files ?? 0;
});

test("on the snapshot, the build reports exactly what talkdex check reports and leaves out the records the check rules out", async (t) => {
  if (SNAPSHOT_SKIP || !snapshotResult) return t.skip(SNAPSHOT_SKIP);
  const { repo, result } = await checkFolder(SNAPSHOT_DIR);
  assert.ok(result.diagnostics.length > 1000);
  assert.deepEqual(snapshotResult.diagnostics, result.diagnostics);
  // The same records are left out as when the whole check decides.
  assert.deepEqual(snapshotResult.summary.skipped, [...buildCatalog(repo, { exclude: unpublishable(result.diagnostics) }).skipped]);
});

test("on the snapshot, every speaker, tag, events and archives URL of pyvideo.org exists", (t) => {
  if (SNAPSHOT_SKIP || !snapshot) return t.skip(SNAPSHOT_SKIP);
  if (!existsSync(URLS_FILE)) return t.skip("../shared/pyvideo-org-urls.txt is absent");
  const urls = readFileSync(URLS_FILE, "utf8").split("\n").filter((u) => /^(speaker\/|tag\/|events\/|archives|index\d*\.html$|(events|speakers|tags|languages)\.html$)/.test(u));
  assert.ok(urls.length > 20_000);
  const missing = urls.filter((u) => !snapshot?.files.has(u));
  assert.deepEqual(missing.slice(0, 20), [], `${missing.length} of ${urls.length} pyvideo.org URLs are missing`);
});

test("on the snapshot, no HTML page exceeds 250 KB and list pages are well-formed", (t) => {
  if (SNAPSHOT_SKIP || !snapshot) return t.skip(SNAPSHOT_SKIP);
  assert.equal(snapshot.files.size, snapshotFiles, "no two emitters write the same path");
  for (const [path, content] of snapshot.files)
    if (path.endsWith(".html")) assert.ok(content.length <= MAX_PAGE, `${path} is ${content.length} bytes`);
  checkPages(snapshot.files);
});
