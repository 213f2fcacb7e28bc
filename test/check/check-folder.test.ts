import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFolder, checkFolderStaged } from "../../src/check/check-folder.js";
import { FATAL_RULES } from "../../src/check/registry.js";
import { checkRepository, createRunner } from "../../src/check/check-repository.js";
import { RULES } from "../../src/check/registry.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { readRepository } from "../../src/load/repository.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { PAGE_HEADER_LEVEL, renderRst } from "../../src/rst/index.js";
import { RstHtmlPacker, rstHtmlByText, rstHtmlText } from "../../src/check/rules/rst.js";
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
      for (const text of texts) {
        const html = withHtml.rstHtml?.get(text);
        assert.equal(html && rstHtmlText(html), renderRst(text, { initialHeaderLevel: PAGE_HEADER_LEVEL }).html, text);
      }
    }
    const { result } = await checkFolder(repo.dir, { parallel: true, rstHtml: true });
    assert.ok(result.diagnostics.some((d) => d.rule === "rst" && d.file === "c/videos/a.json"), "an unknown target is still reported");
  } finally {
    repo.cleanup();
  }
});

test("a staged check gives the errors that keep records out first, then exactly the whole check", async () => {
  const repo = makeRepo({
    "c/category.json": event("C 2020"),
    "c/videos/a.json": talk(1, { duration: "1:00", description: "Broken `link`_." }),
    "c/videos/b.json": talk(2, { speakers: "Ada" }),
    "c/videos/c.json": "{",
    "c/videos/d.json": '{"title": "x", "title": "y"}\n',
    "c/videos/e.json": talk(5, { description: "Fine *text*." }),
    // Not in the canonical form: the format rule reads the text, which the worker decodes again.
    "c/videos/f.json": `${JSON.stringify(talk(6), null, 4)}\n`,
  });
  try {
    for (const parallel of [true, false]) {
      const staged = await checkFolderStaged(repo.dir, { parallel, rstHtml: true });
      const result = await staged.result;
      assert.deepEqual(result, checkRepository(await readRepository(repo.dir)), `parallel: ${parallel}`);
      const fatal = result.diagnostics.filter((d) => FATAL_RULES.has(d.rule));
      assert.deepEqual(staged.fatal.filter((d) => FATAL_RULES.has(d.rule)), fatal, `parallel: ${parallel}`);
      assert.deepEqual([...new Set(fatal.map((d) => `${d.file} ${d.rule}`))].sort(), ["c/videos/a.json schema", "c/videos/b.json schema", "c/videos/c.json json-syntax", "c/videos/d.json duplicate-key"]);
      assert.ok(result.diagnostics.some((d) => d.rule === "rst" && d.file === "c/videos/a.json"), "the worker's later rules are in the result");
      assert.ok(result.diagnostics.some((d) => d.rule === "format" && d.file === "c/videos/f.json" && d.line > 1), "the rule reading the text ran, with positions");
    }
    const staged = await checkFolderStaged(repo.dir, { parallel: true, rstHtml: true });
    assert.ok((await staged.rest).rstHtml?.has("Fine *text*."));
  } finally {
    repo.cleanup();
  }
});

test("a runner detached from its repository finishes with the same result and no longer holds the repository", async () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  let repo: Awaited<ReturnType<typeof readRepository>> | undefined = await readRepository(SAMPLE_DATA_DIR);
  const whole = checkRepository(repo);
  const end = ((read) => {
    const runner = createRunner(read);
    for (const rule of RULES) runner.run(rule);
    return runner.detach();
  })(repo);
  const held = new WeakRef(repo);
  repo = undefined;
  // A WeakRef keeps its target to the end of the current job.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.equal(held.deref(), undefined);
  end.add([]);
  assert.deepEqual(end.finish(), whole);
});

test("the ReST HTML a worker packs comes back whole, by text", () => {
  const packer = new RstHtmlPacker();
  const index = new Map<string, string>();
  const want = new Map<string, string>();
  // 3,000 texts of ≈ 1 KB, some two-byte and some with characters beyond the BMP.
  for (let i = 0; i < 3000; i++) {
    const html = `<p>text ${i} ${i % 3 === 0 ? "Łódź – “quoted” 🐍 " : ""}${"x".repeat(1100)}</p>\n`;
    packer.add(`e/videos/t${i}.json`, i % 2 ? "summary" : "description", html);
    index.set(`e/videos/t${i}.json\0${i % 2 ? "summary" : "description"}`, `source ${i}`);
    want.set(`source ${i}`, html);
  }
  index.delete("e/videos/t7.json\0summary");
  want.delete("source 7");
  const pack = packer.pack();
  assert.ok(pack.html.buffer.byteLength >= 3 * 1024 * 1024);
  const byText = rstHtmlByText(pack, index);
  assert.equal(byText.size, 2999, "a text the receiving thread does not have is left out");
  for (const [text, html] of want) assert.equal(rstHtmlText(byText.get(text) as Uint8Array), html);
});
