// Runs the costliest file rules (rst, schema, format) in a worker thread while the main thread reads the
// files and runs the rest.
//
// Measured on the snapshot: the two vCPUs of this kind of machine behave like one core and a half,
// so a worker that reads and parses files again gains little; the main thread sends it each text
// as soon as it has read it — each file read and decoded once — so the worker's rules run while
// the main thread is still reading.

import { Worker } from "node:worker_threads";
import type { JsonRawNumber } from "../load/json-parse.js";
import { workerEntry } from "../runtime/worker-entry.js";
import type { FoundElsewhere } from "./check-repository.js";

/** One file for the worker's rules. */
export interface WorkerFile {
  path: string;
  kind: "talk" | "event";
  text: string;
  rawNumbers: readonly JsonRawNumber[];
}

/** Messages to the worker: the rules to run (first; `rstHtml`: keep the HTML of the ReST texts), batches of files, then the end. */
export type WorkerMessage = { rules: string[]; rstHtml?: boolean; schemaFirst?: boolean } | { files: WorkerFile[] } | { end: true };

/** The worker's rules whose errors keep a record out of a site: asked to, it runs them first and sends their findings early. */
export const EARLY_RULES: ReadonlySet<string> = new Set(["schema"]);

/** The worker's first answer, once every file is in: the findings of EARLY_RULES. */
export interface WorkerEarly {
  early: FoundElsewhere[];
}

/** The worker's last answer: the other rules' findings, and the HTML of each ReST text when asked for. */
export interface WorkerDone {
  findings: FoundElsewhere[];
  rstHtml: [text: string, html: string][];
}

/** A worker that runs file rules on files sent to it in batches. */
export interface RuleWorker {
  /** Which rules to run (`rstHtml`: keep the HTML of the ReST texts); must come before any file. */
  /**
   * `schemaFirst`: run the schema rule on every file before the others (its findings then come
   * sooner, for a build's catalog, at the cost of keeping the parsed files until the others ran —
   * ≈ 0.15 s of garbage collection on the snapshot, so a plain check does not ask for it).
   */
  rules(ids: string[], options?: { rstHtml?: boolean; schemaFirst?: boolean }): void;
  /** Queues a file (sent in batches). */
  add(file: WorkerFile): void;
  /**
   * Sends what is queued; `early` resolves with the schema rule's findings as soon as the worker has
   * every file, `done` with the other rules' findings (and the ReST HTML asked for) once it is done.
   */
  finish(): { early: Promise<FoundElsewhere[]>; done: Promise<WorkerDone> };
  /** Stops the worker without waiting for findings (when reading failed). */
  stop(): Promise<void>;
}

// Large enough that messaging costs nothing, small enough that the worker starts early.
const BATCH = 500;

/** Starts the worker now (so its modules load while the main thread reads files). */
export function startRuleWorker(): RuleWorker {
  const worker = new Worker(workerEntry(import.meta.url, "rule-worker"));
  worker.unref();
  const early = settled<FoundElsewhere[]>();
  const done = settled<WorkerDone>();
  worker.on("message", (m: WorkerEarly | WorkerDone) => {
    if ("early" in m) early.resolve(m.early);
    else {
      done.resolve(m);
      void worker.terminate();
    }
  });
  const fail = (e: Error): void => {
    early.reject(e);
    done.reject(e);
  };
  worker.once("error", fail);
  // After the last answer this settles nothing; before it, a worker gone without a word is a failure.
  worker.once("exit", (code) => fail(new Error(`the thread checking the data stopped (exit code ${code})`)));
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
      return { early: early.promise, done: done.promise };
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}

// A promise and the functions settling it (Promise.withResolvers is Node 22). A failure before
// anyone awaits it does not count as unhandled: the caller awaits each answer in turn.
function settled<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (e: Error) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
