// Regression test on 600 random texts made of reStructuredText syntax fragments (a deterministic "soup":
// markers, roles, targets, titles, tables, directives), with docutils 0.19's HTML and messages recorded
// once in test/fixtures/rst/fuzz-corpus.json (same settings as make-golden.py). These stress the error paths
// real descriptions rarely reach; the thresholds sit just under today's figures so regressions show.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkRst, renderRst } from "../../src/rst/index.js";
import { blockSequence, linkTargets, visibleText } from "./html-metrics.js";

interface Case {
  text: string;
  html: string;
  messages: { line: number | null; level: number; message: string }[];
}

const FILE = fileURLToPath(new URL("../fixtures/rst/fuzz-corpus.json", import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL("../fixtures/rst/", import.meta.url));
const THRESHOLDS = { links: 99.5, text: 99, blocks: 99, diagnostics: 95 };

test("random reStructuredText soup renders like docutils on links, text, blocks and diagnostics", () => {
  const cases = JSON.parse(readFileSync(FILE, "utf8")) as Case[];
  const counts = { links: 0, text: 0, blocks: 0, diagnostics: 0 };
  // We give the anonymous-hyperlink mismatch a line where docutils often has none, so its line is not compared.
  const key = (m: { line: number | null; level: number; message: string }): string =>
    `${m.message.startsWith("Anonymous hyperlink mismatch") ? "-" : m.line ?? 0}:${m.level}:${m.message}`;
  for (const c of cases) {
    const { html, diagnostics } = renderRst(c.text);
    if (linkTargets(html).join("\n") === linkTargets(c.html).join("\n")) counts.links++;
    if (visibleText(html) === visibleText(c.html)) counts.text++;
    if (blockSequence(html) === blockSequence(c.html)) counts.blocks++;
    if (diagnostics.map(key).sort().join("\n") === c.messages.map(key).sort().join("\n")) counts.diagnostics++;
  }
  const pct = (n: number): number => (100 * n) / cases.length;
  console.log(
    `fuzz corpus (${cases.length} texts): links ${pct(counts.links).toFixed(1)}%, text ${pct(counts.text).toFixed(1)}%, ` +
      `blocks ${pct(counts.blocks).toFixed(1)}%, identical diagnostics ${pct(counts.diagnostics).toFixed(1)}%`,
  );
  for (const k of Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]) {
    assert.ok(pct(counts[k]) >= THRESHOLDS[k], `${k}: ${pct(counts[k]).toFixed(1)}% < ${THRESHOLDS[k]}%`);
  }
});

test("checkRst reports exactly the diagnostics renderRst reports, on every text of the corpus and the golden set", () => {
  const cases = JSON.parse(readFileSync(FILE, "utf8")) as Case[];
  const golden = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".rst")).map((f) => readFileSync(`${GOLDEN_DIR}${f}`, "utf8"));
  const texts = [...cases.map((c) => c.text), ...golden];
  assert.ok(texts.length > 700);
  for (const text of texts) assert.deepEqual(checkRst(text), renderRst(text).diagnostics, text.slice(0, 80));
});
