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
