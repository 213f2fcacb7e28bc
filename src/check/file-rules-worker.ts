// Worker thread entry: reads and parses the files it is given and runs the file rules on them,
// so the CPU-heavy per-file rules (schema, format, rst) use the second core during a check.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { decodeText } from "../load/decode-text.js";
import { parseJson } from "../load/json-parse.js";
import { FILE_RULES } from "./registry.js";
import type { FileInput } from "./rule.js";
import type { WorkerFinding, WorkerJob } from "./file-rules-parallel.js";

const job = workerData as WorkerJob;
const rules = FILE_RULES.filter((r) => job.rules.includes(r.id));
const findings: WorkerFinding[] = [];
for (const { path, kind } of job.files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(job.root, path));
  } catch {
    continue; // the main thread reports unreadable files
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) continue;
  const parsed = parseJson(decoded.text);
  if (!parsed.ok || parsed.duplicates.length > 0) continue;
  const input: FileInput = { path, kind, value: parsed.value, text: decoded.text, rawNumbers: parsed.rawNumbers };
  for (const rule of rules) for (const f of rule.checkFile(input)) findings.push({ rule: rule.id, path, ...f });
}
parentPort?.postMessage(findings);
