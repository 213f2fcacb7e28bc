import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chooseDisplay, personKey, similarPersonGroups, tagKey } from "./identity.js";

test("spellings of a name that differ by case, accents, hyphens, dots or spacing share one key", () => {
  const key = personKey("José García-López");
  assert.equal(personKey("jose garcia lopez"), key);
  assert.equal(personKey("JOSE GARCIA  LOPEZ"), key);
  assert.equal(personKey(" Jose.Garcia Lopez "), key);
  assert.equal(personKey("Maciej Fijałkowski"), personKey("Maciej Fijalkowski"));
  assert.notEqual(personKey("Jose Garcia"), personKey("Jose Garcia Lopez"));
});

test("names in scripts without accents keep their letters rather than a romanisation", () => {
  assert.equal(personKey("山田 太郎"), "山田太郎");
  assert.equal(personKey("김기한"), "김기한");
  assert.notEqual(personKey("김기한"), personKey("김기환"));
  assert.equal(personKey("Тысляцкий"), "тысляцкии");
});

test("tag spellings that differ by case, hyphens, underscores or spaces share one key", () => {
  assert.equal(tagKey("Machine Learning"), "machine-learning");
  assert.equal(tagKey("machine-learning"), "machine-learning");
  assert.equal(tagKey("machine_learning"), "machine-learning");
  assert.equal(tagKey("  MACHINE   learning "), "machine-learning");
  assert.notEqual(tagKey("C++"), tagKey("C#"));
});

test("the most used spelling is displayed", () => {
  assert.equal(chooseDisplay(new Map([["jose garcia", 1], ["José García", 3], ["JOSE GARCIA", 2]])), "José García");
});

test("ties prefer tidy, mixed-case, accented spellings, whatever the input order", () => {
  const variants: [string, number][] = [
    ["jose garcia", 2],
    ["JOSE GARCIA", 2],
    ["Jose Garcia", 2],
    ["José García", 2],
    ["José  García", 2],
  ];
  for (const order of [variants, [...variants].reverse(), [variants[2], variants[0], variants[4], variants[1], variants[3]]]) {
    assert.equal(chooseDisplay(new Map(order as [string, number][])), "José García");
  }
  assert.equal(chooseDisplay(new Map([["b", 1], ["a", 1]])), "a");
  assert.throws(() => chooseDisplay(new Map()), RangeError);
});

test("spellings that probably name one person are grouped for curators", () => {
  const groups = similarPersonGroups([
    "Jesse Jiryu Davis",
    "A. Jesse Jiryu Davis",
    "Austin Bingham",
    "A Bingham",
    "Garcia Jose",
    "Jose Garcia",
    "Aaron Bassett",
    "Aaron Basset",
    "Paul Everitt",
    "Paul Evreitt",
  ]);
  assert.deepEqual(groups, [
    ["A Bingham", "Austin Bingham"],
    ["A. Jesse Jiryu Davis", "Jesse Jiryu Davis"],
    ["Aaron Basset", "Aaron Bassett"],
    ["Garcia Jose", "Jose Garcia"],
    ["Paul Everitt", "Paul Evreitt"],
  ]);
});

test("different people with close names are not grouped", () => {
  assert.deepEqual(
    similarPersonGroups([
      "Aaron Hall",
      "Aaron Hill",
      "Michael Bauer",
      "Michael Bayer",
      "Michael Kelly",
      "Michael Skelly",
      "J. Smith",
      "John Smith",
      "Jane Smith",
      "Lightning Talks Day 1",
      "Lightning Talks Day 2",
      "김기한",
      "김기환",
    ]),
    [],
  );
});

test("spellings with the same key are one person, not a warning", () => {
  assert.deepEqual(similarPersonGroups(["José García", "jose garcia", "JOSE GARCIA"]), []);
});

const dataDir = fileURLToPath(new URL("../../../shared/pyvideo-data/", import.meta.url));

function snapshotValues(field: "speakers" | "tags"): string[] {
  const values: string[] = [];
  for (const event of readdirSync(dataDir)) {
    const videos = join(dataDir, event, "videos");
    if (event.startsWith(".") || !existsSync(videos)) continue;
    for (const file of readdirSync(videos)) {
      const talk = JSON.parse(readFileSync(join(videos, file), "utf8")) as Record<string, unknown>;
      const list = talk[field];
      if (Array.isArray(list)) values.push(...list.filter((v): v is string => typeof v === "string"));
    }
  }
  return values;
}

test("the snapshot's speaker names yield a few hundred curator warnings, fast", (t) => {
  if (!existsSync(dataDir)) return t.skip("../shared/pyvideo-data is absent");
  const names = [...new Set(snapshotValues("speakers"))];
  const started = performance.now();
  const groups = similarPersonGroups(names);
  const elapsed = performance.now() - started;
  const people = new Set(names.map(personKey)).size;
  console.log(`${names.length} spellings, ${people} people by key, ${groups.length} similar groups in ${elapsed.toFixed(0)} ms`);
  for (const group of groups.filter((_, i) => i % 20 === 0)) console.log(`  ${group.join(" | ")}`);
  assert.ok(groups.length > 100 && groups.length < 600, `${groups.length} groups`);
  // The budget is 200 ms; the bound is loose because CI machines are shared.
  assert.ok(elapsed < 1000, `${elapsed} ms`);
});

test("the snapshot's tags fold into fewer keys, each with a display spelling", (t) => {
  if (!existsSync(dataDir)) return t.skip("../shared/pyvideo-data is absent");
  const byKey = new Map<string, Map<string, number>>();
  for (const tag of snapshotValues("tags")) {
    const variants = byKey.get(tagKey(tag)) ?? new Map<string, number>();
    variants.set(tag, (variants.get(tag) ?? 0) + 1);
    byKey.set(tagKey(tag), variants);
  }
  const merged = [...byKey.values()].filter((variants) => variants.size > 1);
  const spellings = [...byKey.values()].reduce((sum, variants) => sum + variants.size, 0);
  console.log(`${spellings} tag spellings, ${byKey.size} tags by key, ${merged.length} with several spellings`);
  for (const variants of merged.slice(0, 10)) console.log(`  ${chooseDisplay(variants)} ← ${[...variants.keys()].join(" | ")}`);
  assert.ok(byKey.size < spellings);
});
