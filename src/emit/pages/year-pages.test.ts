import { test } from "node:test";
import assert from "node:assert/strict";
import type { Catalog, Talk } from "../../model/catalog.js";
import { monthsOf } from "./year-pages.js";

test("a year's newest-first talks split into months, latest first, each with where it begins", () => {
  const dates: Record<string, string> = { a: "2019-11-20", b: "2019-11-02", c: "2019-05-04", d: "2019-05-01", e: "2019-01-09" };
  const talkByPath = new Map(Object.entries(dates).map(([path, date]) => [path, { path, date } as Talk]));
  const catalog = { talkByPath } as unknown as Catalog;
  assert.deepEqual(monthsOf({ year: 2019, talks: ["a", "b", "c", "d", "e"] }, catalog), [
    { month: 11, count: 2, start: 0 },
    { month: 5, count: 2, start: 2 },
    { month: 1, count: 1, start: 4 },
  ]);
});
