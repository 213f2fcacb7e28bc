import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SharedFileReader } from "./shared-read.js";

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-shared-read-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test("files are read whole into shared memory, several to a chunk, each view its own bytes", (t) => {
  const big = new Uint8Array(300).map((_, i) => i % 251);
  const dir = folder({ "a.json": '{"title": "Letícia 😀"}', "empty.json": "", "b.bin": big, "c.txt": "third" });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const reader = new SharedFileReader(1024);
  const a = reader.read(join(dir, "a.json"));
  const empty = reader.read(join(dir, "empty.json"));
  const b = reader.read(join(dir, "b.bin"));
  const c = reader.read(join(dir, "c.txt"));
  assert.equal(Buffer.from(a as Uint8Array).toString("utf8"), '{"title": "Letícia 😀"}');
  assert.equal(empty?.byteLength, 0);
  assert.deepEqual(Buffer.from(b as Uint8Array), Buffer.from(big));
  assert.equal(Buffer.from(c as Uint8Array).toString("utf8"), "third");
  for (const v of [a, b, c]) assert.ok(v?.buffer instanceof SharedArrayBuffer);
  // One after the other in one chunk: writing into one view leaves the others as they were.
  assert.equal(a?.buffer, c?.buffer);
  (a as Uint8Array).fill(0);
  assert.equal(Buffer.from(c as Uint8Array).toString("utf8"), "third");
  assert.deepEqual(Buffer.from(b as Uint8Array), Buffer.from(big));
});

test("a file larger than a chunk gets memory of its own; what cannot be read is undefined", (t) => {
  const large = "x".repeat(5000);
  const dir = folder({ "large.txt": large, "small.txt": "small" });
  mkdirSync(join(dir, "sub"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const reader = new SharedFileReader(1024);
  const small = reader.read(join(dir, "small.txt"));
  const read = reader.read(join(dir, "large.txt"));
  assert.equal(Buffer.from(read as Uint8Array).toString("utf8"), large);
  assert.equal(read?.byteLength, 5000);
  assert.notEqual(read?.buffer, small?.buffer);
  assert.equal(reader.read(join(dir, "missing.json")), undefined);
  assert.equal(reader.read(join(dir, "sub")), undefined);
  // The chunk goes on where it was: the large file took none of it.
  assert.equal(reader.read(join(dir, "small.txt"))?.buffer, small?.buffer);
});

test("a view posted to a worker is the same memory, not a copy", async (t) => {
  const dir = folder({ "a.txt": "shared" });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const view = new SharedFileReader().read(join(dir, "a.txt")) as Uint8Array;
  // The worker writes into what it received; the change shows here.
  const worker = new Worker(`const { parentPort } = require("node:worker_threads"); parentPort.once("message", (v) => { v[0] = 83; parentPort.postMessage("done"); });`, { eval: true });
  t.after(() => worker.terminate());
  const done = new Promise((resolve) => worker.once("message", resolve));
  worker.postMessage(view);
  await done;
  assert.equal(Buffer.from(view).toString("utf8"), "Shared");
});

test("a file that outgrows the rest of a chunk moves to memory of its own; the next file goes on in the chunk", (t) => {
  const first = "a".repeat(700);
  const second = "b".repeat(500);
  const exact = "c".repeat(319);
  const dir = folder({ "1.txt": first, "2.txt": second, "3.txt": "third", "4.txt": exact });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const reader = new SharedFileReader(1024);
  const one = reader.read(join(dir, "1.txt")) as Uint8Array;
  const two = reader.read(join(dir, "2.txt")) as Uint8Array;
  const three = reader.read(join(dir, "3.txt")) as Uint8Array;
  assert.equal(Buffer.from(two).toString("utf8"), second);
  assert.notEqual(two.buffer, one.buffer);
  assert.equal(three.buffer, one.buffer);
  assert.equal(three.byteOffset, 700);
  // A file exactly as large as the room left (1,024 − 705 bytes) is read whole too.
  const four = reader.read(join(dir, "4.txt")) as Uint8Array;
  assert.equal(Buffer.from(four).toString("utf8"), exact);
  assert.equal(Buffer.from(one).toString("utf8"), first);
  assert.equal(Buffer.from(three).toString("utf8"), "third");
});
