// Worker thread entry: builds the search index's term shards from the documents' texts, while the
// main thread renders the pages (a full build on more than one core).

import { parentPort, workerData } from "node:worker_threads";
import { yieldToMainThread } from "../runtime/thread-priority.js";
import { indexTerms, type IndexInput } from "./build-index.js";
import type { IndexAnswer } from "./index-worker-client.js";

// The main thread is the build's critical path: this thread gives way to it.
yieldToMainThread();

try {
  const terms = indexTerms(workerData as IndexInput);
  parentPort?.postMessage({ ok: true, terms } satisfies IndexAnswer, [terms.json.buffer as ArrayBuffer]);
} catch (e) {
  parentPort?.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies IndexAnswer);
}
