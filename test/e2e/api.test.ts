// The JSON API end to end: every file of the sample (and a sample of the snapshot's) validates
// against the JSON Schemas in schemas/api/, records hold what they should, and JSON is compact.

import { byteLength, solid } from "../../src/output/output-file.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { build } from "../../src/build/build.js";
import { createContext } from "../../src/build/create-context.js";
import { makeSite } from "../../src/build/site.js";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { api } from "../../src/emit/api/api.js";
import { buildAssets } from "../../src/emit/assets.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { REPO_ROOT, SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { expandUnits } from "../../src/build/context.js";

const BASE = "https://talks.example.org/";
const SCHEMA_DIR = join(REPO_ROOT, "schemas", "api");

// Which schema documents which API file.
const KINDS: [RegExp, string][] = [
  [/^index\.json$/, "index"],
  [/^all\.json$/, "all"],
  [/^talks\/[^/]+\/[^/]+\.json$/, "talk"],
  [/^events\.json$/, "event-list"],
  [/^events\/[^/]+\.json$/, "event"],
  [/^series\.json$/, "series-list"],
  [/^series\/[^/]+\.json$/, "series"],
  [/^speakers\.json$/, "speaker-list"],
  [/^speakers\/[^/]+\.json$/, "speaker"],
  [/^tags\.json$/, "tag-list"],
  [/^tags\/[^/]+\.json$/, "tag"],
  [/^languages\.json$/, "language-list"],
  [/^languages\/[^/]+\.json$/, "language"],
];

function validators(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json")).sort())
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as object);
  return new Map(KINDS.map(([, kind]) => [kind, ajv.getSchema(`${kind}.schema.json`) as ValidateFunction]));
}

function kindOf(apiFile: string): string | undefined {
  return KINDS.find(([re]) => re.test(apiFile))?.[1];
}

function check(validate: Map<string, ValidateFunction>, path: string, text: string): unknown {
  const kind = kindOf(path.replace(/^api\/v1\//, ""));
  assert.ok(kind, `${path} is documented by a schema`);
  const value: unknown = JSON.parse(text);
  const fn = validate.get(kind) as ValidateFunction;
  assert.ok(fn(value), `${path} is a valid ${kind}: ${JSON.stringify(fn.errors?.slice(0, 3))}`);
  return value;
}

async function buildSample(): Promise<MemorySink> {
  const sink = new MemorySink();
  await build({ data: SAMPLE_DATA_DIR, sink, baseUrl: BASE });
  return sink;
}

test("every API file of the sample validates against its JSON Schema and is compact JSON", async () => {
  const sink = await buildSample();
  const validate = validators();
  const files = [...sink.files.keys()].filter((p) => p.startsWith("api/"));
  assert.ok(files.length > 50);
  for (const path of files) {
    const text = sink.text(path);
    assert.ok(text.endsWith("}\n") || text.endsWith("]\n"), `${path} ends with one newline`);
    assert.doesNotMatch(text.slice(0, -1), /\n/, `${path} is on one line`);
    check(validate, path, text);
  }
});

test("a talk record has its public fields, speakers and tags with slugs and names, its event and page URL", async () => {
  const sink = await buildSample();
  const rec = JSON.parse(sink.text("api/v1/talks/harbourside-python-user-group/intro-to-type-hints.json"));
  assert.equal(rec.path, "harbourside-python-user-group/intro-to-type-hints");
  assert.equal(rec.url, `${BASE}harbourside-python-user-group/intro-to-type-hints.html`);
  assert.deepEqual(Object.keys(rec.event), ["slug", "title"]);
  assert.equal(rec.event.slug, "harbourside-python-user-group");
  assert.deepEqual(rec.speakers[0], { slug: "margaret-oyelaran", name: "Margaret Oyelaran" });
  assert.ok(rec.tags.every((t: { slug: string; name: string }) => t.slug && t.name));
  assert.deepEqual(rec.aliases, ["video/1234/intro-to-type-hints"]);
  assert.ok(rec.videos.length > 0 && rec.date && rec.title);
  const xss = [...sink.files.keys()].find((p) => p.startsWith("api/v1/talks/") && p.includes("escaping-and-quotes")) as string;
  assert.match(JSON.parse(sink.text(xss)).title, /<script>/, "titles are data, kept as written");
});

test("lists, records and the dump agree with each other", async () => {
  const sink = await buildSample();
  const index = JSON.parse(sink.text("api/v1/index.json"));
  const all = JSON.parse(sink.text("api/v1/all.json"));
  const talkFiles = [...sink.files.keys()].filter((p) => p.startsWith("api/v1/talks/"));
  assert.equal(index.counts.talks, talkFiles.length);
  assert.deepEqual(all.counts, index.counts);
  assert.equal(all.talks.length, talkFiles.length);
  assert.deepEqual(all.talks[0], JSON.parse(sink.text(`api/v1/talks/${all.talks[0].path}.json`)));
  assert.equal(index.links.all, `${BASE}api/v1/all.json`);
  const events = JSON.parse(sink.text("api/v1/events.json"));
  for (const e of events) {
    const rec = JSON.parse(sink.text(`api/v1/events/${e.slug}.json`));
    assert.equal(rec.talks.length, e.talkCount);
    for (const t of rec.talks) assert.ok(sink.files.has(`api/v1/talks/${t.path}.json`), t.path);
  }
  for (const s of JSON.parse(sink.text("api/v1/speakers.json"))) assert.ok(sink.files.has(`api/v1/speakers/${s.slug}.json`));
  for (const l of JSON.parse(sink.text("api/v1/languages.json"))) assert.ok(sink.files.has(`api/v1/languages/${l.code}.json`));
});

test("the snapshot's API validates (lists, the dump and a sample of records) and the dump stays a reasonable size", { skip: SNAPSHOT_SKIP }, async () => {
  const { repo } = await checkFolder(SNAPSHOT_DIR);
  const catalog = buildCatalog(repo, { exclude: new Map() });
  const ctx = createContext(makeSite("PyVideo", "https://pyvideo.org/"), buildAssets());
  const start = performance.now();
  const files = [...expandUnits(api(catalog, ctx), catalog)];
  const ms = performance.now() - start;
  const bytes = files.reduce((n, f) => n + byteLength(f.content), 0);
  const all = files.find((f) => f.path === "api/v1/all.json");
  const allBytes = all ? byteLength(all.content) : 0;
  console.log(`api: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms; all.json ${(allBytes / 1e6).toFixed(1)} MB`);
  assert.equal(new Set(files.map((f) => f.path)).size, files.length, "no path written twice");
  assert.equal(files.filter((f) => f.path.startsWith("api/v1/talks/")).length, catalog.talks.length);
  const validate = validators();
  files.forEach((f, i) => {
    if (!/^api\/v1\/(talks|events|series|speakers|tags|languages)\//.test(f.path) || i % 97 === 0) check(validate, f.path, String(solid(f.content)));
  });
  assert.ok(allBytes < 60e6, `all.json is ${allBytes} bytes`);
});
