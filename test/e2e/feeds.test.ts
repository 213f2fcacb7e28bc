// Feeds end to end: the sample's feeds parse, hold the right talks in the right order, and escape
// hostile text; the snapshot gets every feed file pyvideo.org wrote, quickly.

import { byteLength, solid } from "../../src/output/output-file.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { build } from "../../src/build/build.js";
import { createContext } from "../../src/build/create-context.js";
import { makeSite } from "../../src/build/site.js";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { buildAssets } from "../../src/emit/assets.js";
import { feeds } from "../../src/emit/feeds/feeds.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { expandUnits } from "../../src/build/context.js";

const BASE = "https://talks.example.org/";
const arrays = (...names: string[]) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => names.includes(name) });
const atomParser = arrays("entry", "author", "category", "link");
const rssParser = arrays("item", "dc:creator", "category", "media:content", "media:player");

type Node = Record<string, unknown>;

async function buildInto(data: string): Promise<MemorySink> {
  const sink = new MemorySink();
  await build({ data, sink, baseUrl: BASE });
  return sink;
}

function parse(text: string, path: string): Node {
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, `${path} is well-formed XML: ${JSON.stringify(valid)}`);
  return (path.includes(".atom.") ? atomParser : rssParser).parse(text) as Node;
}

function text(node: unknown): string {
  return typeof node === "object" && node !== null ? String((node as Node)["#text"] ?? "") : String(node ?? "");
}

test("every feed of the sample parses, and each kind of feed exists in Atom and RSS", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  const feedPaths = [...sink.files.keys()].filter((p) => p.startsWith("feeds/"));
  for (const kind of ["all", "event_pyriver-2022", "speaker_margaret-oyelaran", "tag_testing", "language_spa"])
    for (const format of ["atom", "rss"]) assert.ok(sink.files.has(`feeds/${kind}.${format}.xml`), `feeds/${kind}.${format}.xml is built`);
  assert.ok(sink.files.has("feeds/all-en.atom.xml"));
  assert.ok(sink.files.has("feeds/speaker_maggie-oyelaran.atom.xml"), "an old spelling's feed is kept");
  for (const path of feedPaths) {
    const doc = parse(sink.text(path), path);
    assert.ok(path.endsWith(".atom.xml") ? doc["feed"] : (doc["rss"] as Node)["channel"], `${path} has a feed root`);
  }
});

test("an Atom feed lists its talks newest first with links, authors, thumbnails and videos, and is dated by its newest talk", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  const feed = parse(sink.text("feeds/event_pyriver-2022.atom.xml"), "event.atom.xml")["feed"] as Node;
  const entries = feed["entry"] as Node[];
  assert.ok(entries.length > 1 && entries.length <= 100);
  const dates = entries.map((e) => String(e["updated"]));
  assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
  assert.equal(feed["updated"], dates[0], "the feed's date is its newest item's");
  for (const e of entries) {
    const link = (e["link"] as Node[]).find((l) => l["@_rel"] === "alternate");
    assert.match(String(link?.["@_href"]), /^https:\/\/talks\.example\.org\/pyriver-2022\/[\w-]+\.html$/);
    assert.equal(text(e["id"]), link?.["@_href"]);
    assert.ok((e["author"] as Node[] | undefined)?.length, "speakers are authors");
    assert.ok((e["link"] as Node[]).some((l) => l["@_rel"] === "related" || l["@_rel"] === "enclosure"), "a video link");
  }
  assert.ok(entries.some((e) => e["media:thumbnail"]), "thumbnails as media:thumbnail");
  const self = (feed["link"] as Node[]).find((l) => l["@_rel"] === "self");
  assert.equal(self?.["@_href"], `${BASE}feeds/event_pyriver-2022.atom.xml`);
});

test("an RSS feed has items with guid, pubDate, creators, description, video players and enclosures", async () => {
  const sink = await buildInto(SAMPLE_DATA_DIR);
  const channel = (parse(sink.text("feeds/all.rss.xml"), "all.rss.xml")["rss"] as Node)["channel"] as Node;
  const items = channel["item"] as Node[];
  assert.ok(items.length > 10);
  const first = items[0] as Node;
  assert.equal(text(first["guid"]), first["link"]);
  assert.match(String(first["pubDate"]), /^\w{3}, \d{2} \w{3} \d{4} 00:00:00 \+0000$/);
  assert.equal(channel["lastBuildDate"], first["pubDate"]);
  assert.ok(items.every((i) => (i["media:content"] as Node[] | undefined)?.length || (i["media:player"] as Node[] | undefined)?.length), "every item links its videos");
  assert.ok(items.some((i) => i["enclosure"]), "a media file is an enclosure");
  assert.ok(items.some((i) => i["dc:creator"] && i["description"]));
});

test("titles and summaries with markup, ampersands, quotes and control characters come out escaped and parseable", async (t) => {
  const nasty = `<script>alert("x")</script> & 'quotes' \u0001\u0008 Tom & Jerry's "show" \uFFFE end`;
  const repo = makeRepo({
    "hostile-conf/category.json": event("Hostile & <Conf>"),
    "hostile-conf/videos/nasty.json": talk(1, { title: nasty, description: "Less < more & \u0007 bell", speakers: ["A <b>bold</b> & \"quoted\" person"], tags: ["c&c"] }),
  });
  t.after(repo.cleanup);
  const sink = await buildInto(repo.dir);
  const paths = [...sink.files.keys()].filter((p) => p.startsWith("feeds/"));
  assert.ok(paths.length >= 8);
  for (const path of paths) {
    const raw = sink.text(path);
    assert.doesNotMatch(raw, /<script>|[\u0001\u0007\u0008\uFFFE]/, path);
    parse(raw, path);
  }
  const entry = ((parse(sink.text("feeds/all.atom.xml"), "all.atom.xml")["feed"] as Node)["entry"] as Node[])[0] as Node;
  assert.equal(text(entry["title"]), `<script>alert("x")</script> & 'quotes'  Tom & Jerry's "show"  end`);
  assert.equal(text((entry["author"] as Node[])[0]?.["name"]), `A <b>bold</b> & "quoted" person`);
  assert.equal(text(entry["summary"]), "Less < more & bell");
  const channel = (parse(sink.text(paths.find((p) => p.startsWith("feeds/event_") && p.endsWith(".rss.xml")) ?? ""), "event.rss.xml")["rss"] as Node)["channel"] as Node;
  assert.match(text(channel["title"]), /^Hostile & <Conf> · /);
});

test("a site set to placeholder thumbnails puts no remote thumbnail in its feeds", async (t) => {
  const repo = makeRepo({
    "talkdex.json": { thumbnails: "placeholder" },
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/one.json": talk(1),
  });
  t.after(repo.cleanup);
  const sink = await buildInto(repo.dir);
  assert.ok(sink.files.has("feeds/all.atom.xml"));
  for (const [path] of sink.files) if (path.startsWith("feeds/")) assert.doesNotMatch(sink.text(path), /media:thumbnail|ytimg/, path);
});

test("the snapshot gets every feed file pyvideo.org wrote, without quadratic work", { skip: SNAPSHOT_SKIP }, async () => {
  const urlList = join(SNAPSHOT_DIR, "..", "pyvideo-org-urls.txt");
  if (!existsSync(urlList)) return;
  const { repo } = await checkFolder(SNAPSHOT_DIR);
  const catalog = buildCatalog(repo, { exclude: new Map() });
  const ctx = createContext(makeSite("PyVideo", "https://pyvideo.org/"), buildAssets());
  const start = performance.now();
  const files = [...expandUnits(feeds(catalog, ctx), catalog)];
  const ms = performance.now() - start;
  const bytes = files.reduce((n, f) => n + byteLength(f.content), 0);
  console.log(`feeds: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
  const built = new Set(files.map((f) => f.path));
  assert.equal(built.size, files.length, "no feed path is written twice");
  const served = readFileSync(urlList, "utf8").split("\n").filter((p) => p.startsWith("feeds/"));
  const missing = served.filter((p) => !built.has(p));
  assert.deepEqual(missing.slice(0, 20), [], `${missing.length} of pyvideo.org's ${served.length} feed files are missing`);
  // Parsing all 32,000 would take longer than building them: every 250th file and the big ones.
  const byPath = new Map(files.map((f) => [f.path, String(solid(f.content))]));
  const sample = files.filter((_, i) => i % 250 === 0).map((f) => f.path).concat(["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/tag_django.atom.xml", "feeds/language_rus.rss.xml"]);
  for (const path of sample) if (byPath.has(path)) parse(byPath.get(path) as string, path);
  // A guard against quadratic work only: wall time on a shared 2-core machine varies several-fold.
  assert.ok(ms < 60_000, `feeds took ${ms.toFixed(0)} ms`);
});
