import { test } from "node:test";
import assert from "node:assert/strict";
import type { Catalog, Speaker, Talk } from "../../model/catalog.js";
import { feedSpecs } from "./feed-list.js";

// A full build's memo: computed on each call is enough here.
const ctx = { memo: <T>(_kind: string, _key: string, make: () => T): T => make() };

function talk(path: string, date: string, speakers: string[]): Talk {
  const [eventSlug = "", slug = ""] = path.split("/");
  return { path, slug, eventSlug, file: `${path}.json`, title: path, speakers, speakerNames: speakers, tags: [], date, videos: [], relatedUrls: [], aliases: [] };
}

function catalogOf(talks: Talk[], speakers: Speaker[]): Catalog {
  const event = { slug: "conf", folder: "conf", file: "conf/category.json", title: "Conf", series: "conf", talks: talks.map((t) => t.path) };
  return {
    talks, events: [event], series: [], speakers, tags: [], languages: [], years: [], redirects: [],
    talkByPath: new Map(talks.map((t) => [t.path, t])), eventBySlug: new Map([["conf", event]]), seriesBySlug: new Map(),
    speakerBySlug: new Map(speakers.map((s) => [s.slug, s])), tagBySlug: new Map(), languageByCode: new Map(), yearByNumber: new Map(),
    newest: [...talks].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.path.localeCompare(b.path)).map((t) => t.path), related: new Map(), pageTitles: new Map(), unpublished: 0, skipped: [],
  };
}

const speaker = (slug: string, otherSlugs: string[], talks: string[]): Speaker => ({ slug, name: slug, spellings: [slug], otherSlugs, talks });

test("event feeds list talks newest first, and talks without speakers get pyvideo.org's unknown-speaker feed", () => {
  const talks = [talk("conf/a", "2020-01-01", []), talk("conf/b", "2020-01-03", ["ann"]), talk("conf/c", "2020-01-02", [])];
  const specs = feedSpecs(catalogOf(talks, [speaker("ann", [], ["conf/b"])]), ctx);
  assert.deepEqual(specs.find((s) => s.name === "event_conf")?.talks, ["conf/b", "conf/c", "conf/a"]);
  assert.deepEqual(specs.find((s) => s.name === "speaker_unknown")?.talks, ["conf/c", "conf/a"]);
  assert.deepEqual(specs.find((s) => s.name === "all-en")?.formats, ["atom"]);
});

test("an old spelling gets its own feed unless it is another speaker's slug", () => {
  const talks = [talk("conf/a", "2020-01-01", ["ann-2"]), talk("conf/b", "2020-01-02", ["ann"])];
  const specs = feedSpecs(catalogOf(talks, [speaker("ann", [], ["conf/b"]), speaker("ann-2", ["ann", "anne"], ["conf/a"])]), ctx);
  const names = specs.map((s) => s.name);
  assert.equal(new Set(names).size, names.length, "no feed twice");
  assert.deepEqual(specs.find((s) => s.name === "speaker_ann")?.talks, ["conf/b"], "ann keeps her own feed");
  assert.deepEqual(specs.find((s) => s.name === "speaker_anne")?.talks, ["conf/a"]);
});
