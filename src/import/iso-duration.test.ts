import { test } from "node:test";
import assert from "node:assert/strict";
import { parseClockDuration, parseIsoDuration, toSeconds } from "./iso-duration.js";

test("ISO 8601 durations as the YouTube Data API writes them become seconds", () => {
  assert.equal(parseIsoDuration("PT1H2M3S"), 3723);
  assert.equal(parseIsoDuration("PT45M"), 2700);
  assert.equal(parseIsoDuration("PT59S"), 59);
  assert.equal(parseIsoDuration("P1DT1S"), 86401);
  assert.equal(parseIsoDuration("PT10.6S"), 11);
  assert.equal(parseIsoDuration("P0D"), 0);
});

test("text that is not an ISO 8601 duration is rejected", () => {
  assert.equal(parseIsoDuration("PT"), undefined);
  assert.equal(parseIsoDuration("1H2M"), undefined);
  assert.equal(parseIsoDuration("PT1X"), undefined);
});

test("schedule durations are hours and minutes, optionally seconds", () => {
  assert.equal(parseClockDuration("00:30"), 1800);
  assert.equal(parseClockDuration("1:15"), 4500);
  assert.equal(parseClockDuration("01:02:03"), 3723);
  assert.equal(parseClockDuration("00:75"), undefined);
});

test("toSeconds accepts numbers and every textual form, and only positive durations", () => {
  assert.equal(toSeconds(1650.4), 1650);
  assert.equal(toSeconds("PT2M"), 120);
  assert.equal(toSeconds("00:30"), 1800);
  assert.equal(toSeconds("95"), 95);
  assert.equal(toSeconds(0), undefined);
  assert.equal(toSeconds(-5), undefined);
  assert.equal(toSeconds("soon"), undefined);
  assert.equal(toSeconds(null), undefined);
});
