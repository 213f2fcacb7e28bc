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

test("the months of a big year read a few dates a month, among them both sides of every month's end", () => {
  // 1,200 talks: 500 in October, 400 in June, 300 in February, newest first.
  const talks: Talk[] = [];
  for (const [month, n] of [[10, 500], [6, 400], [2, 300]] as const)
    for (let i = 0; i < n; i++) talks.push({ path: `t${talks.length}`, date: `2019-${String(month).padStart(2, "0")}-${String(28 - Math.floor((i * 27) / n)).padStart(2, "0")}` } as Talk);
  const read = new Set<string>();
  const byPath = new Map(talks.map((t) => [t.path, t]));
  const talkByPath = { get: (p: string) => (read.add(p), byPath.get(p)) };
  const catalog = { talkByPath } as unknown as Catalog;
  assert.deepEqual(monthsOf({ year: 2019, talks: talks.map((t) => t.path) }, catalog), [
    { month: 10, count: 500, start: 0 },
    { month: 6, count: 400, start: 500 },
    { month: 2, count: 300, start: 900 },
  ]);
  assert.ok(read.size < 40, `${read.size} dates read`);
  // A talk on either side of a month's end can change month without changing the order: the months
  // depend on it, so it must be among the talks read.
  for (const p of ["t0", "t499", "t500", "t899", "t900", "t1199"]) assert.ok(read.has(p), `${p} is read`);
});
