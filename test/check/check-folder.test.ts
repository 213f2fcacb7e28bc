import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFolder } from "../../src/check/check-folder.js";
import { checkRepository } from "../../src/check/check-repository.js";
import { readRepository } from "../../src/load/repository.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";

test("checking with the worker thread gives exactly the diagnostics of an in-thread check", async () => {
  const repo = makeRepo({
    "c/category.json": event("C 2020", { extra: 1 }),
    "c/videos/a.json": talk(1, { duration: "1:00" }),
    "c/videos/b.json": `${JSON.stringify(talk(2), null, 4)}\n`,
    "c/videos/c.json": "{",
    "talkdex.json": '{"rules": {"format": "error"}}\n',
  });
  try {
    for (const dir of [repo.dir, SAMPLE_DATA_DIR]) {
      const parallel = await checkFolder(dir, { parallel: true });
      const serial = checkRepository(await readRepository(dir));
      assert.deepEqual(parallel.result, serial);
    }
    const { result } = await checkFolder(repo.dir, { parallel: true });
    assert.deepEqual([...new Set(result.diagnostics.map((d) => `${d.rule}:${d.severity}`))].sort(), ["format:error", "json-syntax:error", "schema:error"]);
  } finally {
    repo.cleanup();
  }
});
