// Worker thread entry: builds the search index's term shards from the documents' texts, while the
// main thread renders the pages (a full build on more than one core).

import { parentPort, workerData } from "node:worker_threads";
import { indexTerms, type IndexInput } from "./build-index.js";
import type { IndexAnswer } from "./index-worker-client.js";

try {
  parentPort?.postMessage({ ok: true, terms: indexTerms(workerData as IndexInput) } satisfies IndexAnswer);
} catch (e) {
  parentPort?.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies IndexAnswer);
}
