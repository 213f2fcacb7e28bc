// Worker thread entry: parses the file texts the main thread sends and runs the file rules named
// (schema, rst) on them, returning their findings; the main thread runs everything else meanwhile.

import { parentPort } from "node:worker_threads";
import { FILE_RULES } from "./registry.js";
import type { FoundElsewhere } from "./check-repository.js";
import type { WorkerJob } from "./rule-worker-client.js";

parentPort?.once("message", (job: WorkerJob) => {
  const rules = FILE_RULES.filter((r) => job.rules.includes(r.id));
  const findings: FoundElsewhere[] = [];
  for (const { path, kind, text } of job.files) {
    // The main thread parsed the same text without error (and without duplicate keys) before sending it.
    const value: unknown = JSON.parse(text);
    const input = { path, kind, value, text, rawNumbers: [] };
    for (const rule of rules) for (const f of rule.checkFile(input)) findings.push({ rule: rule.id, path, ...f });
  }
  parentPort?.postMessage(findings);
});
