import { test } from "node:test";
import assert from "node:assert/strict";
import { parseState, sameState, stateQuery } from "./search-state.js";

test("the URL's parameters become the state, unknown ones and empty values ignored", () => {
  const s = parseState("?q=django+orm&event=pycon-us-2019&year=2019&foo=1&tag=&sort=newest");
  assert.deepEqual(s, { q: "django orm", filters: { event: "pycon-us-2019", year: "2019" }, sort: "newest" });
});

test("a state writes the same URL whatever order it was built in, and round-trips", () => {
  const a = parseState("?year=2019&q=async&language=spa");
  const b = parseState("?language=spa&q=async&year=2019");
  assert.equal(stateQuery(a), "?q=async&language=spa&year=2019");
  assert.ok(sameState(a, b));
  assert.deepEqual(parseState(stateQuery(a)), a);
  assert.equal(stateQuery(parseState("")), "");
});
