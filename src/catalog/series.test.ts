import { test } from "node:test";
import assert from "node:assert/strict";
import { seriesName } from "./series.js";

test("a series name is the event title without its year", () => {
  assert.equal(seriesName("PyCon US 2019"), "PyCon US");
  assert.equal(seriesName("EuroPython 2022"), "EuroPython");
  assert.equal(seriesName("PyData London 2017"), "PyData London");
  assert.equal(seriesName("SciPy 2019 - Austin"), "SciPy - Austin");
  assert.equal(seriesName("PyCon 2011-2012"), "PyCon");
  assert.equal(seriesName("ChiPy"), "ChiPy");
  assert.equal(seriesName("2020"), "2020", "a title that is only a year stays itself");
});
