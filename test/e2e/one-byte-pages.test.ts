// Templates write no character above U+00FF: a page whose data is Latin-1 stays a one-byte string
// in V8 (a single "→" in a template made every talk page two bytes a character — twice the memory
// to join, encode and collect; see src/html/marks.ts).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { build } from "../../src/build/build.js";
import { createContext } from "../../src/build/create-context.js";
import { expandUnits } from "../../src/build/context.js";
import { makeSite } from "../../src/build/site.js";
import { buildAssets } from "../../src/emit/assets.js";
import { listPagesWith } from "../../src/emit/pages/list-pages.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { solid } from "../../src/output/output-file.js";
import type { Catalog } from "../../src/model/catalog.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";

// Latin-1 data: an event of three talks (previous and next links, a date range), with long
// descriptions (cut short in meta tags), several speakers and tags.
const long = "A long description of the talk that goes on and on about testing. ".repeat(8);
const repo = makeRepo({
  "pycon-test-2020/category.json": event("PyCon Test 2020"),
  "pycon-test-2020/videos/one.json": talk(1, { description: long, speakers: ["Zoë Example", "Ada Example"] }),
  "pycon-test-2020/videos/two.json": talk(2, { description: long, tags: ["testing", "web"] }),
  "pycon-test-2020/videos/three.json": talk(3, { summary: long, speakers: ["1st Speaker"] }),
});
after(repo.cleanup);

let sink: MemorySink;
let catalog: Catalog;
before(async () => {
  sink = new MemorySink();
  const result = await build({ data: repo.dir, sink });
  if (!result.catalog) throw new Error("a build into memory always builds the catalog");
  catalog = result.catalog;
});

// Each page's characters matched by `outside` (by default: those above U+00FF) but `except`, by path.
function wide(files: Iterable<[string, string | Uint8Array]>, outside = /[^\x00-\xff]/gu, except: readonly string[] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, content] of files) {
    if (!path.endsWith(".html")) continue;
    const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
    const chars = [...new Set(text.match(outside) ?? [])].filter((c) => !except.includes(c));
    if (chars.length > 0) out[path] = chars;
  }
  return out;
}

test("no page of Latin-1 data has a character above U+00FF", () => {
  const second = catalog.talks.find((t) => t.title === "Testing talk 2");
  assert.ok(second && sink.files.has(`${second.path}.html`));
  assert.match(sink.text(`${second.path}.html`), /rel="(prev|next)"[^>]*>&larr; Testing talk [13]<\/a>/);
  assert.match(sink.text("events/pycon-test-2020.html"), /1 May 2020 &ndash; 3 May 2020/);
  assert.deepEqual(wide([...sink.files].map(([p, c]) => [p, solid(c)])), {});
});

test("nor do paginated lists", () => {
  const ctx = createContext(makeSite("talkdex", "https://talks.example.org/"), buildAssets());
  const files = [...expandUnits(listPagesWith({ pageSize: 1, latestPages: 2 })(catalog, ctx), catalog)];
  const second = files.find((f) => f.path === "latest/2.html");
  assert.ok(second, "the latest talks run to a second page");
  assert.match(String(solid(second.content)), /<a rel="prev" href="[^"]*">&larr; Previous/);
  assert.deepEqual(wide(files.map((f) => [f.path, solid(f.content)])), {});
});

// Templates write ASCII alone (the middle dot of titles and links as `&middot;`): a page whose data
// is ASCII is ASCII, which V8 encodes as UTF-8 about ten times faster than a page with one character
// above U+007F. The only such character of this data is the "ë" of a speaker's name.
test("templates add no character above U+007F to a page", () => {
  assert.deepEqual(wide([...sink.files].map(([p, c]) => [p, solid(c)]), /[^\x00-\x7f]/gu, ["ë"]), {});
  assert.match(sink.text("events/pycon-test-2020.html"), /<title>PyCon Test 2020 &middot; talkdex<\/title>/);
});
