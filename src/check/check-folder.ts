// checkFolder: reads and checks a data folder, running the file rules on a second core.

import { availableParallelism } from "node:os";
import { readRepository, type Repository } from "../load/repository.js";
import { checkRepository, type CheckResult } from "./check-repository.js";
import { runFileRulesInWorker, type WorkerFinding } from "./file-rules-parallel.js";
import { FILE_RULES } from "./registry.js";

// The heaviest file rules go to the worker; the format rule stays on the main thread, which
// balances the two cores (measured on the snapshot: worker ≈ read + schema + rst, main ≈ read +
// cross-file rules + format).
const WORKER_RULES = new Set(["schema", "rst"]);

/** Options of `checkFolder`. */
export interface CheckFolderOptions {
  /** Run the file rules in a worker thread (default: when the machine has more than one core). */
  parallel?: boolean;
}

/** Reads `dir` and checks it; the schema and rst rules run in a worker while the main thread reads. */
export async function checkFolder(dir: string, options: CheckFolderOptions = {}): Promise<{ repo: Repository; result: CheckResult }> {
  const parallel = options.parallel ?? availableParallelism() > 1;
  let worker: Promise<WorkerFinding[]> | undefined;
  let rules: string[] = [];
  const repo = await readRepository(dir, {
    onLayout: (layout, config) => {
      if (!parallel) return;
      rules = FILE_RULES.filter((r) => WORKER_RULES.has(r.id) && config.rules[r.id] !== "off").map((r) => r.id);
      worker = runFileRulesInWorker(dir, layout, rules);
    },
  });
  const findings = worker ? await worker : undefined;
  const result = checkRepository(repo, findings ? { external: { rules, findings } } : {});
  return { repo, result };
}
