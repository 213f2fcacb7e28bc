import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRepository, loadRepository } from "../../src/index.js";
import { REPO_ROOT } from "../helpers/shared.js";
import { runCli } from "../helpers/run-cli.js";

const PLAYLIST = join(REPO_ROOT, "test/fixtures/import/yt-dlp-playlist.json");
const EVENT = "pycon-example-2025";

function tempData(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-import-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function readTalk(dir: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, EVENT, "videos", `${name}.json`), "utf8")) as Record<string, unknown>;
}

function snapshot(dir: string): Map<string, { text: string; mtimeMs: number }> {
  const files = new Map<string, { text: string; mtimeMs: number }>();
  for (const sub of ["", "videos"]) {
    const folder = join(dir, EVENT, sub);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isFile()) files.set(path, { text: readFileSync(path, "utf8"), mtimeMs: statSync(path).mtimeMs });
    }
  }
  return files;
}

test("a yt-dlp playlist becomes an event folder that passes the check, with cleaned titles and speakers", async () => {
  const data = tempData();
  try {
    const r = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir, "--event-url", "https://example.org/2025/"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /7 created, 0 updated, 0 unchanged, 0 skipped/);
    assert.match(r.stderr, /note: video Fh7uW1xZa4i is private or removed: skipped/);
    assert.match(r.stderr, /note: entry 6 .* is empty/);
    const names = readdirSync(join(data.dir, EVENT, "videos")).sort();
    assert.deepEqual(names, [
      "deep-learning-on-the-edge.json",
      "ecrire-des-tests-qui-durent.json",
      "keynote.json",
      "lightning-talks-day-1.json",
      "scaling-postgres-for-fun.json",
      "typed-pipelines-with-pydantic.json",
    ]);
    const typed = readTalk(data.dir, "typed-pipelines-with-pydantic");
    assert.equal(typed.title, "Typed Pipelines with Pydantic");
    assert.deepEqual(typed.speakers, ["Ana Lima"]);
    assert.equal(typed.language, "eng");
    assert.equal(typed.recorded, "2025-05-20");
    assert.equal(typed.duration, 1805);
    assert.deepEqual(typed.tags, ["python", "pydantic"]);
    assert.equal(typed.thumbnail_url, "https://i.ytimg.com/vi/Xk3v9QpL2aA/hqdefault.jpg");
    assert.deepEqual(typed.videos, [{ type: "youtube", url: "https://www.youtube.com/watch?v=Xk3v9QpL2aA" }]);
    assert.equal("id" in typed, false, "no invented ids");
    assert.deepEqual(readTalk(data.dir, "scaling-postgres-for-fun").speakers, ["Jamal Osei", "Mei Tanaka"]);
    assert.equal(readTalk(data.dir, "deep-learning-on-the-edge").recorded, null, "no date is invented");
    const category = JSON.parse(readFileSync(join(data.dir, EVENT, "category.json"), "utf8"));
    assert.deepEqual(category, { end_date: "2025-05-22", start_date: "2025-05-20", title: "PyCon Example 2025", url: "https://example.org/2025/" });
    const { diagnostics } = checkRepository(await loadRepository(data.dir));
    assert.deepEqual(diagnostics.map((d) => `${d.file}: ${d.rule} ${d.message}`), []);
  } finally {
    data.cleanup();
  }
});

test("importing the same playlist again writes nothing", async () => {
  const data = tempData();
  try {
    await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir]);
    const before = snapshot(data.dir);
    const r = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 created, 0 updated, 7 unchanged, 0 skipped/);
    assert.deepEqual(snapshot(data.dir), before);
  } finally {
    data.cleanup();
  }
});

test("an existing talk is left alone without --update, and --update fills only its empty fields", async () => {
  const data = tempData();
  try {
    await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir]);
    const path = join(data.dir, EVENT, "videos", "keynote.json");
    const edited = { ...readTalk(data.dir, "keynote"), title: "Opening Keynote", duration: null, description: "Hand-written." };
    writeFileSync(path, `${JSON.stringify(edited, null, 4)}\n`);
    const plain = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir]);
    assert.match(plain.stdout, /skipped pycon-example-2025\/videos\/keynote\.json: exists; --update would fill duration/);
    assert.equal(JSON.parse(readFileSync(path, "utf8")).duration, null);
    const updated = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir, "--update"]);
    assert.match(updated.stdout, /updated pycon-example-2025\/videos\/keynote\.json: filled duration/);
    assert.match(updated.stdout, /0 created, 1 updated, 6 unchanged, 0 skipped/);
    const after = readTalk(data.dir, "keynote");
    assert.equal(after.title, "Opening Keynote", "a human edit is kept");
    assert.equal(after.description, "Hand-written.");
    assert.equal(after.duration, 3120);
  } finally {
    data.cleanup();
  }
});

test("--dry-run prints the files it would write and writes nothing", async () => {
  const data = tempData();
  try {
    const r = await runCli(["import", "youtube", PLAYLIST, "--event", EVENT, "--data", data.dir, "--dry-run"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /would create pycon-example-2025\/videos\/keynote\.json: "Keynote" — Grace Okafor\n {4}\{\n {6}"description": ""/);
    assert.match(r.stdout, /Would import into pycon-example-2025: 7 created/);
    assert.equal(existsSync(join(data.dir, EVENT)), false);
  } finally {
    data.cleanup();
  }
});

test("talks with one title get their own file and page URL, and long titles fit in 140 bytes", async () => {
  const data = tempData();
  try {
    const long = "A ".repeat(10) + "very long title about ".repeat(12);
    const entry = (id: string, title: string) => ({ id, title, extractor_key: "Youtube", upload_date: "20250101" });
    const playlist = join(data.dir, "pl.json");
    writeFileSync(playlist, JSON.stringify({ title: "Dup Conf 2025", entries: [entry("AAAAAAAAAA1", "Lightning Talks"), entry("AAAAAAAAAA2", "Lightning Talks"), entry("AAAAAAAAAA3", long)] }));
    const r = await runCli(["import", "youtube", playlist, "--event", "dup-2025", "--data", data.dir]);
    assert.equal(r.code, 0, r.stderr);
    const names = readdirSync(join(data.dir, "dup-2025", "videos")).sort();
    assert.equal(names.length, 3);
    assert.ok(names.includes("lightning-talks.json") && names.includes("lightning-talks-2.json"));
    for (const n of names) assert.ok(Buffer.byteLength(n) < 140, n);
    const second = JSON.parse(readFileSync(join(data.dir, "dup-2025", "videos", "lightning-talks-2.json"), "utf8"));
    assert.equal(second.slug, "lightning-talks-2");
    const { diagnostics } = checkRepository(await loadRepository(data.dir));
    assert.deepEqual(diagnostics.filter((d) => d.severity === "error").map((d) => d.message), []);
  } finally {
    data.cleanup();
  }
});

test("a missing --event, a bad pattern and no data folder are usage errors", async () => {
  const data = tempData();
  try {
    assert.equal((await runCli(["import", "youtube", PLAYLIST, "--data", data.dir])).code, 2);
    const bad = await runCli(["import", "youtube", PLAYLIST, "--event", "x", "--data", data.dir, "--title-pattern", "(no-group)"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /named group "title"/);
    assert.match((await runCli(["import", "youtube", PLAYLIST, "--event", "../x", "--data", data.dir])).stderr, /not a usable folder name/);
    const nowhere = await runCli(["import", "youtube", PLAYLIST, "--event", "x"], data.dir);
    assert.equal(nowhere.code, 2);
    assert.match(nowhere.stderr, /not a data repository/);
    const notJson = join(data.dir, "x.json");
    writeFileSync(notJson, "{oops");
    const broken = await runCli(["import", "youtube", notJson, "--event", "x", "--data", data.dir]);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /x\.json: not JSON/);
  } finally {
    data.cleanup();
  }
});

test("talkdex import --help lists every source and option, and the main help names the command", async () => {
  const help = await runCli(["import", "--help"]);
  assert.equal(help.code, 0);
  for (const word of ["import youtube", "import peertube", "import vimeo", "import schedule", "--event SLUG", "--update", "--dry-run", "--title-pattern", "--api-key", "--cache DIR", "--retries N"])
    assert.ok(help.stdout.includes(word), word);
  assert.match((await runCli(["--help"])).stdout, /import {2}add an event's talks/);
  const unknown = await runCli(["import", "dailymotion", "x", "--event", "e"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown source kind "dailymotion"/);
});
