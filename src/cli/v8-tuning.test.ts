import { test } from "node:test";
import assert from "node:assert/strict";
import { v8Tuning } from "./v8-tuning.js";

test("the command raises V8's interrupt budget unless node was given one, and exposes gc() to its workers", () => {
  assert.deepEqual(v8Tuning([]), ["--interrupt-budget=500000", "--expose-gc"]);
  assert.deepEqual(v8Tuning(["--import", "tsx", "--enable-source-maps"]), ["--interrupt-budget=500000", "--expose-gc"]);
  assert.deepEqual(v8Tuning(["--interrupt-budget=100000"]), ["--expose-gc"]);
});
