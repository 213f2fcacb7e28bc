import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanTitle } from "../../src/import/title-cleanup.js";
import { personKey } from "../../src/model/identity.js";
import { SNAPSHOT_DIR, SNAPSHOT_SKIP } from "../helpers/shared.js";

// Curated titles are mostly clean already: the cleanup must leave most alone, and the speakers it
// finds in the rest must mostly be the talk's real speakers.
test("title cleanup on the snapshot's curated titles keeps most titles and finds the right speakers", { skip: SNAPSHOT_SKIP }, () => {
  let titles = 0;
  let changed = 0;
  let found = 0;
  let right = 0;
  for (const event of readdirSync(SNAPSHOT_DIR)) {
    let names: string[];
    try {
      names = readdirSync(join(SNAPSHOT_DIR, event, "videos"));
    } catch {
      continue;
    }
    let eventTitle: string | undefined;
    try {
      eventTitle = (JSON.parse(readFileSync(join(SNAPSHOT_DIR, event, "category.json"), "utf8")) as { title?: string }).title;
    } catch {
      eventTitle = undefined;
    }
    for (const name of names) {
      let talk: { title?: unknown; speakers?: unknown };
      try {
        talk = JSON.parse(readFileSync(join(SNAPSHOT_DIR, event, "videos", name), "utf8")) as typeof talk;
      } catch {
        continue;
      }
      if (typeof talk.title !== "string") continue;
      titles++;
      const clean = cleanTitle(talk.title, eventTitle === undefined ? {} : { eventTitle });
      if (clean.title !== talk.title.replace(/\s+/g, " ").trim()) changed++;
      const real = Array.isArray(talk.speakers) ? talk.speakers.filter((s): s is string => typeof s === "string").map(personKey) : [];
      if (clean.speakers.length === 0 || real.length === 0) continue;
      found++;
      if (clean.speakers.every((s) => real.includes(personKey(s)))) right++;
    }
  }
  assert.ok(titles > 20_000, `read ${titles} titles`);
  assert.ok(changed / titles < 0.12, `changed ${changed} of ${titles}`);
  assert.ok(right / found >= 0.78, `speakers right in ${right} of ${found}`);
});
