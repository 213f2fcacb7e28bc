// A build's check on a second core, in stages (see staged-check-worker.ts). The worker reads the data
// folder from the bytes the build read — a reading of its own, so only those bytes cross threads —
// parsing each file as soon as it is handed while the build reads on, and answers three times: with
// the errors that keep records out of the site (the build makes its catalog as soon as it has them),
// with the ReST and format findings and the page HTML of every ReST text (the build's pages show
// it), and with every other rule's findings, which the build needs only for its report, at the end.
// The main thread reports the reading problems of its own reading meanwhile. Each answer holds whole
// diagnostics, positions included. A build then hands the same thread the search index's input:
// it builds the term shards (see search/build-index.ts) once its check is done.

import { Worker } from "node:worker_threads";
import type { Layout } from "../load/layout.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { settled } from "../runtime/settled.js";
import { workerEntry } from "../runtime/worker-entry.js";
import { FATAL_RULES, FILE_RULES, RULES } from "./registry.js";
import type { Rule } from "./rule.js";
import type { RstHtmlPack } from "./rules/rst.js";
import type { IndexedTerms, IndexInput } from "../search/build-index.js";

/** The folder the worker checks. */
export interface StagedCheckJob {
  root: string;
  /** Keep the page HTML of each ReST text. */
  rstHtml?: boolean;
  /** Run only the rules that can report an error (see `mayReportErrors`): the caller shows no warnings. */
  errorsOnly?: boolean;
  /**
   * The caller will hand the worker the search index's input (`index`): after its check the worker
   * builds the term shards, instead of a thread of its own doing it — one isolate fewer to start,
   * whose modules would load again and whose heap would be new memory (each 4 KB page a fault).
   */
  index?: boolean;
}

/**
 * Files read, as one message: their paths (relative to the root) joined by NUL, which no path holds;
 * the memory their bytes are in (the build's reader puts many files in one SharedArrayBuffer, which
 * crosses threads without a copy); and for each file, which of `buffers`, where and how long. A list
 * of [path, view] pairs cost ≈ 3.5 µs a file to send (each view is written into the message on its
 * own) where this costs the main thread a third of that.
 */
export interface FileBatch {
  paths: string;
  buffers: ArrayBufferLike[];
  /** Three numbers per file: index into `buffers`, byte offset, byte length. */
  at: Int32Array;
}

/** Messages to the worker: files read, then the end, with the layout scanned. */
export type StagedCheckMessage = { files: FileBatch } | { end: true; layout?: Layout } | { index: IndexInput };

/** The files of a batch, as views (into the memory the sender's bytes are in, when it is shared). */
export function unpackFiles(batch: FileBatch): [path: string, bytes: Uint8Array][] {
  const paths = batch.paths.split("\0");
  return paths.map((path, i) => [path, new Uint8Array(batch.buffers[batch.at[3 * i] as number] as ArrayBufferLike, batch.at[3 * i + 1], batch.at[3 * i + 2])]);
}

/** `files` as one FileBatch (each distinct buffer once). */
export function packFiles(files: readonly (readonly [path: string, bytes: Uint8Array])[]): FileBatch {
  const buffers: ArrayBufferLike[] = [];
  const index = new Map<ArrayBufferLike, number>();
  const at = new Int32Array(files.length * 3);
  files.forEach(([, bytes], i) => {
    let b = index.get(bytes.buffer);
    if (b === undefined) {
      index.set(bytes.buffer, (b = buffers.length));
      buffers.push(bytes.buffer);
    }
    at[3 * i] = b;
    at[3 * i + 1] = bytes.byteOffset;
    at[3 * i + 2] = bytes.byteLength;
  });
  return { paths: files.map(([path]) => path).join("\0"), buffers, at };
}

/** The worker's answers, one per stage, in this order. */
export type StagedCheckReply =
  | { stage: "fatal"; diagnostics: Diagnostic[] }
  | { stage: "rendered"; diagnostics: Diagnostic[]; rstHtml: RstHtmlPack }
  | { stage: "late"; diagnostics: Diagnostic[] }
  | { stage: "terms"; terms: IndexedTerms }
  | { stage: "terms-failed"; message: string };

const isFileRule = (rule: Rule): boolean => (FILE_RULES as readonly Rule[]).includes(rule);

/** The rules the main thread runs on its own reading: the reading problems that keep a file out. */
export const READING_RULES: readonly Rule[] = RULES.filter((r) => FATAL_RULES.has(r.id) && !isFileRule(r));

/** The worker's rules by stage, each in registry order. */
export const STAGES = {
  fatal: FILE_RULES.filter((r) => FATAL_RULES.has(r.id)),
  rendered: FILE_RULES.filter((r) => !FATAL_RULES.has(r.id)),
  late: RULES.filter((r) => !FATAL_RULES.has(r.id) && !isFileRule(r)),
} as const;

/** A staged check under way; each promise settles with its stage's answer (or the worker's failure). */
export interface StagedCheckWorker {
  /** Hands the worker a file's bytes as read (copied to it: the caller may let them go). */
  add(path: string, bytes: Uint8Array): void;
  /** Every file read is in: the worker reads what it was not handed itself (with `layout`, else its own scan), then checks. */
  end(layout?: Layout): void;
  fatal: Promise<Diagnostic[]>;
  rendered: Promise<{ diagnostics: Diagnostic[]; rstHtml: RstHtmlPack }>;
  late: Promise<Diagnostic[]>;
  /** With `job.index`: hands the worker the search index's input; settles with the term shards. */
  index(input: IndexInput): Promise<IndexedTerms>;
  /** Stops the worker without waiting for its answers (when the main thread's reading failed). */
  stop(): Promise<void>;
}

// Files per message: few messages, and the worker parses the first ones while the rest are read.
const BATCH = 500;

/** Starts the worker now (its modules load while the caller reads the files it will hand it). */
export function startStagedCheck(job: StagedCheckJob): StagedCheckWorker {
  const worker = new Worker(workerEntry(import.meta.url, "staged-check-worker"), { workerData: job });
  worker.unref();
  const fatal = settled<Diagnostic[]>();
  const rendered = settled<{ diagnostics: Diagnostic[]; rstHtml: RstHtmlPack }>();
  const late = settled<Diagnostic[]>();
  const terms = settled<IndexedTerms>();
  // Awaited only when asked for; a failure meanwhile must not count as unhandled.
  terms.promise.catch(() => {});
  worker.on("message", (m: StagedCheckReply) => {
    if (m.stage === "fatal") fatal.resolve(m.diagnostics);
    else if (m.stage === "rendered") rendered.resolve({ diagnostics: m.diagnostics, rstHtml: m.rstHtml });
    else if (m.stage === "late") {
      late.resolve(m.diagnostics);
      if (!job.index) void worker.terminate();
    } else {
      if (m.stage === "terms") terms.resolve(m.terms);
      else terms.reject(new Error(`building the search index failed: ${m.message}`));
      void worker.terminate();
    }
  });
  const fail = (e: Error): void => {
    for (const s of [fatal, rendered, late, terms]) s.reject(e);
  };
  worker.once("error", fail);
  // After the last answer this settles nothing; before it, a worker gone without a word is a failure.
  worker.once("exit", (code) => fail(new Error(`the thread checking the data stopped (exit code ${code})`)));
  let batch: [string, Uint8Array][] = [];
  const flush = (): void => {
    if (batch.length > 0) worker.postMessage({ files: packFiles(batch) } satisfies StagedCheckMessage);
    batch = [];
  };
  return {
    add: (path, bytes) => {
      batch.push([path, bytes]);
      if (batch.length === BATCH) flush();
    },
    end: (layout) => {
      flush();
      worker.postMessage({ end: true, layout } satisfies StagedCheckMessage);
    },
    fatal: fatal.promise,
    rendered: rendered.promise,
    late: late.promise,
    index: (input) => {
      if (!job.index) throw new Error("startStagedCheck was not told to expect the search index's input (job.index)");
      worker.postMessage({ index: input } satisfies StagedCheckMessage);
      return terms.promise;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
