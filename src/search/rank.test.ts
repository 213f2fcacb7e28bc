import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightRanges } from "./highlight.js";
import { queryWords } from "./query-words.js";
import { phraseBoost, scoreWord } from "./rank.js";

test("a title that is the query doubles, one holding its words in order gets half more", () => {
  assert.equal(phraseBoost("Stop Writing Classes", queryWords("stop writing classes")), 2);
  assert.equal(phraseBoost("Please Stop Writing Classes Now", queryWords("stop writing cla")), 1.5);
  assert.equal(phraseBoost("Classes: Stop Writing", queryWords("stop writing classes")), 1);
});

test("a word in the title outweighs the same word in a speaker, a tag, the event or the description", () => {
  const ctx = { docs: 100, avgTitle: 5, eventDocs: [[4]] };
  // doc 0 title (5 words), doc 1 speakers, doc 2 tags, doc 4 via event 0, doc 3 description.
  const scores = scoreWord([{ term: "x", weight: 1, posting: [5, [0 * 16 + 5], [1], [2], [0], [3 * 4]] }], ctx);
  const order = [...scores.docs].sort((a, b) => (scores.score[b] ?? 0) - (scores.score[a] ?? 0));
  assert.deepEqual(order, [0, 1, 2, 4, 3]);
});

test("highlighting marks folded matches in the original text and CJK bigrams where they occur", () => {
  const words = queryWords("leticia 学習");
  const text = "Letícia: 機械学習";
  const ranges = highlightRanges(text, new Set(["leticia"]), words);
  assert.deepEqual(ranges.map(([a, b]) => text.slice(a, b)), ["Letícia", "学習"]);
});
