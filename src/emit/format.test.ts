import { test } from "node:test";
import assert from "node:assert/strict";
import { count, formatDate, formatDuration, isoDuration } from "./format.js";

test("dates, durations and counts read naturally", () => {
  assert.equal(formatDate("2019-05-03"), "3 May 2019");
  assert.equal(formatDate(undefined), "");
  assert.equal(formatDuration(1759), "29 min");
  assert.equal(formatDuration(3725), "1 h 2 min");
  assert.equal(formatDuration(3600), "1 h");
  assert.equal(formatDuration(45), "45 s");
  assert.equal(isoDuration(1759), "PT29M19S");
  assert.equal(isoDuration(3600), "PT1H");
  assert.equal(count(21715, "talk"), "21,715 talks");
  assert.equal(count(1, "talk"), "1 talk");
});

test("counts are grouped by thousands exactly as en-US formatting groups them", () => {
  const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 21715, 99999, 100000, 123456, 1000000, 1234567, 987654321012, Number.MAX_SAFE_INTEGER, -1, -1234, 0.5, 1234.5, 2 ** 60];
  let x = 1;
  for (let i = 0; i < 200; i++) values.push((x = (x * 7919 + 13) % 10_000_000_007));
  for (const n of values) {
    assert.equal(count(n), n.toLocaleString("en-US"), String(n));
    assert.equal(count(n, "talk"), `${n.toLocaleString("en-US")} talk${n === 1 ? "" : "s"}`);
  }
});
