import { test } from "node:test";
import assert from "node:assert/strict";
import type { Talk } from "../model/catalog.js";
import { collectPostings } from "./collect-postings.js";
import type { Posting } from "./index-format.js";
import type { SearchDoc } from "./search-docs.js";
import { cutShards } from "./shards.js";

function doc(title: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { talk: {} as Talk, event: 0, year: 2020, title, speakers: "", tags: "", description: "", ...extra };
}

function parsed(entries: string[]): Record<string, Posting> {
  return JSON.parse(`{${entries.join(",")}}`) as Record<string, Posting>;
}

test("postings are delta-coded per field, with title length and description term frequency packed in", () => {
  const fillers = Array.from({ length: 10 }, () => doc("filler"));
  const docs = [doc("Async Python", { description: "python python python python python" }), doc("Python", { speakers: "Ada Lovelace", event: 1 }), doc("Rust", { tags: "python" }), ...fillers];
  const p = parsed(collectPostings(docs, ["PyCon", "Rust Conf"], [1, 2]));
  // title: doc 0 (2 words) → 0*16+2; doc 1 (1 word) → 1*16+1, delta 15. tags: doc 2. description: doc 0, tf 5 capped → 0*4+3.
  assert.deepEqual(p.python, [3, [2, 15], [], [2], [], [3]]);
  assert.deepEqual(p.ada, [1, [], [1]]);
  // Event postings list events; df counts their talks.
  assert.deepEqual(p.rust, [3, [2 * 16 + 1], [], [], [1]]);
  assert.deepEqual(p.pycon, [1, [], [], [], [0]]);
});

test("entries come out in code-unit order and shards cut them into contiguous ranges", () => {
  const docs = ["b a", "10 2", "z é", "c d e f g h i j"].map((t) => doc(t));
  const entries = collectPostings(docs, [], []);
  const terms = entries.map((e) => JSON.parse(e.slice(0, e.indexOf(":["))) as string);
  assert.deepEqual(terms, [...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  const shards = cutShards(entries, 40);
  assert.ok(shards.length > 2);
  assert.deepEqual(shards.flatMap((s) => Object.keys(JSON.parse(s.json) as object)).sort(), [...terms].sort());
  shards.forEach((s) => assert.equal(s.first, Object.keys(JSON.parse(s.json) as object).sort()[0]));
});

test("a word in over a quarter of the talks keeps its title postings but not its description postings", () => {
  const docs = [doc("Python", { description: "python" }), doc("Rust", { description: "python" }), doc("Go")];
  const p = parsed(collectPostings(docs, [], []));
  assert.deepEqual(p.python, [2, [1]]);
  assert.deepEqual(p.rust, [1, [16 + 1]]);
});
