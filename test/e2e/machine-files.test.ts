// Redirects, sitemaps, robots.txt and OpenSearch end to end, on the sample and on the snapshot.

import { byteLength, solid } from "../../src/output/output-file.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { build } from "../../src/build/build.js";
import { createContext } from "../../src/build/create-context.js";
import { makeSite } from "../../src/build/site.js";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { EMITTERS } from "../../src/build/emitters.js";
import { buildAssets } from "../../src/emit/assets.js";
import { api } from "../../src/emit/api/api.js";
import { feeds } from "../../src/emit/feeds/feeds.js";
import { machineFiles } from "../../src/emit/machine/machine-files.js";
import { pagePathSet, sitePages } from "../../src/emit/machine/page-paths.js";
import { planRedirects } from "../../src/emit/machine/redirect-plan.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { expandUnits } from "../../src/build/context.js";

const BASE = "https://talks.example.org/";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "url" || name === "sitemap" || name === "Url" });

async function buildInto(data: string): Promise<MemorySink> {
  const sink = new MemorySink();
  await build({ data, sink, baseUrl: BASE });
  return sink;
}

function parse(text: string): Record<string, any> {
  assert.equal(XMLValidator.validate(text), true);
  return parser.parse(text) as Record<string, any>;
}

// The output file a site URL is served from.
function fileOf(url: string): string {
  const path = decodeURI(url.slice(BASE.length));
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

test("the sitemap index lists sitemaps whose every URL is a page of the site, talks dated", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  const index = parse(sink.text("sitemap.xml"))["sitemapindex"];
  const urls: { loc: string; lastmod?: string }[] = [];
  for (const s of index["sitemap"]) urls.push(...parse(sink.text(fileOf(s["loc"])))["urlset"]["url"]);
  const missing = urls.filter((u) => !sink.files.has(fileOf(u.loc))).map((u) => u.loc);
  assert.deepEqual(missing, [], "every sitemap URL is built");
  const talkPage = urls.find((u) => u.loc === `${BASE}pyriver-2022/packaging-python-projects-in-2022.html`);
  assert.equal(talkPage?.lastmod, "2022-06-10");
  for (const kind of ["events/", "speaker/", "tag/", "language/", "archives/", "series/"]) assert.ok(urls.some((u) => u.loc.startsWith(BASE + kind)), `${kind} pages are listed`);
  assert.equal(new Set(urls.map((u) => u.loc)).size, urls.length, "no URL twice");
  assert.ok(!urls.some((u) => /404\.html|search\.html|video\//.test(u.loc)), "no 404, search shell or redirect");
});

test("robots.txt allows everything and names the sitemap; opensearch.xml has an absolute search template", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  assert.match(sink.text("robots.txt"), /^User-agent: \*\nAllow: \/\n/);
  assert.match(sink.text("robots.txt"), new RegExp(`\nSitemap: ${BASE}sitemap\\.xml\n`));
  const os = parse(sink.text("opensearch.xml"))["OpenSearchDescription"];
  const html = os["Url"].find((u: Record<string, string>) => u["@_type"] === "text/html");
  assert.equal(html["@_template"], `${BASE}search.html?q={searchTerms}`);
  assert.ok(String(os["ShortName"]).length <= 16);
});

test("a talk alias, redirects.txt lines and old speaker spellings become redirect pages and _redirects lines", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  const page = sink.text("video/1234/intro-to-type-hints/index.html");
  assert.match(page, /<meta http-equiv="refresh" content="0; url=\/harbourside-python-user-group\/intro-to-type-hints\.html">/);
  assert.match(page, /<link rel="canonical" href="https:\/\/talks\.example\.org\/harbourside-python-user-group\/intro-to-type-hints\.html">/);
  assert.match(page, /<meta name="robots" content="noindex">/);
  assert.match(page, /<a href="\/harbourside-python-user-group\/intro-to-type-hints\.html">/);
  assert.ok(sink.files.has("category/901/PyRiver-2022/index.html"));
  assert.ok(sink.files.has("events/harbourside-pyug.html"));
  assert.match(sink.text("speaker/maggie-oyelaran.html"), /url=\/speaker\/margaret-oyelaran\.html/);
  const lines = sink.text("_redirects").split("\n").filter((l) => l && !l.startsWith("#"));
  assert.ok(lines.includes("/video/1234/intro-to-type-hints /harbourside-python-user-group/intro-to-type-hints.html 301"));
  assert.ok(lines.includes("/category/901/pyriver-2022 /events/pyriver-2022.html 301"));
  assert.ok(lines.every((l) => /^\/\S+ \S+ 301$/.test(l)), "every line is `old new 301`");
  for (const line of lines) {
    const target = line.split(" ")[1] as string;
    if (target.startsWith("/")) assert.ok(sink.files.has(fileOf(BASE + target.slice(1))), `${target} exists`);
  }
});

test("a redirect never replaces a real page: it is skipped and listed in _redirects", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/real.json": talk(1, { title: "Real" }),
    "conf-2020/videos/moved.json": talk(2, { title: "Moved", alias: "conf-2020/real.html" }),
    "redirects.txt": "/events/conf-2020.html /conf-2020/moved.html\n/old/path /conf-2020/real.html\n",
  });
  t.after(repo.cleanup);
  const sink = await buildInto(repo.dir);
  assert.doesNotMatch(sink.text("conf-2020/real.html"), /http-equiv="refresh"/);
  assert.doesNotMatch(sink.text("events/conf-2020.html"), /http-equiv="refresh"/);
  assert.match(sink.text("old/path/index.html"), /url=\/conf-2020\/real\.html/);
  const skipped = sink.text("_redirects").split("\n").filter((l) => l.startsWith("# skipped"));
  assert.equal(skipped.length, 2, skipped.join("\n"));
  assert.ok(skipped.every((l) => l.includes("a page is built at")));
});

test("a redirects.txt target naming an event by its folder leads to the event's page", async (t) => {
  const repo = makeRepo({
    "conf-2009/category.json": event("Conf US 2009"),
    "conf-2009/videos/one.json": talk(1),
    "redirects.txt": "/category/1/conf-2009 /events/conf-2009.html\n",
  });
  t.after(repo.cleanup);
  const sink = await buildInto(repo.dir);
  assert.ok(sink.files.has("events/conf-us-2009.html"));
  assert.match(sink.text("category/1/conf-2009/index.html"), /url=\/events\/conf-us-2009\.html/);
});

test("the snapshot's aliases and redirects.txt lines all get a redirect, and none lands on a page", { skip: SNAPSHOT_SKIP }, async () => {
  const { repo } = await checkFolder(SNAPSHOT_DIR);
  const catalog = buildCatalog(repo, { exclude: new Map() });
  const site = makeSite("PyVideo", "https://pyvideo.org/");
  const start = performance.now();
  const files = [...expandUnits(machineFiles(catalog, createContext(site, buildAssets())), catalog)];
  const ms = performance.now() - start;
  const plan = planRedirects(catalog, site, pagePathSet(catalog));
  const bytes = files.reduce((n, f) => n + byteLength(f.content), 0);
  console.log(`machine files: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms; ${plan.rules.length} redirects, ${plan.skipped.length} skipped`);
  for (const s of plan.skipped) console.log(`  skipped ${s.from} → ${s.to} (${s.source}): ${s.reason}`);
  const written = new Set(files.map((f) => f.path));
  assert.equal(written.size, files.length, "no path written twice");
  const aliases = catalog.talks.flatMap((t) => t.aliases);
  assert.ok(aliases.length > 3000);
  for (const a of aliases) assert.ok(written.has(`${a.replace(/^\/+|\/+$/g, "")}/index.html`), a);
  for (const r of catalog.redirects) assert.ok(written.has(`${r.from.replace(/^\/+|\/+$/g, "")}${r.from.endsWith(".html") ? "" : "/index.html"}`), r.from);
  const pageSet = pagePathSet(catalog);
  const dangling = plan.rules.filter((r) => r.to.startsWith("/") && !pageSet.has(r.to.slice(1)) && !pageSet.has(`${r.to.slice(1)}index.html`));
  assert.deepEqual(dangling.map((r) => `${r.source}: ${r.to}`), [], "every redirect leads to a page");
  // The only conflicts are old spellings that are another person's own page (pyvideo.org merged them).
  assert.ok(plan.skipped.every((s) => s.source.startsWith("speaker spelling") && s.reason.startsWith("a page is built")));
  const pages = sitePages(catalog);
  assert.ok(pages.length > 21_713 + 12_000);
  const sitemapFiles = files.filter((f) => /^sitemap-\d+\.xml$/.test(f.path));
  assert.equal(sitemapFiles.length, Math.ceil(pages.length / 50_000));
  for (const f of sitemapFiles) assert.ok((String(solid(f.content)).match(/<url>/g) ?? []).length <= 50_000);
});

test("a NO_PUBLISH talk appears in no feed, API file, sitemap, redirect or any other output", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  const markers = ["unreleased-recording-internal-tooling-demo", "Unreleased Recording", "internal-tooling-demo.mp4", '"id":1240'];
  const kinds = { feeds: 0, api: 0, sitemaps: 0, redirects: 0 };
  for (const [path, content] of sink.files) {
    const body = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
    for (const marker of markers) assert.ok(!body.includes(marker), `${path} mentions ${marker}`);
    if (path.startsWith("feeds/")) kinds.feeds++;
    else if (path.startsWith("api/")) kinds.api++;
    else if (path.startsWith("sitemap")) kinds.sitemaps++;
    else if (path === "_redirects" || body.includes('http-equiv="refresh"')) kinds.redirects++;
  }
  assert.ok(Object.values(kinds).every((n) => n > 0), `every kind of output was searched: ${JSON.stringify(kinds)}`);
  for (const gone of ["feeds/tag_tooling.atom.xml", "api/v1/tags/tooling.json", "api/v1/talks/harbourside-python-user-group/unreleased-recording-internal-tooling-demo.json"])
    assert.ok(!sink.files.has(gone), `${gone} is not built`);
});

test("no redirect, feed or API file has the path of a file another emitter writes", async () => {
  const { repo } = await checkFolder(SAMPLE_DATA_DIR);
  const catalog = buildCatalog(repo, { exclude: new Map() });
  const ctx = createContext(makeSite("Talks", BASE), buildAssets());
  const mine = new Set<unknown>([machineFiles, feeds, api]);
  const others = new Set(EMITTERS.filter((e) => !mine.has(e)).flatMap((e) => [...expandUnits(e(catalog, ctx), catalog)].map((f) => f.path)));
  assert.ok(others.size > 50, "the other emitters wrote pages");
  for (const emit of mine) for (const f of expandUnits((emit as typeof api)(catalog, ctx), catalog)) assert.ok(!others.has(f.path), `${f.path} is also written by another emitter`);
});
