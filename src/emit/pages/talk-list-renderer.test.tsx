import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCatalog } from "../../catalog/build-catalog.js";
import { checkFolder } from "../../check/check-folder.js";
import { createContext } from "../../build/create-context.js";
import { makeSite } from "../../build/site.js";
import { SAMPLE_DATA_DIR } from "../../cli/data-dir.js";
import { buildAssets } from "../assets.js";
import { TalkList } from "./talk-list.js";
import { talkListRenderer } from "./talk-list-renderer.js";

test("the cached talk-list renderer writes exactly what TalkList writes, however often a talk is listed", async () => {
  const { repo } = await checkFolder(SAMPLE_DATA_DIR);
  const catalog = buildCatalog(repo);
  const ctx = createContext(makeSite("talkdex", "https://talks.example.org/"), buildAssets());
  const render = talkListRenderer(catalog, ctx);
  const all = catalog.talks.map((t) => t.path);
  const some = [...all].reverse().slice(0, 7);
  for (const talks of [all, some, all, [], ["no/such-talk"]]) assert.equal(String(render(talks)), String(<TalkList talks={talks} catalog={catalog} ctx={ctx} />));
});
