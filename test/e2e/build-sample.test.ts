import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "../../src/build/build.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { MemorySink } from "../../src/output/memory-sink.js";

async function buildSample() {
  const sink = new MemorySink();
  const result = await build({ data: SAMPLE_DATA_DIR, sink, baseUrl: "https://talks.example.org/" });
  return { sink, result };
}

test("the sample builds into memory with its talk, event and core pages", async () => {
  const { sink, result } = await buildSample();
  assert.equal(result.summary.skipped.length, 0);
  assert.ok(result.catalog, "a build into memory always builds");
  const paths = [...sink.files.keys()];
  for (const p of ["index.html", "404.html", "pages/about.html", "search.html", "events/pyriver-2022.html", "events/harbourside-python-user-group.html", "pyriver-2022/packaging-python-projects-in-2022.html"])
    assert.ok(sink.files.has(p), `${p} is built`);
  assert.equal(result.catalog.talks.length, 39);
  for (const talk of result.catalog.talks) assert.ok(sink.files.has(`${talk.path}.html`), `page of ${talk.path}`);
  assert.ok(paths.some((p) => /^assets\/site\.[0-9a-f]{10}\.css$/.test(p)));
  assert.ok(paths.some((p) => /^assets\/talkdex\.[0-9a-f]{10}\.js$/.test(p)));
});

test("a talk page escapes its title, embeds nothing before play and keeps the start offset", async () => {
  const { sink } = await buildSample();
  const xss = [...sink.files.keys()].find((p) => p.endsWith(".html") && p.includes("escaping-and-quotes"));
  assert.ok(xss);
  const html = sink.text(xss);
  assert.doesNotMatch(html, /<script>alert|<script>(?!\s*$)[^<]*<\/script>\s*<\/h1>/);
  assert.match(html, /<h1>[^<]*&lt;script&gt;/);
  assert.doesNotMatch(html, /<iframe/, "no iframe before play");
  const offsets = [...sink.files.entries()].filter(([p, c]) => p.endsWith(".html") && String(c).includes("start=95"));
  assert.ok(offsets.length > 0, "a YouTube t=95 offset becomes start=95 in the embed URL");
  assert.match(String(offsets[0]?.[1]), /youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1&amp;start=95/);
});

test("a NO_PUBLISH talk has no page", async () => {
  const { sink } = await buildSample();
  for (const [path, content] of sink.files) assert.doesNotMatch(String(content), /unreleased-recording-internal-tooling-demo/, path);
});

test("two builds of the same input are byte-identical", async () => {
  const a = await buildSample();
  const b = await buildSample();
  assert.deepEqual([...a.sink.files.keys()], [...b.sink.files.keys()]);
  for (const [p, c] of a.sink.files) assert.equal(String(b.sink.files.get(p)), String(c), p);
});

test("a build on one thread and one that checks and indexes on others write the same files", async () => {
  const one = new MemorySink();
  const many = new MemorySink();
  await build({ data: SAMPLE_DATA_DIR, sink: one, baseUrl: "https://talks.example.org/", parallel: false });
  await build({ data: SAMPLE_DATA_DIR, sink: many, baseUrl: "https://talks.example.org/", parallel: true });
  assert.deepEqual([...many.files.keys()].sort(), [...one.files.keys()].sort());
  assert.ok([...one.files.keys()].some((p) => p.startsWith("search/t/")), "the search index's term shards are there");
  for (const [p, c] of one.files) assert.ok(Buffer.from(many.files.get(p) ?? "").equals(Buffer.from(c)), p);
});
