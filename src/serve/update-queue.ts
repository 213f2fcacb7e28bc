// Runs updates one at a time: paths reported while an update runs are gathered into the next one,
// so a burst during a slow update costs one more update, not one per burst.

/** A queue of changed paths and the loop that applies them. */
export interface UpdateQueue {
  /** Adds changed paths; starts an update unless one is running. */
  push(paths: readonly string[]): void;
  /** Resolves when no update is running or waiting. */
  idle(): Promise<void>;
}

/** Creates a queue that calls `apply` with every path gathered since its previous call. */
export function createUpdateQueue(apply: (paths: string[]) => Promise<void>): UpdateQueue {
  const pending = new Set<string>();
  let running: Promise<void> | undefined;
  const loop = async (): Promise<void> => {
    while (pending.size > 0) {
      const batch = [...pending].sort();
      pending.clear();
      await apply(batch);
    }
  };
  return {
    push(paths) {
      for (const p of paths) pending.add(p);
      if (running || pending.size === 0) return;
      running = loop().finally(() => {
        running = undefined;
      });
    },
    async idle() {
      while (running) await running;
    },
  };
}
