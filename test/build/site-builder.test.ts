import { test } from "node:test";
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SiteBuilder } from "../../src/build/site-builder.js";
import { formatPyvideoJson } from "../../src/output/canonical-json.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";

const text = (b: SiteBuilder, path: string): string => {
  const content = b.files.get(path);
  assert.ok(content !== undefined, `${path} exists`);
  return typeof content === "string" ? content : Buffer.from(content).toString("utf8");
};

test("an edited talk changes its page and the pages that list it, and nothing unrelated", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/a.json": talk(1, { title: "First talk" }),
    "conf-2020/videos/b.json": talk(2, { title: "Second talk", speakers: ["Bo Other"], tags: [] }),
  });
  t.after(repo.cleanup);
  const builder = new SiteBuilder({ data: repo.dir });
  const first = await builder.build();
  assert.equal(first.applied, true);
  assert.ok(first.changed.includes("conf-2020/first-talk.html"));
  writeFileSync(join(repo.dir, "conf-2020/videos/a.json"), formatPyvideoJson(talk(1, { title: "First talk", description: "Now described." })));
  const update = await builder.update(["conf-2020/videos/a.json"]);
  assert.equal(update.applied, true);
  assert.ok(update.changed.includes("conf-2020/first-talk.html"));
  assert.ok(!update.changed.includes("conf-2020/second-talk.html"), "the other talk's page is unchanged");
  assert.match(text(builder, "conf-2020/first-talk.html"), /Now described\./);
});

test("a change that breaks a file keeps the last good site, and a deletion removes the talk's page", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/a.json": talk(1, { title: "First talk" }),
    "conf-2020/videos/b.json": talk(2, { title: "Second talk" }),
  });
  t.after(repo.cleanup);
  const builder = new SiteBuilder({ data: repo.dir });
  await builder.build();
  writeFileSync(join(repo.dir, "conf-2020/videos/a.json"), "{ not json");
  const broken = await builder.update(["conf-2020/videos/a.json"]);
  assert.equal(broken.applied, false);
  assert.ok(broken.diagnostics.some((d) => d.file === "conf-2020/videos/a.json" && d.severity === "error"));
  assert.ok(builder.files.has("conf-2020/first-talk.html"), "the last good page is still there");
  rmSync(join(repo.dir, "conf-2020/videos/a.json"));
  const deleted = await builder.update(["conf-2020/videos/a.json"]);
  assert.equal(deleted.applied, true);
  assert.ok(deleted.removed.includes("conf-2020/first-talk.html"));
  assert.ok(!builder.files.has("conf-2020/first-talk.html"));
});
