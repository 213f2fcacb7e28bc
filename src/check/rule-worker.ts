// Worker thread entry: parses the file texts the main thread sends and runs the file rules named
// (schema, rst, format) on them, returning their findings; the main thread runs everything else
// meanwhile. Asked to (`schemaFirst`), the schema rule — whose errors keep a record out of a site —
// runs on each batch as it arrives and its findings are sent as soon as the last file is in; the
// slower rules (rendering every ReST text) follow, so a build can make its catalog while they finish.

import { parentPort } from "node:worker_threads";
import { FILE_RULES } from "./registry.js";
import type { FileInput } from "./rule.js";
import type { FoundElsewhere } from "./check-repository.js";
import { EARLY_RULES, type WorkerEarly, type WorkerDone, type WorkerMessage } from "./rule-worker-client.js";
import { rstRuleKeeping } from "./rules/rst.js";

const early: FoundElsewhere[] = [];
const findings: FoundElsewhere[] = [];
const rstHtml: [text: string, html: string][] = [];
let firstRules: typeof FILE_RULES = [];
let laterRules: typeof FILE_RULES = [];
let schemaFirst = false;
// Files waiting for the later rules, in the order received; `next` is the first not yet checked
// (those before it are let go as soon as they are checked).
const waiting: (FileInput | undefined)[] = [];
let next = 0;
let ended = false;
let scheduled = false;

function run(rules: typeof FILE_RULES, input: FileInput, into: FoundElsewhere[]): void {
  for (const rule of rules) for (const f of rule.checkFile(input)) into.push({ rule: rule.id, path: input.path, ...f });
}

// The later rules, a slice at a time: a batch arriving meanwhile gets its early rules first.
function work(): void {
  scheduled = false;
  for (const stop = Math.min(waiting.length, next + 100); next < stop; next++) {
    run(laterRules, waiting[next] as FileInput, findings);
    waiting[next] = undefined;
  }
  if (next < waiting.length) schedule();
  else {
    waiting.length = next = 0;
    if (ended) parentPort?.postMessage({ findings, rstHtml } satisfies WorkerDone);
  }
}

function schedule(): void {
  if (!scheduled) setImmediate(work);
  scheduled = true;
}

parentPort?.on("message", (m: WorkerMessage) => {
  if ("rules" in m) {
    // Render the ReST texts (the rule's findings come from the same pass) and hand the HTML back.
    const rules = FILE_RULES.filter((r) => m.rules.includes(r.id)).map((r) => (m.rstHtml === true && r.id === "rst" ? rstRuleKeeping(rstHtml) : r));
    firstRules = rules.filter((r) => EARLY_RULES.has(r.id));
    laterRules = rules.filter((r) => !EARLY_RULES.has(r.id));
    schemaFirst = m.schemaFirst === true;
  } else if ("end" in m) {
    ended = true;
    parentPort?.postMessage({ early } satisfies WorkerEarly);
    schedule();
  } else
    for (const { path, kind, text, rawNumbers } of m.files) {
      // The main thread parsed the same text without error (and without duplicate keys) before sending it.
      const input = { path, kind, value: JSON.parse(text) as unknown, text, rawNumbers };
      run(firstRules, input, early);
      if (!schemaFirst) run(laterRules, input, findings);
      else {
        waiting.push(input);
        schedule();
      }
    }
});
