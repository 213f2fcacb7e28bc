import { test } from "node:test";
import assert from "node:assert/strict";
import type { TermShard } from "./index-format.js";
import { matchTerms, shardsFor } from "./match-terms.js";
import { queryWords } from "./query-words.js";

const SHARDS: [string, string][] = [["a", "s0"], ["d", "s1"], ["pa", "s2"], ["py", "s3"], ["pyt", "s4"], ["pyth", "s5"], ["pytz", "s6"], ["r", "s7"]];

test("a word needs the shard its term falls in; the word being typed also needs the shards of its completions", () => {
  assert.deepEqual(shardsFor(SHARDS, { term: "django", prefix: false, fuzzy: true }), ["s1"]);
  assert.deepEqual(shardsFor(SHARDS, { term: "pyt", prefix: true, fuzzy: false }), ["s4", "s5", "s6"]);
  assert.deepEqual(shardsFor(SHARDS, { term: "aaa", prefix: true, fuzzy: false }), ["s0"]);
  // "p" would need five shards: it matches only itself until the next letter.
  assert.deepEqual(shardsFor(SHARDS, { term: "p", prefix: true, fuzzy: false }), ["s1"]);
});

test("the typed word matches itself best, then its completions, then terms one typo away", () => {
  const shard: TermShard = { async: [50, [1]], asyncio: [90, [1]], asynco: [1, [1]], asyncore: [3, [1]], other: [9, [1]] };
  const [word] = queryWords("asynco ");
  assert.ok(word);
  const matches = matchTerms(word, [shard]);
  // Typo matches of equal weight: the more common term first.
  assert.deepEqual(matches.map((m) => m.term), ["asynco", "asyncio", "async"]);
  // While typed, "asynco" is also the start of "asyncore", a completion (worth more than a typo).
  assert.deepEqual(matchTerms({ ...word, prefix: true }, [shard]).map((m) => m.term), ["asynco", "asyncore", "asyncio", "async"]);
  assert.equal(matches[0]?.weight, 1);
  const [typing] = queryWords("asy");
  assert.ok(typing?.prefix);
  assert.deepEqual(matchTerms(typing, [shard]).map((m) => m.term), ["async", "asynco", "asyncio", "asyncore"]);
});

test("a query's last word is a prefix only while it is being typed, and CJK runs become required bigrams", () => {
  assert.deepEqual(queryWords("Django  REST"), [{ term: "django", prefix: false, fuzzy: true }, { term: "rest", prefix: true, fuzzy: false }]);
  assert.equal(queryWords("rest ")[0]?.prefix, false);
  assert.equal(queryWords("py")[0]?.prefix, false, "completions start at the third letter");
  assert.deepEqual(queryWords("機械学習").map((w) => w.term), ["機械", "械学", "学習"]);
});
