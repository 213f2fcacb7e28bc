// Worker thread entry: parses the file texts the main thread sends and runs the file rules named
// (schema, rst, format) on them, returning their findings; the main thread runs everything else meanwhile.

import { parentPort } from "node:worker_threads";
import { PAGE_HEADER_LEVEL, renderRst } from "../rst/index.js";
import { FILE_RULES } from "./registry.js";
import type { FoundElsewhere } from "./check-repository.js";
import type { WorkerDone, WorkerMessage } from "./rule-worker-client.js";
import { rstFindings, rstTexts } from "./rules/rst.js";

const findings: FoundElsewhere[] = [];
const rstHtml: [text: string, html: string][] = [];
let rules: typeof FILE_RULES = [];
// Render the ReST texts (the rule's findings come from the same pass) and hand the HTML back.
let keepHtml = false;

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
      for (const rule of rules) {
        if (keepHtml && rule.id === "rst") {
          for (const { field, text: rst } of rstTexts(input)) {
            const rendered = renderRst(rst, { initialHeaderLevel: PAGE_HEADER_LEVEL });
            rstHtml.push([rst, rendered.html]);
            for (const f of rstFindings(field, rendered.diagnostics)) findings.push({ rule: rule.id, path, ...f });
          }
          continue;
        }
        for (const f of rule.checkFile(input)) findings.push({ rule: rule.id, path, ...f });
      }
    }
});
