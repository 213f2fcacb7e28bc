import { test } from "node:test";
import assert from "node:assert/strict";
import { letterOf, sortByName, sortKey } from "./sort-key.js";

test("names sort without regard to case or accents, ties broken by slug", () => {
  const names = [{ n: "émile", s: "e2" }, { n: "Zoë", s: "z" }, { n: "Emile", s: "e1" }, { n: "adam", s: "a" }];
  assert.deepEqual(sortByName(names, (x) => x.n, (x) => x.s).map((x) => x.s), ["a", "e1", "e2", "z"]);
  assert.equal(sortKey("Ångström"), "angstrom");
});

test("a name's letter is its first Latin letter without accents, anything else is other", () => {
  assert.equal(letterOf("Łukasz Langa"), "l");
  assert.equal(letterOf("Émilie"), "e");
  assert.equal(letterOf("Østergaard"), "o");
  assert.equal(letterOf("\"Bob\" Smith"), "b");
  assert.equal(letterOf("田中 花子"), "other");
  assert.equal(letterOf("Алексей"), "other");
  assert.equal(letterOf("3D printing"), "other");
  assert.equal(letterOf(""), "other");
});
