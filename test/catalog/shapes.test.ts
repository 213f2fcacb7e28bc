// The catalog's talks are of one shape, and each of their lists of one kind: the pages, feeds and
// API read them in functions V8 optimizes once for what it has seen, and a talk whose object or
// list differs deoptimizes them (the talk page, ≈ 170 ms to compile, was compiled again for one
// talk of the snapshot whose speakers came back as a holey list from an optimized filter).

import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { readRepository } from "../../src/load/repository.js";
import type { Talk } from "../../src/model/catalog.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";

// V8's own test of "same hidden class" (objects' shape, arrays' elements kind included).
setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: unknown, b: unknown) => boolean;

const LISTS = ["speakerNames", "videos", "relatedUrls", "aliases", "speakers", "tags"] as const satisfies readonly (keyof Talk)[];

test("every talk of the snapshot has one shape, and each of its lists one kind", { skip: SNAPSHOT_SKIP }, async () => {
  const catalog = buildCatalog(await readRepository(SNAPSHOT_DIR, { valuesOnly: true }));
  const [first] = catalog.talks;
  assert.ok(first);
  const odd = (pick: (t: Talk) => unknown): string[] => catalog.talks.filter((t) => !sameMap(pick(t), pick(first))).map((t) => t.path);
  assert.deepEqual(odd((t) => t), []);
  for (const list of LISTS) assert.deepEqual(odd((t) => t[list]), [], list);
});
