import { test } from "node:test";
import assert from "node:assert/strict";
import { progressLine } from "./progress.js";

test("on a terminal the progress line is rewritten in place and cleared at the end", () => {
  let out = "";
  const p = progressLine((t) => void (out += t), true);
  p.update("page 1");
  p.update("page 2");
  p.done();
  assert.equal(out, "\rpage 1\x1b[K\rpage 2\x1b[K\r\x1b[K");
});

test("without a terminal nothing is written", () => {
  let out = "";
  const p = progressLine((t) => void (out += t), false);
  p.update("page 1");
  p.done();
  assert.equal(out, "");
});
