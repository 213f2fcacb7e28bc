// Runs the costliest file rules (rst, schema, format) in a worker thread while the main thread reads the
// files and runs the rest.
//
// Measured on the snapshot: the two vCPUs of this kind of machine behave like one core and a half,
// so a worker that reads and parses files again gains little; the main thread sends it each text
// as soon as it has read it — each file read and decoded once — so the worker's rules run while
// the main thread is still reading.

import { Worker } from "node:worker_threads";
import type { JsonRawNumber } from "../load/json-parse.js";
import { settled } from "../runtime/settled.js";
import { workerEntry } from "../runtime/worker-entry.js";
import type { FoundElsewhere } from "./check-repository.js";
import type { RstHtmlPack } from "./rules/rst.js";

/** One file for the worker's rules. */
export interface WorkerFile {
  path: string;
  kind: "talk" | "event";
  text: string;
  rawNumbers: readonly JsonRawNumber[];
}

/** Messages to the worker: the rules to run (first; `rstHtml`: keep the HTML of the ReST texts), batches of files, then the end. */
export type WorkerMessage = { rules: string[]; rstHtml?: boolean } | { files: WorkerFile[] } | { end: true };

/** The worker's answer: its rules' findings, and the HTML of each ReST text when asked for. */
export interface WorkerDone {
  findings: FoundElsewhere[];
  rstHtml: RstHtmlPack;
}

/** A worker that runs file rules on files sent to it in batches. */
export interface RuleWorker {
  /** Which rules to run (`rstHtml`: keep the HTML of the ReST texts); must come before any file. */
  rules(ids: string[], options?: { rstHtml?: boolean }): void;
  /** Queues a file (sent in batches). */
  add(file: WorkerFile): void;
  /** Sends what is queued; resolves with the findings (and the ReST HTML asked for) once the worker is done. */
  finish(): Promise<WorkerDone>;
  /** Stops the worker without waiting for findings (when reading failed). */
  stop(): Promise<void>;
}

// Large enough that messaging costs nothing, small enough that the worker starts early.
const BATCH = 500;

/** Starts the worker now (so its modules load while the main thread reads files). */
export function startRuleWorker(): RuleWorker {
  const worker = new Worker(workerEntry(import.meta.url, "rule-worker"));
  worker.unref();
  const done = settled<WorkerDone>();
  worker.on("message", (m: WorkerDone) => {
    done.resolve(m);
    void worker.terminate();
  });
  worker.once("error", done.reject);
  // After the last answer this settles nothing; before it, a worker gone without a word is a failure.
  worker.once("exit", (code) => done.reject(new Error(`the thread checking the data stopped (exit code ${code})`)));
  let batch: WorkerFile[] = [];
  const flush = (): void => {
    if (batch.length > 0) worker.postMessage({ files: batch } satisfies WorkerMessage);
    batch = [];
  };
  return {
    rules: (ids, options = {}) => worker.postMessage({ rules: ids, ...options } satisfies WorkerMessage),
    add: (file) => {
      batch.push(file);
      if (batch.length === BATCH) flush();
    },
    finish: () => {
      flush();
      worker.postMessage({ end: true } satisfies WorkerMessage);
      return done.promise;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
