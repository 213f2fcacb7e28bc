// WatchCheck: the check of a data folder that is being edited, run again after each change in a
// worker thread (see watch-check-worker.ts). Each `check(changed)` resolves with the diagnostics of
// the folder as it is on disk then; requests are answered in order.

import { Worker } from "node:worker_threads";
import { workerEntry } from "../runtime/worker-entry.js";
import type { Layout } from "../load/layout.js";
import type { CheckResult } from "./check-repository.js";

/**
 * A request: the files changed since the previous one (all of them are read the first time), the
 * bytes the caller read of those that exist, and the folder's layout as the caller scanned it — so
 * the check sees what the caller saw, not a file saved again since.
 */
export interface WatchCheckRequest {
  id: number;
  changed: readonly string[];
  bytes?: ReadonlyMap<string, Uint8Array>;
  layout?: Layout;
}

/** The answer to request `id`. */
export type WatchCheckReply = { id: number; result: CheckResult } | { id: number; error: string };

/** A folder checked again and again off the main thread. */
export class WatchCheck {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void }>();
  #next = 0;
  #failed: Error | undefined;

  constructor(root: string) {
    this.#worker = new Worker(workerEntry(import.meta.url, "watch-check-worker"), { workerData: { root } });
    this.#worker.on("message", (reply: WatchCheckReply) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if ("error" in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    this.#worker.on("error", (e) => this.#fail(e));
    this.#worker.on("exit", (code) => this.#fail(new Error(`the check worker stopped (exit code ${code})`)));
    // A checker must not keep the process alive (after the listeners, which would ref it again).
    this.#worker.unref();
  }

  /** Checks the folder after `changed` (paths relative to it) changed, with the changed files' `bytes` and the `layout` when the caller read them. */
  check(changed: readonly string[], bytes?: ReadonlyMap<string, Uint8Array>, layout?: Layout): Promise<CheckResult> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#next++;
    // Referenced while an answer is awaited, so the process waits for it.
    if (this.#waiting.size === 0) this.#worker.ref();
    return new Promise<CheckResult>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, changed, bytes, layout } satisfies WatchCheckRequest);
    }).finally(() => {
      if (this.#waiting.size === 0) this.#worker.unref();
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    this.#failed ??= new Error("the check worker was closed");
    await this.#worker.terminate();
  }

  #fail(e: Error): void {
    this.#failed ??= e;
    for (const w of this.#waiting.values()) w.reject(e);
    this.#waiting.clear();
  }
}
