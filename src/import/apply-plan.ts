// Writes a plan's created and updated files, atomically; the only part of the import that writes data files.

import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../output/atomic-write.js";
import type { PlannedFile } from "./planned-file.js";

/** Writes every created or updated file of the plan under `dataDir`; the rest is not touched. */
export async function applyPlan(dataDir: string, files: readonly PlannedFile[]): Promise<void> {
  for (const file of files) {
    if (file.text === undefined || (file.outcome !== "created" && file.outcome !== "updated")) continue;
    const full = join(dataDir, file.path);
    await mkdir(dirname(full), { recursive: true });
    await writeFileAtomic(full, file.text);
  }
}

/** The lines printed for a plan: one per file that is not unchanged, the file's text too on a dry run. */
export function describePlan(files: readonly PlannedFile[], dryRun: boolean): string {
  const verbs = dryRun
    ? { created: "would create", updated: "would update", skipped: "skipped", unchanged: "unchanged" }
    : { created: "created", updated: "updated", skipped: "skipped", unchanged: "unchanged" };
  let out = "";
  for (const f of files) {
    if (f.outcome === "unchanged") continue;
    out += `${verbs[f.outcome]} ${f.path}: ${f.detail}\n`;
    if (dryRun && f.text !== undefined) out += `${f.text.trimEnd().split("\n").map((line) => `    ${line}`).join("\n")}\n`;
  }
  return out;
}
