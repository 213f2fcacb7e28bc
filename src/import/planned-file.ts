// What an import will do to one file; plans are computed first, then printed and (unless --dry-run) written.

/** created: a new file; updated: empty fields filled; unchanged: nothing to do; skipped: left alone, with the reason. */
export type Outcome = "created" | "updated" | "unchanged" | "skipped";

/** One file's fate. */
export interface PlannedFile {
  /** Relative to the data folder, forward slashes. */
  path: string;
  outcome: Outcome;
  /** The new content for created and updated files. */
  text?: string;
  /** For the user: which fields, or why it was skipped. */
  detail: string;
}

/** Counts by outcome, in the summary's order. */
export function countOutcomes(files: readonly PlannedFile[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const f of files) counts[f.outcome]++;
  return counts;
}
