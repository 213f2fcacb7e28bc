import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { watchData, type WatcherOptions } from "../../src/serve/watcher.js";
import { formatPyvideoJson } from "../../src/output/canonical-json.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";

/** A watcher on a fresh fixture repository, with every batch it reports. */
function watched(t: TestContext, options: Partial<WatcherOptions> = {}): { dir: string; batches: string[][]; next(timeoutMs?: number): Promise<string[]> } {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/a.json": talk(1),
    "conf-2020/videos/b.json": talk(2),
    "meet-2021/category.json": event("Meet 2021"),
    "meet-2021/videos/c.json": talk(3),
    ".git/HEAD": "ref: refs/heads/main\n",
  });
  const batches: string[][] = [];
  const waiters: ((b: string[]) => void)[] = [];
  const w = watchData({
    root: repo.dir,
    debounceMs: 60,
    ...options,
    onChange: (paths) => {
      batches.push(paths);
      waiters.shift()?.(paths);
    },
  });
  t.after(() => {
    w.close();
    repo.cleanup();
  });
  const next = (timeoutMs = 3000): Promise<string[]> =>
    Promise.race([new Promise<string[]>((ok) => waiters.push(ok)), sleep(timeoutMs).then(() => assert.fail(`no change reported within ${timeoutMs} ms`))]);
  return { dir: repo.dir, batches, next };
}

const json = (n: number, extra: Record<string, unknown> = {}): string => formatPyvideoJson(talk(n, extra));

test("one edit is reported once, after the burst ends", async (t) => {
  const w = watched(t);
  const batch = w.next();
  writeFileSync(join(w.dir, "conf-2020/videos/a.json"), json(1, { description: "Edited." }));
  writeFileSync(join(w.dir, "conf-2020/videos/a.json"), json(1, { description: "Edited again." }));
  assert.deepEqual(await batch, ["conf-2020/videos/a.json"]);
  await sleep(250);
  assert.equal(w.batches.length, 1, "no second report for the same burst");
});

test("an editor's atomic save (temporary file renamed over the original) reports only the real file", async (t) => {
  const w = watched(t);
  const batch = w.next();
  const videos = join(w.dir, "conf-2020/videos");
  // vim's write test and swap file, then a temp-and-rename save as VS Code, Emacs and others do.
  writeFileSync(join(videos, "4913"), "");
  rmSync(join(videos, "4913"));
  writeFileSync(join(videos, ".a.json.swp"), "swap");
  writeFileSync(join(videos, "a.json.tmp"), json(1, { description: "Saved atomically." }));
  renameSync(join(videos, "a.json.tmp"), join(videos, "a.json"));
  writeFileSync(join(videos, "a.json~"), "backup");
  writeFileSync(join(videos, ".#a.json"), "lock");
  assert.deepEqual(await batch, ["conf-2020/videos/a.json"]);
});

test("renaming a talk reports the old and the new path together", async (t) => {
  const w = watched(t);
  const batch = w.next();
  renameSync(join(w.dir, "conf-2020/videos/a.json"), join(w.dir, "conf-2020/videos/renamed.json"));
  assert.deepEqual(await batch, ["conf-2020/videos/a.json", "conf-2020/videos/renamed.json"]);
});

test("a burst of hundreds of files, as a git checkout writes them, is one batch; .git itself is ignored", async (t) => {
  const w = watched(t);
  const batch = w.next();
  mkdirSync(join(w.dir, "big-2022/videos"), { recursive: true });
  writeFileSync(join(w.dir, "big-2022/category.json"), formatPyvideoJson(event("Big 2022")));
  const expected = ["big-2022/category.json", "conf-2020/videos/b.json"];
  for (let i = 0; i < 300; i++) {
    writeFileSync(join(w.dir, `big-2022/videos/t${String(i).padStart(3, "0")}.json`), json(100 + i));
    expected.push(`big-2022/videos/t${String(i).padStart(3, "0")}.json`);
    writeFileSync(join(w.dir, ".git", `obj${i}`), "x");
  }
  writeFileSync(join(w.dir, "conf-2020/videos/b.json"), json(2, { title: "Changed by the checkout" }));
  rmSync(join(w.dir, "meet-2021"), { recursive: true });
  expected.push("meet-2021/category.json", "meet-2021/videos/c.json");
  assert.deepEqual(await batch, expected.sort());
  await sleep(250);
  assert.equal(w.batches.length, 1);
});

test("a whole event folder moved in, renamed and deleted is reported file by file", async (t) => {
  const w = watched(t);
  const outside = mkdtempSync(join(tmpdir(), "talkdex-event-"));
  t.after(() => rmSync(outside, { recursive: true, force: true }));
  mkdirSync(join(outside, "new-2023/videos"), { recursive: true });
  writeFileSync(join(outside, "new-2023/category.json"), formatPyvideoJson(event("New 2023")));
  writeFileSync(join(outside, "new-2023/videos/n.json"), json(9));
  let batch = w.next();
  renameSync(join(outside, "new-2023"), join(w.dir, "new-2023"));
  assert.deepEqual(await batch, ["new-2023/category.json", "new-2023/videos/n.json"]);
  batch = w.next();
  renameSync(join(w.dir, "new-2023"), join(w.dir, "newer-2023"));
  assert.deepEqual(await batch, ["new-2023/category.json", "new-2023/videos/n.json", "newer-2023/category.json", "newer-2023/videos/n.json"]);
  batch = w.next();
  writeFileSync(join(w.dir, "newer-2023/videos/m.json"), json(10));
  assert.deepEqual(await batch, ["newer-2023/videos/m.json"], "a renamed folder is still watched");
  batch = w.next();
  rmSync(join(w.dir, "newer-2023"), { recursive: true });
  assert.deepEqual(await batch, ["newer-2023/category.json", "newer-2023/videos/m.json", "newer-2023/videos/n.json"]);
});

test("the polling scan sees the same changes when the platform cannot watch", async (t) => {
  const w = watched(t, { mode: "poll", pollMs: 100 });
  const batch = w.next();
  writeFileSync(join(w.dir, "conf-2020/videos/b.json"), json(2, { description: "Polled, and longer than before." }));
  rmSync(join(w.dir, "conf-2020/videos/a.json"));
  writeFileSync(join(w.dir, "conf-2020/videos/a.json.tmp"), "temp");
  assert.deepEqual(await batch, ["conf-2020/videos/a.json", "conf-2020/videos/b.json"]);
});
