import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCatalog, CatalogCache, prepareCatalog } from "../../src/catalog/build-catalog.js";
import { readRepository } from "../../src/load/repository.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";

test("the sample's catalog groups a series, merges spellings of one person and hides NO_PUBLISH talks", async () => {
  const c = buildCatalog(await readRepository(SAMPLE_DATA_DIR));
  assert.equal(c.events.length, 6);
  assert.equal(c.talks.length, 39);
  assert.equal(c.unpublished, 1);
  assert.equal(c.talks.some((t) => t.id === 1240), false);
  assert.deepEqual(c.seriesBySlug.get("pyriver")?.events, ["pyriver-2024", "pyriver-2023", "pyriver-2022"]);
  const jose = c.speakerBySlug.get("jose-garcia-lopez");
  assert.equal(jose?.name, "José García-López");
  assert.deepEqual(jose?.spellings, ["Jose Garcia Lopez", "José García-López"]);
  assert.equal(jose?.talks.length, 4);
  const margaret = c.speakerBySlug.get("margaret-oyelaran");
  assert.deepEqual(margaret?.spellings, ["Maggie Oyelaran", "Margaret Oyelaran"], "speakers.json aliases merge people");
  assert.deepEqual(margaret?.otherSlugs, ["maggie-oyelaran"]);
  assert.equal(c.speakerBySlug.get("tian-zhong-hua-zi")?.name, "田中 花子", "speakers.json's name is the display name");
  assert.equal(c.tagBySlug.get("machine-learning")?.name, "Machine Learning");
  assert.deepEqual(c.tagBySlug.get("python")?.spellings, ["Python", "python"]);
  assert.ok(c.eventBySlug.has("harbourside-python-user-group"), "event slugs come from titles, like pyvideo.org");
  assert.ok(c.languages.map((l) => l.code).join() === "eng,jpn,por,spa");
  assert.equal(c.languages.find((l) => l.code === "jpn")?.nativeName, "日本語");
});

test("catalog lists are deterministic and talks sit in recorded order in their event", async () => {
  const repo = makeRepo({
    "e/category.json": event("E 2020"),
    "e/videos/b.json": talk(2, { recorded: "2020-05-03" }),
    "e/videos/a.json": talk(1, { recorded: "2020-05-02T10:00:00" }),
    "e/videos/c.json": talk(3, { recorded: "2020-05-02T09:00:00" }),
  });
  try {
    const c = buildCatalog(await readRepository(repo.dir));
    assert.deepEqual(c.eventBySlug.get("e-2020")?.talks, ["e-2020/testing-talk-3", "e-2020/testing-talk-1", "e-2020/testing-talk-2"]);
    assert.deepEqual(c.speakers.map((s) => s.slug), ["ada-example"]);
    assert.deepEqual(c.speakers[0]?.talks, ["e-2020/testing-talk-2", "e-2020/testing-talk-1", "e-2020/testing-talk-3"]);
  } finally {
    repo.cleanup();
  }
});

test("talks that cannot be published are skipped with a reason, the rest is kept", async () => {
  const repo = makeRepo({
    "e/category.json": event("E 2020"),
    "e/videos/ok.json": talk(1),
    "e/videos/broken.json": "{",
    "e/videos/untitled.json": talk(2, { title: "  " }),
    "lost/videos/x.json": talk(3),
  });
  try {
    const c = buildCatalog(await readRepository(repo.dir));
    assert.equal(c.talks.length, 1);
    assert.deepEqual(c.skipped.map((s) => s.file), ["e/videos/broken.json", "e/videos/untitled.json", "lost/category.json", "lost/videos/x.json"]);
  } finally {
    repo.cleanup();
  }
});

test("the snapshot's catalog keeps pyvideo.org's URLs for talks, events, speakers and tags", { skip: SNAPSHOT_SKIP }, async () => {
  const { readFileSync } = await import("node:fs");
  const urls = new Set(readFileSync(new URL("../../../shared/pyvideo-org-urls.txt", import.meta.url), "utf8").split("\n"));
  const c = buildCatalog(await readRepository(SNAPSHOT_DIR));
  assert.equal(c.talks.length + c.unpublished, 21715);
  const missing = (paths: string[]) => paths.filter((p) => !urls.has(p));
  assert.deepEqual(missing(c.events.map((e) => `events/${e.slug}.html`)), []);
  assert.deepEqual(missing(c.tags.flatMap((t) => [t.slug, ...t.otherSlugs]).map((s) => `tag/${s}/index.html`)), []);
  const talkMisses = missing(c.talks.map((t) => `${t.path}.html`));
  assert.ok(talkMisses.length <= 5, `talk pages missing from pyvideo.org: ${talkMisses.slice(0, 5).join(", ")}`);
  const speakerMisses = missing(c.speakers.flatMap((s) => [s.slug, ...s.otherSlugs]).map((s) => `speaker/${s}.html`));
  assert.ok(speakerMisses.length <= 10, `speaker pages missing: ${speakerMisses.slice(0, 10).join(", ")}`);
  // The other way round: every pyvideo.org speaker page has a person here (as main or old slug).
  const ours = new Set(c.speakers.flatMap((s) => [s.slug, ...s.otherSlugs]));
  const all = [...urls].filter((u) => u.startsWith("speaker/")).map((u) => u.slice(8, -5));
  const allSet = new Set(all);
  // "a-jesse-jiryu-davis2" is page 2 of "a-jesse-jiryu-davis": pagination copies, not people.
  const theirs = all.filter((s) => !(/\D\d+$/.test(s) && allSet.has(s.replace(/\d+$/, ""))));
  const lost = theirs.filter((s) => !ours.has(s));
  assert.ok(lost.length <= 5, `pyvideo.org speaker pages with no person: ${lost.slice(0, 10).join(", ")}`);
});

// A build makes each file's share of the catalog (prepareCatalog) while its check's worker decides
// which files are left out; the catalog must be the one buildCatalog makes on its own.
for (const [name, dir, skip] of [
  ["the sample", SAMPLE_DATA_DIR, false],
  ["the snapshot", SNAPSHOT_DIR, SNAPSHOT_SKIP],
] as const)
  test(`${name}'s catalog is the same when each file's share of it was prepared first`, { skip }, async () => {
    const repo = await readRepository(dir, { valuesOnly: true });
    const plain = buildCatalog(repo);
    const cache = new CatalogCache();
    prepareCatalog(repo, cache);
    const talkFiles = repo.events.flatMap((e) => e.talks.map((t) => t.file));
    const byPath = new Map(talkFiles.map((f) => [f.path, f]));
    const unprepared = plain.talks.filter((t) => {
      const file = byPath.get(t.file);
      return file === undefined || !cache.talks.has(file);
    });
    assert.ok(plain.talks.length > 0);
    assert.deepEqual(
      unprepared.map((t) => t.path),
      [],
      "every published talk's fields are prepared",
    );
    assert.ok(cache.personKeys.size > 0 && cache.tagKeys.size > 0);
    // Left out afterwards: the prepared fields of an excluded file are not used.
    const left = plain.talks[0]?.file ?? "";
    const exclude = new Map([[left, "left out by the test"]]);
    assert.deepEqual(buildCatalog(repo, { cache, exclude }), buildCatalog(repo, { exclude }));
    assert.deepEqual(buildCatalog(repo, { cache }), plain);
  });
