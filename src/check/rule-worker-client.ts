// Runs the costliest file rules (rst, schema) in a worker thread while the main thread runs the rest.
//
// Measured on the snapshot: the two vCPUs of this kind of machine behave like one core and a half,
// so a worker that reads and parses files again gains little; sending it the texts the main thread
// has already read — each file read and decoded once — is what keeps the check near 2 s.

import { Worker } from "node:worker_threads";
import { workerEntry } from "../runtime/worker-entry.js";
import type { FoundElsewhere } from "./check-repository.js";

/** What the worker is asked to do: the rules to run and the files to run them on. */
export interface WorkerJob {
  rules: string[];
  files: { path: string; kind: "talk" | "event"; text: string }[];
}

/** A worker that runs file rules on demand. */
export interface RuleWorker {
  run(job: WorkerJob): Promise<FoundElsewhere[]>;
}

/** Starts the worker now (so its modules load while the main thread reads files). */
export function startRuleWorker(): RuleWorker {
  const worker = new Worker(workerEntry(import.meta.url, "rule-worker"));
  worker.unref();
  return {
    run(job) {
      return new Promise((resolve, reject) => {
        worker.once("message", (m: FoundElsewhere[]) => {
          resolve(m);
          void worker.terminate();
        });
        worker.once("error", reject);
        worker.postMessage(job);
      });
    },
  };
}
