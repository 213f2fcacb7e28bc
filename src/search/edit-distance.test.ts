import { test } from "node:test";
import assert from "node:assert/strict";
import { prefixWithinOneEdit, withinOneEdit } from "./edit-distance.js";

test("one inserted, deleted, replaced or swapped letter is within one edit", () => {
  for (const [a, b] of [["asynco", "asyncio"], ["asyncio", "asynco"], ["pyhton", "python"], ["djanga", "django"], ["django", "django"]]) assert.ok(withinOneEdit(a as string, b as string), `${a} ~ ${b}`);
});

test("two edits are not", () => {
  for (const [a, b] of [["asnco", "asyncio"], ["pthyon", "python"], ["flask", "flaskapp"]]) assert.equal(withinOneEdit(a as string, b as string), false, `${a} !~ ${b}`);
});

test("a word still being typed matches a term when one of its prefixes is one edit away", () => {
  assert.ok(prefixWithinOneEdit("kubernets", "kubernetes"));
  assert.ok(prefixWithinOneEdit("asynci", "asyncio"));
  assert.equal(prefixWithinOneEdit("xyzzy", "asyncio"), false);
});
