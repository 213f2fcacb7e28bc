// Search relevance on the real snapshot: the judged queries, run by the same engine the search
// page runs; prints success@5 (a wanted talk among the first five) and fails below 0.9.

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Catalog, Talk } from "../../src/model/catalog.js";
import { parseState } from "../../src/search/search-state.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";
import { JUDGMENTS, type Judgment } from "./relevance-judgments.js";
import { memoryIndex, type MemoryIndex } from "./snapshot-engine.js";

const TARGET = 0.9;

function wanted(judgment: Judgment, catalog: Catalog): (talk: Talk) => boolean {
  if ("paths" in judgment) {
    for (const p of judgment.paths) assert.ok(catalog.talkByPath.has(p), `the judged talk ${p} exists in the snapshot`);
    return (t) => judgment.paths.includes(t.path);
  }
  if ("speaker" in judgment) {
    const speaker = catalog.speakers.find((s) => s.name === judgment.speaker || s.spellings.includes(judgment.speaker));
    assert.ok(speaker, `the judged speaker ${judgment.speaker} exists in the snapshot`);
    return (t) => t.speakers.includes(speaker.slug);
  }
  return (t) => judgment.title.test(t.title);
}

describe("search relevance on the pyvideo/data snapshot", { skip: SNAPSHOT_SKIP }, () => {
  let index: MemoryIndex;
  before(async () => {
    index = await memoryIndex(SNAPSHOT_DIR);
  });

  for (const mode of ["complete", "as typed"] as const) {
    test(`at least ${TARGET * 100}% of the ${JUDGMENTS.length} judged queries find a wanted talk in the first five results (${mode})`, async () => {
      assert.ok(JUDGMENTS.length >= 40, "the judged set has at least 40 queries");
      const byUrl = new Map(index.catalog.talks.map((t) => [`/${t.path}.html`, t]));
      const misses: string[] = [];
      const kinds = new Map<string, { ok: number; all: number }>();
      for (const j of JUDGMENTS) {
        const want = wanted(j.want, index.catalog);
        // "complete": the query ended with a space (no prefix); "as typed": its last word still a prefix.
        const q = mode === "complete" ? `${j.q} ` : j.q;
        const result = await index.engine.search(parseState(`?q=${encodeURIComponent(q)}`), { limit: 5 });
        const top = result.hits.map((h) => byUrl.get(h.doc[1]));
        const ok = top.some((t) => t !== undefined && want(t));
        const k = kinds.get(j.kind) ?? { ok: 0, all: 0 };
        kinds.set(j.kind, { ok: k.ok + (ok ? 1 : 0), all: k.all + 1 });
        if (!ok) misses.push(`  ${j.kind}: "${j.q}" → ${top.map((t) => t?.title ?? "?").join(" | ") || "(nothing)"}`);
      }
      const success = (JUDGMENTS.length - misses.length) / JUDGMENTS.length;
      const perKind = [...kinds].map(([k, v]) => `${k} ${v.ok}/${v.all}`).join(", ");
      console.log(`search success@5 (${mode}): ${success.toFixed(3)} (${JUDGMENTS.length - misses.length}/${JUDGMENTS.length}; ${perKind}); index built in ${index.buildMs.toFixed(0)} ms`);
      if (misses.length > 0) console.log(`missed:\n${misses.join("\n")}`);
      assert.ok(success >= TARGET, `success@5 ${success.toFixed(3)} is below ${TARGET}`);
    });
  }

  test("typing a query letter by letter finds the talk before the last letters are typed", async () => {
    const result = await index.engine.search(parseState("?q=mighty+dictio"), { limit: 5 });
    assert.ok(result.hits.some((h) => h.doc[1].endsWith("/pycon-us-2010/the-mighty-dictionary-55.html")));
  });
});
