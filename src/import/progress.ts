// A one-line progress display on a terminal (stderr, rewritten in place); nothing at all otherwise.

/** Reports progress; `done` clears the line. */
export interface Progress {
  update(message: string): void;
  done(): void;
}

/** A progress line writing through `write` when `enabled` (a terminal), else a no-op. */
export function progressLine(write: (text: string) => void, enabled: boolean): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(message) {
      // \r plus "erase to end of line": the new text replaces the old even when it is shorter.
      write(`\r${message.slice(0, 100)}\x1b[K`);
      shown = true;
    },
    done() {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}
