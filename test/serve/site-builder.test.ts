import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SiteBuilder } from "../../src/build/site-builder.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";

const TALK_FILE = "pyriver-2023/videos/machine-learning-for-the-rest-of-us.json";
const TALK_PAGE = "pyriver-2023/machine-learning-for-the-rest-of-us.html";
const OTHER_FILE = "pyriver-2023/videos/rust-extensions-for-pythonistas.json";

async function sampleBuilder(t: TestContext): Promise<{ builder: SiteBuilder; data: string }> {
  const root = mkdtempSync(join(tmpdir(), "talkdex-site-builder-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, "data");
  cpSync(SAMPLE_DATA_DIR, data, { recursive: true });
  const builder = new SiteBuilder({ data, baseUrl: "http://127.0.0.1:8000/" });
  await builder.build();
  return { builder, data };
}

function editJson(data: string, file: string, edit: (record: Record<string, unknown>) => void): void {
  const record = JSON.parse(readFileSync(join(data, file), "utf8")) as Record<string, unknown>;
  edit(record);
  writeFileSync(join(data, file), `${JSON.stringify(record, null, 2)}\n`);
}

test("a description edit renders again only the units that show the talk's description", async (t) => {
  const { builder, data } = await sampleBuilder(t);
  editJson(data, TALK_FILE, (r) => (r.description = "A new description for the incremental test."));
  let ready: string[] = [];
  const update = await builder.update([TALK_FILE], (output) => (ready = output.changed));
  assert.equal(update.applied, true);
  assert.deepEqual(ready, update.changed, "the pages to reload are known before the check");
  assert.ok(update.changed.includes(TALK_PAGE));
  assert.match(String(builder.files.get(TALK_PAGE)), /A new description for the incremental test\./);
  const by = new Map(update.emitters.map((e) => [e.name, e]));
  assert.equal(by.get("talkPages")?.rendered, 1, "only the talk's own page (related talks show no description)");
  assert.equal(by.get("eventPages")?.rendered, 0, "event pages list titles, not descriptions");
  assert.equal(by.get("searchIndex")?.rendered, 1);
  assert.ok(update.rendered <= 20, `${update.rendered} units rendered: ${JSON.stringify(update.emitters.filter((e) => e.rendered > 0))}`);
  assert.ok(update.changed.length < 40, `${update.changed.length} files changed`);
});

test("a title edit re-renders the lists that show it, not the whole site", async (t) => {
  const { builder, data } = await sampleBuilder(t);
  const total = builder.files.size;
  editJson(data, TALK_FILE, (r) => (r.title = "Machine learning for everybody else"));
  const update = await builder.update([TALK_FILE]);
  assert.equal(update.applied, true);
  assert.ok(update.changed.includes("pyriver-2023/machine-learning-for-everybody-else.html"));
  assert.ok(update.removed.includes(TALK_PAGE), "the old slug's page goes away");
  assert.ok(update.rendered < total / 4, `${update.rendered} units rendered for ${total} files`);
});

test("files saved with a broken one are applied once it is fixed, even if only the broken one is saved again", async (t) => {
  const { builder, data } = await sampleBuilder(t);
  const good = readFileSync(join(data, TALK_FILE), "utf8");
  editJson(data, OTHER_FILE, (r) => (r.description = "Saved in the same burst as a broken file."));
  writeFileSync(join(data, TALK_FILE), good.replace(/"title":/, '"title" '));
  const blocked = await builder.update([TALK_FILE, OTHER_FILE]);
  assert.equal(blocked.applied, false);
  assert.ok(blocked.diagnostics.some((d) => d.file === TALK_FILE && d.rule === "json-syntax"));
  writeFileSync(join(data, TALK_FILE), good);
  const fixed = await builder.update([TALK_FILE]);
  assert.equal(fixed.applied, true);
  assert.match(String(builder.files.get("pyriver-2023/rust-extensions-for-pythonistas.html")), /Saved in the same burst as a broken file\./);
});

test("a talkdex.json saved with a syntax error is not applied: the site keeps its settings", async (t) => {
  const { builder, data } = await sampleBuilder(t);
  const home = String(builder.files.get("index.html"));
  writeFileSync(join(data, "talkdex.json"), '{"siteName": "Broken"');
  const update = await builder.update(["talkdex.json"]);
  assert.equal(update.applied, false);
  assert.ok(update.diagnostics.some((d) => d.file === "talkdex.json" && d.rule === "json-syntax"));
  assert.equal(String(builder.files.get("index.html")), home);
});

test("the check after an update sees the bytes the update applied, even when the file is saved again meanwhile", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-site-builder-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, "data");
  cpSync(SAMPLE_DATA_DIR, data, { recursive: true });
  const builder = new SiteBuilder({ data, baseUrl: "http://127.0.0.1:8000/", checkInWorker: true });
  t.after(() => builder.close());
  await builder.build();
  const good = readFileSync(join(data, TALK_FILE), "utf8");
  writeFileSync(join(data, TALK_FILE), good.replace('"title": "', '"title": "Saved twice: '));
  // The next save (broken) lands once the site is updated and before the worker's check reads anything.
  const update = await builder.update([TALK_FILE], () => writeFileSync(join(data, TALK_FILE), good.replace('"duration": 1602,', '"duration": 1602')));
  assert.equal(update.applied, true);
  assert.deepEqual(update.diagnostics.filter((d) => d.file === TALK_FILE && d.severity === "error"), [], "the check read the applied version, not the newer broken one");
  const next = await builder.update([TALK_FILE]);
  assert.equal(next.applied, false, "the broken save is the next update's business");
  assert.ok(next.diagnostics.some((d) => d.file === TALK_FILE && d.rule === "json-syntax"));
});

test("a folder named alone stands for its files: moved out, moved back in, edited inside", async (t) => {
  const { builder, data } = await sampleBuilder(t);
  const away = join(data, "..", "pyriver-2023-away");
  renameSync(join(data, "pyriver-2023"), away);
  const gone = await builder.update(["pyriver-2023"]);
  assert.equal(gone.applied, true);
  assert.ok(gone.removed.includes(TALK_PAGE), "the moved-out event's talk page is gone");
  assert.equal(builder.files.get(TALK_PAGE), undefined);
  renameSync(away, join(data, "pyriver-2023"));
  const back = await builder.update(["pyriver-2023"]);
  assert.equal(back.applied, true);
  assert.ok(back.changed.includes(TALK_PAGE), "the moved-in event's talk page is back");
  assert.match(String(builder.files.get(TALK_PAGE)), /machine-learning for the rest of us/i);
  // A file changed inside a folder named alone (as after a checkout) is read again.
  editJson(data, TALK_FILE, (r) => (r.description = "Described again inside a named folder."));
  const edited = await builder.update(["pyriver-2023"]);
  assert.ok(edited.changed.includes(TALK_PAGE));
  assert.match(String(builder.files.get(TALK_PAGE)), /Described again inside a named folder\./);
});
