// Runs the costliest file rules (rst, schema) in a worker thread while the main thread runs the rest.
//
// Measured on the snapshot: the two vCPUs of this kind of machine behave like one core and a half,
// so a worker that reads and parses files again gains little; sending it the texts the main thread
// has already read — each file read and decoded once — is what keeps the check near 2 s.

import { Worker } from "node:worker_threads";
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
  const worker = new Worker(workerEntry());
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

/** The worker's entry: the compiled .js, or (running from the TypeScript sources) a bootstrap that registers tsx first. */
function workerEntry(): URL {
  if (!import.meta.url.endsWith(".ts")) return new URL("./rule-worker.js", import.meta.url);
  // Node 20 does not carry `--import tsx` into workers, so register tsx's loader inside the worker.
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./rule-worker.ts", import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
