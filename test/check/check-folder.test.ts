import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFolder } from "../../src/check/check-folder.js";
import { checkRepository } from "../../src/check/check-repository.js";
import { readRepository } from "../../src/load/repository.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { PAGE_HEADER_LEVEL, renderRst } from "../../src/rst/index.js";
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

test("asked for it, the worker hands back the page HTML of every ReST text, from the same pass that checks them", async () => {
  const repo = makeRepo({
    "c/category.json": event("C 2020", { description: "An *event* description." }),
    "c/videos/a.json": talk(1, { description: "See `docs`_ and **this**.", summary: "Short *summary*." }),
    "c/videos/b.json": talk(2, { description: "Title\n=\n\nUnderline too short." }),
    "c/videos/c.json": talk(3, { description: "   " }),
  });
  try {
    for (const dir of [repo.dir, SAMPLE_DATA_DIR]) {
      const plain = await checkFolder(dir, { parallel: true });
      const withHtml = await checkFolder(dir, { parallel: true, rstHtml: true });
      assert.deepEqual(withHtml.result, plain.result, "the same findings");
      assert.equal(plain.rstHtml, undefined);
      const texts = plain.repo.events.flatMap((e) => [e.category, ...e.talks.map((t) => t.file)]).flatMap((f) => {
        const v = f?.value as Record<string, unknown> | undefined;
        return ["description", "summary"].map((k) => v?.[k]).filter((x): x is string => typeof x === "string" && x.trim() !== "");
      });
      assert.ok(texts.length >= 4);
      for (const text of texts) assert.equal(withHtml.rstHtml?.get(text), renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL }).html, text);
    }
    const { result } = await checkFolder(repo.dir, { parallel: true, rstHtml: true });
    assert.ok(result.diagnostics.some((d) => d.rule === "rst" && d.file === "c/videos/a.json"), "an unknown target is still reported");
  } finally {
    repo.cleanup();
  }
});
