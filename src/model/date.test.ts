import { test } from "node:test";
import assert from "node:assert/strict";
import { dateProblem, parseDate, titleYear } from "./date.js";

test("dates that do not exist are named precisely", () => {
  assert.equal(dateProblem("2019-05-03"), undefined);
  assert.equal(dateProblem("2019-05-03T11:30:00+02:00"), undefined);
  assert.match(dateProblem("2016-13-45") ?? "", /month 13/);
  assert.match(dateProblem("2019-02-29") ?? "", /day 29/);
  assert.equal(dateProblem("2020-02-29"), undefined, "a leap day");
  assert.match(dateProblem("03/05/2019") ?? "", /YYYY-MM-DD/);
  assert.equal(parseDate("1970-01-02")?.day, 1);
});

test("an event title's year is found only when there is exactly one", () => {
  assert.equal(titleYear("PyCon US 2019"), 2019);
  assert.equal(titleYear("ChiPy"), undefined);
  assert.equal(titleYear("PyCon 2011-2012"), undefined);
});
