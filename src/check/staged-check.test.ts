import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import { packFiles, unpackFiles } from "./staged-check.js";

test("a batch of files crosses to another thread as paths, buffers and places, each shared buffer once and not copied", async () => {
  const shared = new SharedArrayBuffer(64);
  const other = new SharedArrayBuffer(16);
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  const a = new Uint8Array(shared, 0, 4);
  a.set(text("{}\n\n"));
  const b = new Uint8Array(shared, 10, 3);
  b.set(text("[1]"));
  const c = new Uint8Array(other, 2, 2);
  c.set(text("{}"));
  const plain = Buffer.from("one/redirects.txt line");
  const files: [string, Uint8Array][] = [
    ["ev/videos/a.json", a],
    ["ev/videos/b.json", b],
    ["other/category.json", c],
    ["redirects.txt", plain],
    ["empty.json", new Uint8Array(shared, 20, 0)],
  ];
  const batch = packFiles(files);
  assert.equal(batch.buffers.length, 3, "one entry per distinct buffer");
  assert.deepEqual(
    unpackFiles(batch).map(([p, v]) => [p, Buffer.from(v).toString()]),
    files.map(([p, v]) => [p, Buffer.from(v).toString()]),
  );
  // On another thread: the views are of the very memory written here.
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.once("message", (batch) => {
       const paths = batch.paths.split("\\0");
       const first = new Uint8Array(batch.buffers[batch.at[0]], batch.at[1], batch.at[2]);
       first[0] = 0x5b; // "["
       parentPort.postMessage(paths);
     });`,
    { eval: true },
  );
  const paths = await new Promise((resolve) => {
    worker.once("message", resolve);
    worker.postMessage(batch);
  });
  await worker.terminate();
  assert.deepEqual(paths, files.map(([p]) => p));
  assert.equal(String.fromCharCode(a[0] as number), "[", "the worker wrote into the sender's shared memory");
});
