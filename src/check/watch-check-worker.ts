// Worker thread entry of `WatchCheck`: keeps its own reading of the data folder and checks it again
// after each change — rereading only the changed files and reusing the unchanged files' file-rule
// findings — so the checks that follow `talkdex serve`'s updates neither block the server nor
// leave their garbage in its heap.

import { parentPort, workerData } from "node:worker_threads";
import { readRepository, type Repository } from "../load/repository.js";
import { checkRepository } from "./check-repository.js";
import { FileFindingsCache } from "./rule.js";
import type { WatchCheckReply, WatchCheckRequest } from "./watch-check.js";

const root = (workerData as { root: string }).root;
const cache = new FileFindingsCache();
let repo: Repository | undefined;

// One check at a time, in the order asked: each reads the folder on from the reading before.
let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (m: WatchCheckRequest) => {
  queue = queue.then(async () => {
    const reply = await check(m);
    // Under --expose-gc (the benchmark), compact the heap before answering, as the main thread does
    // before it samples memory.
    (globalThis as { gc?: () => void }).gc?.();
    parentPort?.postMessage(reply);
  });
});

async function check(m: WatchCheckRequest): Promise<WatchCheckReply> {
  try {
    repo = await readRepository(root, { preread: m.bytes, layout: m.layout, reuse: repo && { repo, changed: new Set(m.changed) } });
    return { id: m.id, result: checkRepository(repo, { cache }) };
  } catch (e) {
    repo = undefined;
    return { id: m.id, error: e instanceof Error ? e.message : String(e) };
  }
}
