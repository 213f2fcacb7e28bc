// Worker thread entry of a build's staged check (see staged-check.ts): parses each file it is handed
// as it comes; at the end reads the folder with them (and whatever it was not handed), then runs its
// rules stage by stage and answers after each. Handed the search index's input, it builds the term
// shards once the check is done.

import { parentPort, workerData } from "node:worker_threads";
import { readDataFile, valuesOnly, type DataFile } from "../load/data-file.js";
import type { Layout } from "../load/layout.js";
import { readRepository } from "../load/repository.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { yieldToMainThread } from "../runtime/thread-priority.js";
import { createRunner } from "./check-repository.js";
import { mayReportErrors } from "./registry.js";
import type { Rule } from "./rule.js";
import { RstHtmlPacker, rstRuleKeeping } from "./rules/rst.js";
import { STAGES, unpackFiles, type StagedCheckJob, type StagedCheckMessage, type StagedCheckReply } from "./staged-check.js";
import type { IndexInput } from "../search/build-index.js";
import { talkDescription, talkSummary } from "../catalog/talk-fields.js";
import { isRecord } from "../model/json-value.js";

// The main thread is the build's critical path: this thread gives way to it.
yieldToMainThread();

const job = workerData as StagedCheckJob;
// JSON files parsed, and the bytes of the others (redirects.txt), by path. Each file keeps its value
// and its bytes (shared memory, no copy), not its text: the ReST and schema rules read values only,
// and the one rule that reads a text (format, which a build showing errors only does not run)
// decodes it again. On the snapshot (V8's GC trace, two cold builds each) this thread's scavenges
// then promote 138–148 MB instead of 156–176 MB while it waits for the last file; peak RSS −25 MB.
const parsed = new Map<string, DataFile>();
const bytes = new Map<string, Uint8Array>();

const post = (reply: StagedCheckReply, transfer: ArrayBuffer[] = []): void => parentPort?.postMessage(reply, transfer);
// The search index's input, once handed, and whether the check is done.
let indexInput: IndexInput | undefined;
let checked = false;
// Each talk's summary and description as the catalog reads them, by data file: the index reads them
// here rather than from the input (the same bytes, parsed on this thread: 14 MB not copied twice).
const talkTexts = new Map<string, { summary: string; description: string }>();

parentPort?.on("message", (m: StagedCheckMessage) => {
  if ("files" in m) {
    for (const [path, b] of unpackFiles(m.files)) if (path.endsWith(".json")) parsed.set(path, valuesOnly(readDataFile(path, b), b));
    else bytes.set(path, b);
  } else if ("index" in m) {
    indexInput = m.index;
    void index();
  } else
    void check(m.layout).then(() => {
      checked = true;
      return index();
    });
});

// The term shards, once both the check is done and the input is here (its modules loaded only then).
async function index(): Promise<void> {
  const input = indexInput;
  if (!checked || !input) return;
  indexInput = undefined;
  try {
    const { indexTerms } = await import("../search/build-index.js");
    // The check's reading of the data is garbage now, in pages of the old generation no collection
    // has freed yet (this thread's last full one ran while it parsed): collected first, the index's
    // tables fill those pages, not new memory — on the snapshot ≈ 20,000 page faults fewer (≈ 10 µs
    // each on the development VM), this thread's scavenges ≈ 1 s of CPU cheaper, peak RSS 854 →
    // 724 MB. `gc` exists when the command set `--expose-gc` (see cli/v8-tuning.ts).
    (globalThis as { gc?: () => void }).gc?.();
    const terms = indexTerms(input, (file) => {
      const texts = talkTexts.get(file);
      if (!texts) throw new Error(`the search index's input names ${file}, which this thread did not parse as a talk`);
      return texts;
    });
    talkTexts.clear();
    post({ stage: "terms", terms }, [terms.json.buffer as ArrayBuffer]);
  } catch (e) {
    post({ stage: "terms-failed", message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

async function check(layout: Layout | undefined): Promise<void> {
  const repo = await readRepository(job.root, { layout, parsed, preread: bytes });
  parsed.clear();
  bytes.clear();
  const runner = createRunner(repo);
  let sent = 0;
  // The diagnostics of `rules`, run now (a rule turned off in talkdex.json runs not at all).
  const run = (rules: readonly Rule[]): Diagnostic[] => {
    for (const rule of rules) if (!job.errorsOnly || mayReportErrors(rule, repo.config.rules)) runner.run(rule);
    const found = runner.found().slice(sent);
    sent += found.length;
    return found;
  };
  post({ stage: "fatal", diagnostics: run(STAGES.fatal) });
  // The ReST renderer's findings and its page HTML come from the same pass over each text.
  const rstHtml = new RstHtmlPacker();
  const rendered = job.rstHtml ? STAGES.rendered.map((rule) => (rule.id === "rst" ? rstRuleKeeping(rstHtml) : rule)) : STAGES.rendered;
  const diagnostics = run(rendered);
  const pack = rstHtml.pack();
  post({ stage: "rendered", diagnostics, rstHtml: pack }, [pack.html.buffer as ArrayBuffer]);
  post({ stage: "late", diagnostics: run(STAGES.late) });
  if (job.index)
    for (const { file } of repo.talks) {
      const value = file.value;
      if (isRecord(value)) talkTexts.set(file.path, { summary: talkSummary(value) ?? "", description: talkDescription(value) ?? "" });
    }
}
