import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { getPriority } from "node:os";
import { Worker } from "node:worker_threads";

test("a helper thread lowers its own priority, not the main thread's (Linux)", { skip: !existsSync("/proc/thread-self") && "threads have no priority of their own here" }, async () => {
  const before = getPriority(process.pid);
  const module = new URL("./thread-priority.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  // In the worker: its thread id and nice value before and after.
  const code = `
    import { register } from ${JSON.stringify(tsx)}; register();
    const { readlinkSync } = await import("node:fs");
    const { getPriority } = await import("node:os");
    const { parentPort } = await import("node:worker_threads");
    const { yieldToMainThread } = await import(${JSON.stringify(module)});
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    const was = getPriority(tid);
    yieldToMainThread();
    const now = getPriority(tid);
    yieldToMainThread();
    parentPort.postMessage({ tid, was, now, again: getPriority(tid) });`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
  const answer = await new Promise<{ tid: number; was: number; now: number; again: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  assert.notEqual(answer.tid, process.pid);
  assert.equal(answer.now, Math.min(19, answer.was + 10), "ten steps less urgent");
  assert.equal(answer.again, Math.min(19, answer.was + 20), "lowered again from where it is, never raised");
  assert.equal(getPriority(process.pid), before, "the main thread keeps its priority");
});
