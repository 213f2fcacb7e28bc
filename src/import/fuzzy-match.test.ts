import { test } from "node:test";
import assert from "node:assert/strict";
import { matchSessions, speakerOverlap, titleSimilarity } from "./fuzzy-match.js";

test("titles that differ in case, accents and punctuation are the same title", () => {
  assert.equal(titleSimilarity("Écrire des tests qui durent", "ecrire des TESTS qui durent!"), 1);
  assert.equal(titleSimilarity("Typed Pipelines with Pydantic", "Typed pipelines, with Pydantic."), 1);
});

test("small spelling differences still score high and unrelated titles score low", () => {
  assert.ok(titleSimilarity("Scaling Postgres for Fun", "Scaling PostgreSQL for fun") > 0.8);
  assert.ok(titleSimilarity("Deep Learning on the Edge", "Rust for Pythonistas") < 0.2);
});

test("speaker overlap ignores case and accents and is zero when a side names nobody", () => {
  assert.equal(speakerOverlap(["José García"], ["jose garcia", "Ann Poe"]), 1);
  assert.equal(speakerOverlap(["Ann Poe"], []), 0);
});

test("a weak title match is accepted only when a speaker confirms it", () => {
  const talks = [{ title: "Keynote", speakers: ["Grace Okafor"] }];
  assert.deepEqual([...matchSessions([{ title: "Opening keynote", speakers: ["Grace Okafor"] }], talks).pairs], [[0, 0]]);
  const without = matchSessions([{ title: "Opening keynote", speakers: ["Someone Else"] }], talks);
  assert.equal(without.pairs.size, 0);
  assert.deepEqual(without.unmatchedSessions, [0]);
  assert.deepEqual(without.unmatchedTalks, [0]);
});

test("two sessions that fit one recording equally well are reported as ambiguous, not guessed", () => {
  const sessions = [
    { title: "Lightning talks", speakers: [] },
    { title: "Lightning talks", speakers: [] },
    { title: "Typed pipelines", speakers: ["Ana Lima"] },
  ];
  const talks = [
    { title: "Lightning Talks - Day 1", speakers: [] },
    { title: "Typed Pipelines", speakers: ["Ana Lima"] },
  ];
  const r = matchSessions(sessions, talks);
  assert.deepEqual([...r.pairs], [[2, 1]]);
  assert.deepEqual(r.ambiguous.map((a) => a.session), [0, 1]);
  assert.deepEqual(r.ambiguous[0]?.sessions, [0, 1]);
  assert.deepEqual(r.unmatchedSessions, []);
});

test("speakers break a tie between two talks with the same title", () => {
  const talks = [
    { title: "Panel discussion", speakers: ["Ann Poe"] },
    { title: "Panel discussion", speakers: ["Bo Lee"] },
  ];
  const r = matchSessions([{ title: "Panel Discussion", speakers: ["Bo Lee"] }], talks);
  assert.deepEqual([...r.pairs], [[0, 1]]);
});
