import { test } from "node:test";
import assert from "node:assert/strict";
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";

async function scratch(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "talkdex-atomic-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test("a new file is created with the given text and no temporary file remains", async (t) => {
  const dir = await scratch(t);
  const target = join(dir, "talk.json");
  await writeFileAtomic(target, '{\n  "title": "Letícia"\n}\n');
  assert.equal(await readFile(target, "utf8"), '{\n  "title": "Letícia"\n}\n');
  assert.deepEqual(await readdir(dir), ["talk.json"]);
});

test("an existing file is replaced and keeps its permission bits", async (t) => {
  const dir = await scratch(t);
  const target = join(dir, "talk.json");
  await writeFile(target, "old");
  await chmod(target, 0o640);
  await writeFileAtomic(target, Buffer.from("new"));
  assert.equal(await readFile(target, "utf8"), "new");
  assert.equal((await stat(target)).mode & 0o7777, 0o640);
});

test("a write that fails halfway leaves the original untouched and removes the temporary file", async (t) => {
  const dir = await scratch(t);
  const target = join(dir, "talk.json");
  await writeFile(target, "original");
  async function* failingChunks(): AsyncGenerator<string> {
    yield "partial data";
    throw new Error("disk on fire");
  }
  await assert.rejects(writeFileAtomic(target, failingChunks()), /disk on fire/);
  assert.equal(await readFile(target, "utf8"), "original");
  assert.deepEqual(await readdir(dir), ["talk.json"]);
});

test("a write into a missing directory fails without creating anything", async (t) => {
  const dir = await scratch(t);
  await assert.rejects(writeFileAtomic(join(dir, "missing", "talk.json"), "x"), { code: "ENOENT" });
  assert.deepEqual(await readdir(dir), []);
});

test("concurrent writes to one file leave exactly one complete version", async (t) => {
  const dir = await scratch(t);
  const target = join(dir, "talk.json");
  const versions = Array.from({ length: 8 }, (_, i) => `version ${i} `.repeat(1000));
  await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
  assert.ok(versions.includes(await readFile(target, "utf8")));
  assert.deepEqual(await readdir(dir), ["talk.json"]);
});

test("chunks from an iterable are written one after another", async (t) => {
  const dir = await scratch(t);
  const target = join(dir, "feed.xml");
  await writeFileAtomic(target, ["<a>", Buffer.from("é"), "</a>"]);
  assert.equal(await readFile(target, "utf8"), "<a>é</a>");
});
