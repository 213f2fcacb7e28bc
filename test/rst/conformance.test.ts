// Differential test: renderRst against docutils 0.19 on every description and summary of the snapshot.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderRst } from "../../src/rst/index.js";
import { blockSequence, linkTargets, visibleText } from "./html-metrics.js";
import { loadReference, referenceAvailable, type ReferenceDoc } from "./reference-data.js";

const THRESHOLDS = { links: 99.5, text: 99, blocks: 99 };

interface Mismatch {
  doc: ReferenceDoc;
  score: number;
  detail: string;
}

/** Context around the first difference of two strings. */
function firstDifference(ours: string, theirs: string): string {
  let i = 0;
  while (i < ours.length && i < theirs.length && ours[i] === theirs[i]) i++;
  const from = Math.max(0, i - 50);
  return `ours:   …${ours.slice(from, i + 70)}…\n    docutils: …${theirs.slice(from, i + 70)}…`;
}

function percent(n: number, total: number): number {
  return (100 * n) / total;
}

function worst(list: Mismatch[], title: string): string {
  const top = list.sort((a, b) => b.score - a.score).slice(0, 5);
  return [`worst ${title} mismatches (${list.length}):`, ...top.map((m) => `  ${m.doc.file} [${m.doc.field}]\n    ${m.detail}`)].join("\n");
}

test("renderRst agrees with docutils on links, visible text and block structure of the real descriptions", (t) => {
  if (!referenceAvailable()) {
    t.skip("../shared/pyvideo-data or ../shared/docutils-reference.jsonl.gz is absent");
    return;
  }
  const docs = loadReference();
  const linkMismatches: Mismatch[] = [];
  const textMismatches: Mismatch[] = [];
  const blockMismatches: Mismatch[] = [];
  let diagnosticsAgree = 0;
  const diagnosticDisagreements: Mismatch[] = [];
  for (const doc of docs) {
    const { html, diagnostics } = renderRst(doc.text);
    const [ol, tl] = [linkTargets(html), linkTargets(doc.html)];
    if (ol.join("\n") !== tl.join("\n")) {
      const missing = tl.filter((l) => !ol.includes(l));
      const extra = ol.filter((l) => !tl.includes(l));
      linkMismatches.push({ doc, score: missing.length + extra.length, detail: `missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)}` });
    }
    const [ot, tt] = [visibleText(html), visibleText(doc.html)];
    if (ot !== tt) textMismatches.push({ doc, score: Math.abs(ot.length - tt.length) + 1, detail: firstDifference(ot, tt) });
    const [ob, tb] = [blockSequence(html), blockSequence(doc.html)];
    if (ob !== tb) blockMismatches.push({ doc, score: Math.abs(ob.length - tb.length) + 1, detail: firstDifference(ob, tb) });
    const ours = diagnostics.some((d) => d.level >= 2);
    const theirs = doc.messages.some((m) => m.level >= 2);
    if (ours === theirs) diagnosticsAgree++;
    else {
      const list = (ours ? diagnostics : doc.messages).filter((m) => m.level >= 2).map((m) => `${m.line}: ${m.message}`);
      diagnosticDisagreements.push({ doc, score: 1, detail: `${ours ? "only ours" : "only docutils"}: ${list.join(" | ")}` });
    }
  }
  const n = docs.length;
  const figures = {
    links: percent(n - linkMismatches.length, n),
    text: percent(n - textMismatches.length, n),
    blocks: percent(n - blockMismatches.length, n),
    diagnostics: percent(diagnosticsAgree, n),
  };
  console.log(
    [
      `rst conformance over ${n} documents:`,
      `  link targets identical:     ${figures.links.toFixed(2)}% (threshold ${THRESHOLDS.links}%)`,
      `  visible text identical:     ${figures.text.toFixed(2)}% (threshold ${THRESHOLDS.text}%)`,
      `  block sequence identical:   ${figures.blocks.toFixed(2)}% (threshold ${THRESHOLDS.blocks}%)`,
      `  level>=2 diagnostics agree: ${figures.diagnostics.toFixed(2)}% (reported, not enforced)`,
      worst(linkMismatches, "link"),
      worst(textMismatches, "text"),
      worst(blockMismatches, "block"),
      worst(diagnosticDisagreements, "diagnostic"),
    ].join("\n"),
  );
  assert.ok(figures.links >= THRESHOLDS.links, `link targets identical in ${figures.links.toFixed(2)}% < ${THRESHOLDS.links}%`);
  assert.ok(figures.text >= THRESHOLDS.text, `visible text identical in ${figures.text.toFixed(2)}% < ${THRESHOLDS.text}%`);
  assert.ok(figures.blocks >= THRESHOLDS.blocks, `block sequence identical in ${figures.blocks.toFixed(2)}% < ${THRESHOLDS.blocks}%`);
});
