import { test } from "node:test";
import assert from "node:assert/strict";
import { expandUnits } from "../../src/build/context.js";
import { createContext } from "../../src/build/create-context.js";
import { EMITTERS, SHOWS_RST } from "../../src/build/emitters.js";
import { makeSite } from "../../src/build/site.js";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { buildAssets } from "../../src/emit/assets.js";

// A build renders the other emitters before the check's worker has rendered the ReST texts: an
// emitter that shows ReST and is not in SHOWS_RST would render every text a second time.
test("exactly the emitters in SHOWS_RST ask for the HTML of ReST texts", async () => {
  const { repo } = await checkFolder(SAMPLE_DATA_DIR, { parallel: false });
  const catalog = buildCatalog(repo, { exclude: new Map() });
  const assets = buildAssets();
  for (const emit of EMITTERS) {
    const ctx = createContext(makeSite("talkdex", "https://talks.example.org/"), assets);
    let asked = 0;
    const rst = ctx.rst.bind(ctx);
    ctx.rst = (text) => (asked++, rst(text));
    for (const _ of expandUnits(emit(catalog, ctx), catalog));
    assert.equal(asked > 0, SHOWS_RST.has(emit), `${emit.name}: ${asked} ReST texts`);
  }
  assert.ok(SHOWS_RST.size >= 2);
});
