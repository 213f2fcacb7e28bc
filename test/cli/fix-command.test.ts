import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { runCli } from "../helpers/run-cli.js";

const fourSpaces = `${JSON.stringify(talk(2), null, 4)}\n`;

function fixture() {
  return makeRepo({
    "c/category.json": event("C 2020"),
    "c/videos/canonical.json": talk(1),
    "c/videos/four-spaces.json": fourSpaces,
    "c/videos/glyph.json": talk(3, { speakers: ["Glyph Lefkowitz", "Ada Example"] }),
    "c/videos/no-id.json": talk(4, { id: undefined, thumbnail_url: " https://example.org/t.jpg " }),
    "c/videos/broken.json": '{"title": ',
    "c/videos/bom.json": `\ufeff${JSON.stringify(talk(5), null, 2)}\n`,
  });
}

test("fix rewrites non-canonical files, applies replacements, trims URLs, removes BOMs and leaves the rest untouched", async () => {
  const repo = fixture();
  try {
    const canonical = join(repo.dir, "c/videos/canonical.json");
    const before = statSync(canonical);
    const r = await runCli(["fix", "--data", repo.dir]);
    assert.equal(r.code, 1, "a file could not be fixed");
    assert.match(r.stderr, /c\/videos\/broken\.json: not fixed/);
    assert.match(r.stdout, /c\/videos\/four-spaces\.json: canonical JSON form/);
    assert.match(r.stdout, /c\/videos\/glyph\.json: speaker "Glyph Lefkowitz" → "Glyph"/);
    assert.match(r.stdout, /c\/videos\/bom\.json: .*byte order mark removed/);
    assert.match(r.stdout, /c\/videos\/no-id\.json: spaces removed around thumbnail_url/);
    assert.match(r.stdout, /4 file\(s\) changed, 1 skipped/);
    const after = statSync(canonical);
    assert.equal(after.mtimeMs, before.mtimeMs, "canonical file not rewritten");
    assert.equal(after.ino, before.ino);
    const glyph = JSON.parse(readFileSync(join(repo.dir, "c/videos/glyph.json"), "utf8"));
    assert.deepEqual(glyph.speakers, ["Glyph", "Ada Example"]);
    assert.equal(readFileSync(join(repo.dir, "c/videos/four-spaces.json"), "utf8"), `${JSON.stringify(talk(2), null, 2)}\n`);
    assert.equal(readFileSync(join(repo.dir, "c/videos/broken.json"), "utf8"), '{"title": ');
    const again = await runCli(["fix", "--data", repo.dir]);
    assert.match(again.stdout, /^0 file\(s\) changed, 1 skipped/m, "fix is idempotent");
  } finally {
    repo.cleanup();
  }
});

test("fix --dry-run lists the changes and writes nothing", async () => {
  const repo = fixture();
  try {
    const r = await runCli(["fix", "--data", repo.dir, "--dry-run"]);
    assert.match(r.stdout, /4 file\(s\) would change/);
    assert.equal(readFileSync(join(repo.dir, "c/videos/four-spaces.json"), "utf8"), fourSpaces);
  } finally {
    repo.cleanup();
  }
});

test("fix --ids gives talks without an id the next free id, in path order", async () => {
  const repo = makeRepo({
    "c/category.json": event("C 2020"),
    "c/videos/a.json": talk(1, { id: 40 }),
    "c/videos/b.json": talk(2, { id: undefined }),
    "c/videos/c.json": talk(3, { id: null }),
  });
  try {
    const r = await runCli(["fix", "--data", repo.dir, "--ids"]);
    assert.equal(r.code, 0);
    const id = (f: string) => JSON.parse(readFileSync(join(repo.dir, "c/videos", f), "utf8")).id;
    assert.deepEqual([id("a.json"), id("b.json"), id("c.json")], [40, 41, 42]);
  } finally {
    repo.cleanup();
  }
});
