import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRepository, loadRepository } from "../../src/index.js";
import { readSchedule } from "../../src/import/schedule/import-schedule.js";
import { REPO_ROOT } from "../helpers/shared.js";
import { runCli } from "../helpers/run-cli.js";

const FIXTURES = join(REPO_ROOT, "test/fixtures/import");
const PLAYLIST = join(FIXTURES, "yt-dlp-playlist.json");
const PRETALX = join(FIXTURES, "pretalx-schedule.json");
const FRAB = join(FIXTURES, "frab-schedule.xml");
const EVENT = "pycon-example-2025";

async function importedEvent(): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-import-"));
  const r = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", dir]);
  assert.equal(r.code, 0, r.stderr);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function talks(dir: string): Map<string, Record<string, unknown>> {
  const folder = join(dir, EVENT, "videos");
  return new Map(readdirSync(folder).sort().map((n) => [n, JSON.parse(readFileSync(join(folder, n), "utf8")) as Record<string, unknown>]));
}

test("a yt-dlp playlist plus a pretalx schedule make an event that passes the check, with the schedule's titles, speakers and languages", async () => {
  const data = await importedEvent();
  try {
    const r = await runCli(["import", "schedule", PRETALX, "--event", EVENT, "--data", data.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0 created, 6 updated, 0 unchanged, 0 skipped/);
    assert.match(r.stderr, /1 session\(s\) marked do_not_record: nothing created/);
    assert.match(r.stderr, /ambiguous: pycon-example-2025\/videos\/lightning-talks-day-1\.json fits sessions "Lightning talks" .* and "Lightning talks" .*; not merged/);
    assert.match(r.stderr, /session "Rust for Pythonistas" .* matches no recorded talk: nothing created/);
    assert.doesNotMatch(r.stderr, /Sponsored lunch/);
    const all = talks(data.dir);
    assert.equal(all.size, 6, "the schedule creates no talk");
    const summary = [...all].map(([name, t]) => [name, t.title, t.speakers, t.language ?? null, t.recorded]);
    assert.deepEqual(summary, [
      ["deep-learning-on-the-edge.json", "Deep learning on the edge", ["Priya Raman"], "eng", "2025-05-18T11:00:00+01:00"],
      ["ecrire-des-tests-qui-durent.json", "Écrire des tests qui durent", ["Camille Dupont"], "fra", "2025-05-17T11:00:00+01:00"],
      ["keynote.json", "Opening keynote", ["Grace Okafor"], "eng", "2025-05-17T09:30:00+01:00"],
      ["lightning-talks-day-1.json", "Lightning Talks - Day 1", [], null, "2025-05-22"],
      ["scaling-postgres-for-fun.json", "Scaling PostgreSQL for fun", ["Jamal Osei", "Mei Tanaka"], "eng", "2025-05-18T10:00:00+01:00"],
      ["typed-pipelines-with-pydantic.json", "Typed pipelines with Pydantic", ["Ana Lima"], "eng", "2025-05-17T10:30:00+01:00"],
    ]);
    const typed = all.get("typed-pipelines-with-pydantic.json") ?? {};
    assert.equal(typed.description, "Validating data at the edges of a pipeline.\n\nSlides: https://example.org/slides/typed-pipelines", "a description already there is kept");
    assert.deepEqual(typed.tags, ["python", "pydantic", "Data"], "the track becomes a tag");
    assert.deepEqual(typed.related_urls, [{ label: "Talk schedule", url: "https://pretalx.example.org/pycon-example-2025/talk/TYPED2/" }]);
    assert.equal(typed.duration, 1805, "the recording's duration is kept");
    assert.equal((all.get("keynote.json") ?? {}).description, "How a community grows without losing its soul.");
    const category = JSON.parse(readFileSync(join(data.dir, EVENT, "category.json"), "utf8"));
    assert.equal(category.start_date, "2025-05-17");
    assert.equal(category.end_date, "2025-05-19");
    const { diagnostics } = checkRepository(await loadRepository(data.dir));
    // No warning either: the talk the schedule could not place keeps its upload date, within the recorded-date tolerance.
    assert.deepEqual(diagnostics.map((d) => `${d.file}: ${d.rule} ${d.message}`), []);
  } finally {
    data.cleanup();
  }
});

test("merging the schedule again, or importing the playlist again after it, writes nothing", async () => {
  const data = await importedEvent();
  try {
    await runCli(["import", "schedule", PRETALX, "--event", EVENT, "--data", data.dir]);
    const folder = join(data.dir, EVENT, "videos");
    const before = readdirSync(folder).map((n) => [n, statSync(join(folder, n)).mtimeMs, readFileSync(join(folder, n), "utf8")]);
    const again = await runCli(["import", "schedule", PRETALX, "--event", EVENT, "--data", data.dir]);
    assert.match(again.stdout, /0 created, 0 updated, 6 unchanged, 0 skipped/);
    const videosAgain = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir]);
    assert.match(videosAgain.stdout, /0 created, 0 updated, 7 unchanged, 0 skipped/);
    const after = readdirSync(folder).map((n) => [n, statSync(join(folder, n)).mtimeMs, readFileSync(join(folder, n), "utf8")]);
    assert.deepEqual(after, before);
  } finally {
    data.cleanup();
  }
});

test("after a merge, a person's retitling of a talk survives merging the schedule again", async () => {
  const data = await importedEvent();
  try {
    await runCli(["import", "schedule", PRETALX, "--event", EVENT, "--data", data.dir]);
    const path = join(data.dir, EVENT, "videos", "keynote.json");
    const edited = { ...JSON.parse(readFileSync(path, "utf8")), title: "Growing a community without losing its soul" };
    writeFileSync(path, `${JSON.stringify(edited, null, 2)}\n`);
    const r = await runCli(["import", "schedule", PRETALX, "--event", EVENT, "--data", data.dir]);
    assert.match(r.stdout, /0 created, 0 updated, 6 unchanged, 0 skipped/);
    assert.doesNotMatch(r.stderr, /keynote\.json .*matches no session/, "still paired through its schedule link");
    assert.equal(JSON.parse(readFileSync(path, "utf8")).title, "Growing a community without losing its soul");
  } finally {
    data.cleanup();
  }
});

test("a frab schedule.xml merges the same way, and --dry-run writes nothing", async () => {
  const data = await importedEvent();
  try {
    const dry = await runCli(["import", "schedule", FRAB, "--event", EVENT, "--data", data.dir, "--dry-run"]);
    assert.match(dry.stdout, /would update pycon-example-2025\/videos\/typed-pipelines-with-pydantic\.json: from the schedule: recorded, related_urls, tags, title/);
    assert.equal((talks(data.dir).get("typed-pipelines-with-pydantic.json") ?? {}).title, "Typed Pipelines with Pydantic");
    const r = await runCli(["import", "schedule", FRAB, "--event", EVENT, "--data", data.dir]);
    assert.equal(r.code, 0, r.stderr);
    const ecrire = talks(data.dir).get("ecrire-des-tests-qui-durent.json") ?? {};
    assert.equal(ecrire.language, "fra");
    assert.equal(ecrire.recorded, "2025-05-17T11:00:00", "pentabarf-style sessions without <date> keep the local time");
  } finally {
    data.cleanup();
  }
});

test("a schedule.json that breaks the format is rejected with every problem and its place", () => {
  const broken = JSON.parse(readFileSync(PRETALX, "utf8"));
  broken.schedule.conference.days[0].rooms.Auditorium[0].date = "tomorrow";
  delete broken.schedule.conference.days[1].rooms.Auditorium[0].title;
  assert.throws(
    () => readSchedule(JSON.stringify(broken), "schedule.json"),
    (e: Error) =>
      /schedule\.json: not a frab\/pretalx schedule\.json \(2 problem\(s\)\)/.test(e.message) &&
      /\/schedule\/conference\/days\/0\/rooms\/Auditorium\/0\/date: must match pattern/.test(e.message) &&
      /\/schedule\/conference\/days\/1\/rooms\/Auditorium\/0: must have required property 'title'/.test(e.message),
  );
  assert.throws(() => readSchedule("{", "s.json"), /s\.json: not JSON/);
  assert.throws(() => readSchedule('<!DOCTYPE x [<!ENTITY a "aaaa">]><schedule/>', "s.xml"), /declares entities/);
  assert.throws(() => readSchedule("<schedule><day>", "s.xml"), /s\.xml: not/);
});

test("a schedule for an event without talks asks for the recordings first", async () => {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-import-"));
  try {
    writeFileSync(join(dir, "talkdex.json"), "{}\n");
    const r = await runCli(["import", "schedule", PRETALX, "--event", EVENT, "--data", dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /has no talks yet\. Import the recordings first/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
