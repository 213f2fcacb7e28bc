// Background threads give way to the main thread. A build's main thread is its critical path (it
// renders every page), and two of its helpers — the check's worker and the search index's worker —
// have slack: they only need to be done when the main thread gets to their results. On Linux each
// thread has its own nice value, so such a helper lowers its own: when it competes with the main
// thread for a core, the main thread runs (measured on the snapshot with two vCPUs, into a RAM disk:
// eight alternating cold builds −0.44 ± 0.07 s, all eight won; a nice of 5 the same as 10, 19
// slower). The file writers keep the main thread's priority: on a real disk their kernel work is the
// build's other long path (lowered too, builds into a RAM disk were faster, onto ext4 slower and
// more spread out).

import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** How much less urgent than the main thread a helper thread is (a nice value step, 0–19). */
const BACKGROUND = 10;

/**
 * Lowers the calling thread's scheduling priority by BACKGROUND (never raises it: a process started
 * with `nice` keeps its setting). Does nothing where threads have no priority of their own (only
 * Linux gives each thread a nice value and an id in /proc/thread-self) or when the system refuses.
 */
export function yieldToMainThread(): void {
  let tid: number;
  try {
    tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  } catch {
    return;
  }
  if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return;
  try {
    setPriority(tid, Math.min(19, getPriority(tid) + BACKGROUND));
  } catch {
    // Not permitted, or the thread is gone: it just runs at its priority.
  }
}
