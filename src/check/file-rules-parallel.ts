// Runs file rules in a worker thread while the main thread reads the repository and runs the rest.

import { Worker } from "node:worker_threads";
import type { Layout } from "../load/layout.js";
import type { FileFinding } from "./rule.js";

/** What the worker is asked to do. */
export interface WorkerJob {
  root: string;
  files: { path: string; kind: "talk" | "event" }[];
  rules: string[];
}

/** A file rule's finding with its rule id and file path, as the worker sends it back. */
export type WorkerFinding = FileFinding & { rule: string; path: string };

/** Starts the worker on every talk and event file of `layout`; resolves to its findings. */
export function runFileRulesInWorker(root: string, layout: Layout, rules: string[]): Promise<WorkerFinding[]> {
  const files: WorkerJob["files"] = [];
  for (const e of layout.events) {
    if (e.hasCategory) files.push({ path: `${e.folder}/category.json`, kind: "event" });
    for (const name of e.talkFiles) files.push({ path: `${e.folder}/videos/${name}`, kind: "talk" });
  }
  const job: WorkerJob = { root, files, rules };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(), { workerData: job });
    let result: WorkerFinding[] | undefined;
    worker.once("message", (m: WorkerFinding[]) => (result = m));
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`the check worker exited with code ${code}`))));
  });
}

/** The worker's entry: the compiled .js, or (running from the TypeScript sources) a bootstrap that registers tsx first. */
function workerEntry(): URL {
  if (!import.meta.url.endsWith(".ts")) return new URL("./file-rules-worker.js", import.meta.url);
  // Node 20 does not carry `--import tsx` into workers, so register tsx's loader inside the worker.
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./file-rules-worker.ts", import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
