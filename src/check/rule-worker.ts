// Worker thread entry: parses the file texts the main thread sends and runs the file rules named
// (schema, rst, format) on them, returning their findings; the main thread runs everything else meanwhile.

import { parentPort } from "node:worker_threads";
import { PAGE_HEADER_LEVEL, renderRst, type RstDiagnostic } from "../rst/index.js";
import { FILE_RULES } from "./registry.js";
import type { FoundElsewhere } from "./check-repository.js";
import type { WorkerDone, WorkerMessage } from "./rule-worker-client.js";
import { rstFileFindings } from "./rules/rst.js";

const findings: FoundElsewhere[] = [];
const rstHtml: [text: string, html: string][] = [];
let rules: typeof FILE_RULES = [];
// Render the ReST texts (the rule's findings come from the same pass) and hand the HTML back.
let keepHtml = false;

function renderKeeping(text: string): RstDiagnostic[] {
  const rendered = renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL });
  rstHtml.push([text, rendered.html]);
  return rendered.diagnostics;
}

parentPort?.on("message", (m: WorkerMessage) => {
  if ("rules" in m) {
    rules = FILE_RULES.filter((r) => m.rules.includes(r.id));
    keepHtml = m.rstHtml === true && rules.some((r) => r.id === "rst");
  } else if ("end" in m) parentPort?.postMessage({ findings, rstHtml } satisfies WorkerDone);
  else
    for (const { path, kind, text, rawNumbers } of m.files) {
      // The main thread parsed the same text without error (and without duplicate keys) before sending it.
      const value: unknown = JSON.parse(text);
      const input = { path, kind, value, text, rawNumbers };
      for (const rule of rules)
        for (const f of keepHtml && rule.id === "rst" ? rstFileFindings(input, renderKeeping) : rule.checkFile(input)) findings.push({ rule: rule.id, path, ...f });
    }
});
