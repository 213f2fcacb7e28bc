// checkFolder: reads and checks a data folder, running the file rules on a second core.

import { availableParallelism } from "node:os";
import { readRepository, type Repository } from "../load/repository.js";
import { checkRepository, type CheckResult } from "./check-repository.js";
import { runFileRulesInWorker, type WorkerFinding } from "./file-rules-parallel.js";
import { FILE_RULES } from "./registry.js";

/** Options of `checkFolder`. */
export interface CheckFolderOptions {
  /** Run the file rules in a worker thread (default: when the machine has more than one core). */
  parallel?: boolean;
}

/** Reads `dir` and checks it; the schema, format and rst rules run in a worker while the main thread reads. */
export async function checkFolder(dir: string, options: CheckFolderOptions = {}): Promise<{ repo: Repository; result: CheckResult }> {
  const parallel = options.parallel ?? availableParallelism() > 1;
  let worker: Promise<WorkerFinding[]> | undefined;
  let rules: string[] = [];
  const repo = await readRepository(dir, {
    onLayout: (layout, config) => {
      if (!parallel) return;
      rules = FILE_RULES.map((r) => r.id).filter((id) => config.rules[id] !== "off");
      worker = runFileRulesInWorker(dir, layout, rules);
    },
  });
  const findings = worker ? await worker : undefined;
  const result = checkRepository(repo, findings ? { external: { rules, findings } } : {});
  return { repo, result };
}
