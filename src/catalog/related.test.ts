import { test } from "node:test";
import assert from "node:assert/strict";
import { readRepository } from "../load/repository.js";
import { buildCatalog } from "./build-catalog.js";
import { relatedTalkFinder } from "./related.js";
import { event, makeRepo, talk } from "../../test/helpers/fixture-repo.js";

test("related talks rank shared speakers over shared rare tags over series, newest first on ties", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2021/category.json": event("Conf 2021", { start_date: "2021-05-01", end_date: "2021-05-02" }),
    "conf-2020/videos/a.json": talk(1, { title: "Alpha", speakers: ["Ann"], tags: ["rare"] }),
    "conf-2020/videos/b.json": talk(2, { title: "Beta", speakers: ["Ann"], tags: [] }),
    "conf-2021/videos/c.json": talk(3, { title: "Gamma", speakers: ["Cy"], tags: ["rare"], recorded: "2021-05-01" }),
    "conf-2020/videos/d.json": talk(4, { title: "Delta", speakers: ["Di"], tags: ["rare"] }),
    "conf-2020/videos/e.json": talk(5, { title: "Epsilon", speakers: ["Ed"], tags: [] }),
  });
  t.after(repo.cleanup);
  const catalog = buildCatalog(await readRepository(repo.dir));
  const related = relatedTalkFinder(catalog);
  const alpha = catalog.talkByPath.get("conf-2020/alpha");
  assert.ok(alpha);
  // Beta: speaker (4); Gamma: rare tag (3) + series (1) = 4, newer, so first; Delta: tag (3); Epsilon: nothing.
  assert.deepEqual(related(alpha), ["conf-2021/gamma", "conf-2020/beta", "conf-2020/delta"]);
  assert.deepEqual(related(alpha, 1), ["conf-2021/gamma"]);
  const epsilon = catalog.talkByPath.get("conf-2020/epsilon");
  assert.ok(epsilon);
  assert.deepEqual(related(epsilon), [], "an unrelated talk has no related talks");
});

test("related talks of equal score come newest first, then by path, and a talk without a date last; a talk of the same event gets no series point", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2021/category.json": event("Conf 2021", { start_date: "2021-05-01", end_date: "2021-05-02" }),
    "conf-2020/videos/hub.json": talk(1, { title: "Hub", speakers: ["Hal"], tags: ["shared"], recorded: "2020-05-02" }),
    // Each shares the rare tag with Hub (3 points); the 2021 talks are of the same series (1 more).
    "conf-2020/videos/zeta.json": talk(2, { title: "Zeta", speakers: ["Zed"], tags: ["shared"], recorded: "2020-05-03" }),
    "conf-2020/videos/beta.json": talk(3, { title: "Beta", speakers: ["Bo"], tags: ["shared"], recorded: "2020-05-03" }),
    "conf-2020/videos/undated.json": talk(4, { title: "Undated", speakers: ["Una"], tags: ["shared"], recorded: undefined }),
    "conf-2020/videos/older.json": talk(5, { title: "Older", speakers: ["Ole"], tags: ["shared"], recorded: "2019-01-01" }),
    "conf-2021/videos/later.json": talk(6, { title: "Later", speakers: ["Lu"], tags: ["shared"], recorded: "2021-05-01" }),
    "conf-2021/videos/sooner.json": talk(7, { title: "Sooner", speakers: ["So"], tags: ["shared"], recorded: "2020-01-01" }),
  });
  t.after(repo.cleanup);
  const catalog = buildCatalog(await readRepository(repo.dir));
  const hub = catalog.talkByPath.get("conf-2020/hub");
  assert.ok(hub);
  // Series point: the 2021 talks (4 points) before the rest (3), each group newest first; equal
  // dates by path; the talk without a date last.
  const expected = ["conf-2021/later", "conf-2021/sooner", "conf-2020/beta", "conf-2020/zeta", "conf-2020/older", "conf-2020/undated"];
  assert.deepEqual(relatedTalkFinder(catalog)(hub, 10), expected);
  // The same whatever order the catalog lists its talks in.
  assert.deepEqual(relatedTalkFinder({ ...catalog, talks: [...catalog.talks].reverse() })(hub, 10), expected);
});
