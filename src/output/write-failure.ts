// A writer's failure, told as what it is: the system refusing to store the site (a full disk, a
// folder without permission…), which the user can act on, not a fault of talkdex to report.

import { UserError } from "../model/user-error.js";

// What the system's refusals mean, in words (the rest are told as the system tells them).
const REASONS: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  EIO: "the disk reported an input/output error",
};

/** A writer's failure in words, with the system's code and the file being written (if any). */
export function describeFailure(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  const what = reason === undefined ? (e instanceof Error ? e.message : String(e)) : `${reason} (${code})`;
  return path === "" ? what : `${what} — at ${path}`;
}

/** The error a build ends with when its files could not be written: what happened and what to do. */
export function writeFailure(outDir: string, failure: string): UserError {
  const remedy = /\((ENOSPC|EDQUOT)\)/.test(failure)
    ? "Free some disk space, or choose another --out folder."
    : /\((EACCES|EPERM|EROFS)\)/.test(failure)
      ? "Choose an --out folder you can write to."
      : "Check the output folder, then build again.";
  return new UserError(`Writing the site into ${outDir} failed: ${failure}.\n${remedy} Nothing in that folder was changed.`);
}
