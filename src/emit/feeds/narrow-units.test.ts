// The feed, API and machine-file units read narrowly: after one talk's description changes, an
// incremental run renders only the units that show that talk, and the site equals a fresh run.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Emitter } from "../../build/context.js";
import { createContext } from "../../build/create-context.js";
import { changedBetween } from "../../build/incremental/deps.js";
import { UnitRenderer } from "../../build/incremental/unit-renderer.js";
import { makeSite } from "../../build/site.js";
import { buildCatalog } from "../../catalog/build-catalog.js";
import { checkFolder } from "../../check/check-folder.js";
import { SAMPLE_DATA_DIR } from "../../cli/data-dir.js";
import type { Catalog } from "../../model/catalog.js";
import { api } from "../api/api.js";
import { machineFiles } from "../machine/machine-files.js";
import { buildAssets } from "../assets.js";
import { feeds } from "./feeds.js";

const site = makeSite("Talks", "https://talks.example.org/");
const assets = buildAssets();

// The catalog with one talk's description changed, as the catalog stage gives it (other objects shared).
function withDescription(catalog: Catalog, path: string, description: string): Catalog {
  const talks = catalog.talks.map((t) => (t.path === path ? { ...t, description } : t));
  return { ...catalog, talks, talkByPath: new Map(talks.map((t) => [t.path, t])) };
}

test("a description edit renders only the feeds, API files and machine files that show the talk", async () => {
  const { repo } = await checkFolder(SAMPLE_DATA_DIR);
  const before = buildCatalog(repo, { exclude: new Map() });
  // A talk with speakers, so that its speakers' feeds and records are among those to render.
  const talk = before.talks.find((t) => t.speakers.length > 0 && t.language);
  assert.ok(talk, "the sample has a talk with speakers and a language");
  const after = withDescription(before, talk.path, "Brand new words.");
  const expected: Record<string, (n: number) => boolean> = {
    // Its event, speakers, tags and language (and all/all-en when it is among the newest).
    feeds: (n) => n >= 2 + talk.speakers.length && n <= 4 + talk.speakers.length + talk.tags.length,
    // Its record (all.json is lazy: made again when read): the event, speaker, tag and language
    // records list the talk by a memoized reference that the description is not part of (an equal
    // memo leaves them clean).
    api: (n) => n === 1,
    // The sitemap and _redirects read per-event memoized pieces that come out the same.
    machine: (n) => n === 0,
  };
  for (const [name, emit] of [["feeds", feeds], ["api", api], ["machine", machineFiles]] as [string, Emitter][]) {
    const renderer = new UnitRenderer([emit], createContext(site, assets));
    renderer.run(before);
    const run = renderer.run(after, changedBetween(before, after));
    assert.ok(expected[name]?.(run.rendered), `${name}: ${run.rendered} units rendered`);
    const fresh = new UnitRenderer([emit], createContext(site, assets));
    fresh.run(after);
    assert.deepEqual([...renderer.files.keys()].sort(), [...fresh.files.keys()].sort(), `${name}: same files`);
    for (const [path, content] of fresh.files) assert.ok(Buffer.from(content).equals(Buffer.from(renderer.files.get(path) ?? "")), `${name}: ${path} as a fresh run`);
  }
});
