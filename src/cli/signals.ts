// SIGINT and SIGTERM for a command that stops cleanly: the first asks it to stop; another, a second
// or more later, quits at once. One sooner is the same interruption told twice: a terminal's Ctrl-C
// reaches both processes of a relaunched build (see relaunch.ts), and the first passes it on.

import { constants } from "node:os";
import type { CliIo } from "./io.js";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;
const SAME_INTERRUPTION_MS = 1000;

/** What a command sees of the signals that stop it. */
export interface Interruptions {
  /** Aborted at the first signal. */
  readonly signal: AbortSignal;
  /** The first signal, once it came. */
  readonly stopped: Promise<NodeJS.Signals>;
  /** Stops listening (the signals' default action is back). */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until disposed; `command` names the command in the message of a quit at once. */
export function interruptions(io: CliIo, command: string): Interruptions {
  const controller = new AbortController();
  // When the first signal came.
  let firstAt: number | undefined;
  let resolveStop: (s: NodeJS.Signals) => void = () => {};
  const stopped = new Promise<NodeJS.Signals>((resolve) => (resolveStop = resolve));
  const onSignal = (name: NodeJS.Signals): void => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      resolveStop(name);
      controller.abort(new Interrupted(name));
    } else if (Date.now() - firstAt >= SAME_INTERRUPTION_MS) {
      io.stderr(`\ntalkdex ${command}: quitting at once.\n`);
      process.exit(exitStatus(name));
    }
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    signal: controller.signal,
    stopped,
    dispose: () => {
      for (const s of SIGNALS) process.off(s, onSignal);
    },
  };
}

/** Why a command stopped early: the signal it was sent. */
export class Interrupted extends Error {
  override readonly name = "Interrupted";
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

/** The exit status of a command stopped by `signal`, as a shell gives a process it kills: 128 + its number. */
export function exitStatus(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}
