// Builds the search index's term shards in a worker thread. The term index is the costliest part of
// the search index (tokenizing 21,000 descriptions, grouping 3 million postings: ≈ 2 s on the
// snapshot) and needs nothing but the documents' texts, so a full build hands it to another core
// and renders the pages meanwhile.

import { Worker } from "node:worker_threads";
import { workerEntry } from "../runtime/worker-entry.js";
import type { IndexedTerms, IndexInput } from "./build-index.js";

/** The worker's answer. */
export type IndexAnswer = { ok: true; terms: IndexedTerms } | { ok: false; message: string };

/** Starts indexing `input` in a worker; resolves with the shards (or rejects with the worker's error). */
export function indexInWorker(input: IndexInput): { terms: Promise<IndexedTerms>; stop(): Promise<void> } {
  const worker = new Worker(workerEntry(import.meta.url, "index-worker"), { workerData: input });
  const terms = new Promise<IndexedTerms>((resolve, reject) => {
    worker.once("message", (m: IndexAnswer) => (m.ok ? resolve(m.terms) : reject(new Error(`building the search index failed: ${m.message}`))));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search index thread stopped (exit code ${code})`)));
  });
  return {
    terms: terms.finally(() => void worker.terminate()),
    stop: async () => {
      await worker.terminate();
    },
  };
}
