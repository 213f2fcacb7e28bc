// End-to-end: the sample builds a search index whose every file the manifest names exists, is named
// after its content, and whose every result links to a page the build wrote.

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { build } from "../../src/build/build.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { openEngine } from "../../src/search/engine.js";
import { chunkFile, type DocRecord, type SearchManifest, type TermShard } from "../../src/search/index-format.js";
import { parseState } from "../../src/search/search-state.js";

describe("the search index of the sample", () => {
  let sink: MemorySink;
  let manifest: SearchManifest;
  const json = (path: string): unknown => JSON.parse(sink.text(`search/${path}`));
  before(async () => {
    sink = new MemorySink();
    await build({ data: SAMPLE_DATA_DIR, sink, baseUrl: "https://talks.example.org/sub/" });
    manifest = json("manifest.json") as SearchManifest;
  });

  test("the manifest names shards, chunks and facet files that exist, each named after its content", () => {
    assert.equal(manifest.version, 1);
    assert.equal(manifest.docs, 39);
    const named = [...manifest.shards.map((s) => s[1]), manifest.facets.core, manifest.facets.tags, manifest.facets.speakers];
    for (const file of named) {
      const hash = /([0-9a-f]{10})\.json$/.exec(file)?.[1];
      assert.ok(hash, `${file} has a hash in its name`);
      assert.equal(createHash("sha256").update(sink.text(`search/${file}`)).digest("hex").slice(0, 10), hash, file);
    }
    const chunks = Math.ceil(manifest.docs / manifest.chunks.size);
    for (let i = 0; i < chunks; i++) assert.ok(sink.files.has(`search/${chunkFile(manifest, i)}`), `chunk ${i}`);
    const searchFiles = [...sink.files.keys()].filter((p) => p.startsWith("search/"));
    assert.equal(searchFiles.length, named.length + chunks + 1, "no file the manifest does not name");
  });

  test("shards hold sorted, disjoint term ranges starting at their first term", () => {
    let previous = "";
    manifest.shards.forEach(([first, file], i) => {
      // (JSON.parse lists integer-like keys first, so the order is checked after sorting.)
      const terms = Object.keys(json(file) as TermShard).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      assert.equal(terms[0], first, `${file} starts at its first term`);
      if (i > 0) assert.ok(previous < first, "shards do not overlap");
      previous = terms[terms.length - 1] ?? previous;
    });
  });

  test("every result links to a talk page the build wrote (with the site's path prefix), newest first", () => {
    const docs: DocRecord[] = [];
    for (let i = 0; i * manifest.chunks.size < manifest.docs; i++) docs.push(...(json(chunkFile(manifest, i)) as DocRecord[]));
    assert.equal(docs.length, manifest.docs);
    for (const [title, url] of docs) {
      assert.ok(url.startsWith("/sub/"), url);
      assert.ok(sink.files.has(url.slice("/sub/".length)), `${title}: ${url} is a built page`);
    }
    const dates = docs.map((d) => d[4]).filter((d) => d !== "");
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test("a NO_PUBLISH talk is not in the index", () => {
    for (const path of sink.files.keys()) if (path.startsWith("search/")) assert.doesNotMatch(sink.text(path), /unreleased|internal-tooling-demo/i, path);
  });

  test("the engine finds a sample talk by a word of its title, a prefix and a typo", async () => {
    const engine = await openEngine(async (file) => json(file));
    for (const q of ["packaging", "packag", "pakcaging"]) {
      const result = await engine.search(parseState(`?q=${q}`));
      assert.equal(result.hits[0]?.doc[0], "Packaging Python Projects in 2022", q);
    }
  });

  test("the search page has a search box in <main>, result and facet containers, a noscript fallback, and no script of its own", () => {
    const html = sink.text("search.html");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    assert.match(main, /<input id="search-q" type="search" name="q"/);
    assert.match(main, /id="search-results"/);
    for (const facet of ["series", "event", "year", "language", "tag", "speaker"]) assert.match(main, new RegExp(`data-facet="${facet}"`));
    assert.match(main, /<noscript>[\s\S]*href="\/sub\/events\.html"[\s\S]*<\/noscript>/);
    assert.match(main, /data-index="\/sub\/search\/manifest\.json"/);
    const search = [...sink.files.keys()].find((p) => /^assets\/search\.[0-9a-f]{10}\.js$/.test(p));
    assert.ok(search, "the search bundle is a hashed asset");
    const pageScript = [...sink.files.keys()].find((p) => /^assets\/talkdex\.[0-9a-f]{10}\.js$/.test(p)) ?? "";
    assert.ok(sink.text(pageScript).includes(search.slice("assets/".length)), "the page script knows the search bundle's name");
    assert.doesNotMatch(sink.text("index.html"), /assets\/search\./, "other pages do not load the search bundle");
  });
});
