// Worker thread entry: parses the file texts the main thread sends and runs the file rules named
// (schema, rst, format) on them as they come, returning their findings once the last file is in;
// the main thread runs everything else meanwhile.

import { parentPort } from "node:worker_threads";
import { FILE_RULES } from "./registry.js";
import type { FoundElsewhere } from "./check-repository.js";
import type { WorkerDone, WorkerMessage } from "./rule-worker-client.js";
import { RstHtmlPacker, rstRuleKeeping } from "./rules/rst.js";

const findings: FoundElsewhere[] = [];
const rstHtml = new RstHtmlPacker();
let rules: typeof FILE_RULES = [];

parentPort?.on("message", (m: WorkerMessage) => {
  if ("rules" in m) {
    // Render the ReST texts (the rule's findings come from the same pass) and hand the HTML back.
    rules = FILE_RULES.filter((r) => m.rules.includes(r.id)).map((r) => (m.rstHtml === true && r.id === "rst" ? rstRuleKeeping(rstHtml) : r));
  } else if ("end" in m) {
    const pack = rstHtml.pack();
    parentPort?.postMessage({ findings, rstHtml: pack } satisfies WorkerDone, [pack.html.buffer as ArrayBuffer]);
  } else
    for (const { path, kind, text, rawNumbers } of m.files) {
      // The main thread parsed the same text without error (and without duplicate keys) before sending it.
      const input = { path, kind, value: JSON.parse(text) as unknown, text, rawNumbers };
      for (const rule of rules) for (const f of rule.checkFile(input)) findings.push({ rule: rule.id, path: input.path, ...f });
    }
});
