import { test } from "node:test";
import assert from "node:assert/strict";
import { createUpdateQueue } from "../../src/serve/update-queue.js";

test("changes reported while an update runs are gathered into exactly one more update after it", async () => {
  const calls: string[][] = [];
  let release: () => void = () => {};
  const queue = createUpdateQueue(async (paths) => {
    calls.push(paths);
    if (calls.length === 1) await new Promise<void>((ok) => (release = ok));
  });
  queue.push(["a.json"]);
  queue.push(["b.json", "c.json"]);
  queue.push(["b.json"]);
  queue.push([]);
  await new Promise((ok) => setImmediate(ok));
  assert.deepEqual(calls, [["a.json"]], "one update at a time");
  release();
  await queue.idle();
  assert.deepEqual(calls, [["a.json"], ["b.json", "c.json"]]);
  queue.push(["d.json"]);
  await queue.idle();
  assert.deepEqual(calls.at(-1), ["d.json"], "the queue starts again after going idle");
});
