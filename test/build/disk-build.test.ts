import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { build } from "../../src/build/build.js";
import { checkFolder } from "../../src/check/check-folder.js";
import { mayReportErrors, RULES } from "../../src/check/registry.js";
import type { Rule } from "../../src/check/rule.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { readRepository } from "../../src/load/repository.js";
import { MemorySink } from "../../src/output/memory-sink.js";
import { listing } from "../helpers/site-files.js";
import { DiskSink, MANIFEST, stagingFolder, temporarySuffix, writingMark } from "../../src/output/disk-sink.js";
import { Pieces, type Content, type OutputFile } from "../../src/output/output-file.js";
import { formatPyvideoJson } from "../../src/output/canonical-json.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { prng } from "../helpers/prng.js";

function repoWithTwoEvents(): ReturnType<typeof makeRepo> {
  return makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/a.json": talk(1, { title: "First talk" }),
    "conf-2020/videos/b.json": talk(2, { title: "Second talk", speakers: ["Bo Other"], tags: ["other"] }),
    "meetup-2021/category.json": event("Meetup 2021", { start_date: "2021-01-01", end_date: "2021-01-01" }),
    "meetup-2021/videos/c.json": talk(3, { title: "Third talk", speakers: ["Cy Third"], tags: ["third"], recorded: "2021-01-01" }),
  });
}

test("a rebuild of unchanged data is answered from the manifest and touches nothing", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true })));
  const first = await build({ data: repo.dir, sink: new DiskSink(out) });
  assert.equal(first.upToDate, false);
  const mtime = statSync(join(out, "index.html")).mtimeMs;
  const manifest = readFileSync(join(out, MANIFEST), "utf8");
  const second = await build({ data: repo.dir, sink: new DiskSink(out) });
  assert.equal(second.upToDate, true);
  assert.equal(second.catalog, undefined, "nothing was rebuilt");
  assert.deepEqual(second.summary, first.summary);
  assert.deepEqual(second.diagnostics, first.diagnostics);
  assert.equal(second.stats?.files, first.stats?.files);
  assert.equal(second.stats?.written, 0);
  assert.equal(statSync(join(out, "index.html")).mtimeMs, mtime);
  assert.equal(readFileSync(join(out, MANIFEST), "utf8"), manifest);
  // Other options are another input: the site is rebuilt for them.
  const moved = await build({ data: repo.dir, sink: new DiskSink(out), baseUrl: "https://talks.example.org/" });
  assert.equal(moved.upToDate, false);
  assert.ok((moved.stats?.written ?? 0) > 0);
});

test("an edit rewrites only the files it changes, in place, and a deleted talk's files disappear", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true })));
  await build({ data: repo.dir, sink: new DiskSink(out) });
  const untouched = statSync(join(out, "meetup-2021", "third-talk.html"));
  writeFileSync(join(repo.dir, "conf-2020/videos/a.json"), formatPyvideoJson(talk(1, { title: "First talk", description: "Edited words." })));
  const edited = await build({ data: repo.dir, sink: new DiskSink(out) });
  assert.equal(edited.upToDate, false);
  assert.match(readFileSync(join(out, "conf-2020", "first-talk.html"), "utf8"), /Edited words\./);
  assert.ok((edited.stats?.written ?? 0) < (edited.stats?.files ?? 0) / 4, `only a few files rewritten (${edited.stats?.written})`);
  const after = statSync(join(out, "meetup-2021", "third-talk.html"));
  assert.equal(after.ino, untouched.ino, "an unrelated page is the same file, not a copy");
  assert.equal(after.mtimeMs, untouched.mtimeMs);
  assert.deepEqual(readdirSync(out).filter((n) => n.includes(".tmp") || n.startsWith(".site")), []);

  rmSync(join(repo.dir, "meetup-2021"), { recursive: true });
  const removed = await build({ data: repo.dir, sink: new DiskSink(out) });
  assert.ok((removed.stats?.removed ?? 0) > 0);
  assert.equal(existsSync(join(out, "meetup-2021", "third-talk.html")), false);
  assert.equal(existsSync(join(out, "meetup-2021")), false, "emptied folders are removed too");
  // The result equals a clean build of the same data.
  const clean = `${out}-clean`;
  t.after(() => rmSync(clean, { recursive: true, force: true }));
  await build({ data: repo.dir, sink: new DiskSink(clean) });
  assert.deepEqual(listing(out), listing(clean));
  for (const path of listing(clean)) if (path !== MANIFEST) assert.equal(readFileSync(join(out, path), "utf8"), readFileSync(join(clean, path), "utf8"), path);
});

test("an aborted write leaves the previous site exactly as it was, without temporary files", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true })));
  await build({ data: repo.dir, sink: new DiskSink(out) });
  const before = listing(out);
  const index = readFileSync(join(out, "index.html"), "utf8");
  const writer = new DiskSink(out).open();
  writer.add([
    { path: "index.html", content: "replaced" },
    { path: "new-folder/new.html", content: "new" },
  ]);
  assert.throws(() => writer.add([{ path: "index.html", content: "again" }]), /two output files have the path index\.html/);
  assert.throws(() => writer.add([{ path: "../escape.html", content: "x" }]), /outside the output folder/);
  await writer.abort();
  assert.equal(readFileSync(join(out, "index.html"), "utf8"), index);
  assert.deepEqual(listing(out), before, "no temporary or new file is left");
  assert.equal(existsSync(join(out, "new-folder")), false, "nor a folder made for a new file");

  // A first build that fails leaves no staging folder and no output.
  const fresh = `${out}-fresh`;
  const first = new DiskSink(fresh).open();
  first.add([{ path: "index.html", content: "x" }]);
  await first.abort();
  assert.equal(existsSync(fresh), false);
  assert.deepEqual(readdirSync(join(out, "..")).filter((n) => n.includes(".building-")), []);
});

test("the site and its manifest are the same whatever the number of writing threads", async (t) => {
  const repo = repoWithTwoEvents();
  const one = `${repo.dir}-one`;
  const three = `${repo.dir}-three`;
  t.after(() => (repo.cleanup(), rmSync(one, { recursive: true, force: true }), rmSync(three, { recursive: true, force: true })));
  const a = await build({ data: repo.dir, sink: new DiskSink(one, true, 1) });
  const b = await build({ data: repo.dir, sink: new DiskSink(three, true, 3) });
  assert.deepEqual(b.stats, a.stats);
  const files = listing(one);
  assert.deepEqual(listing(three), files);
  assert.ok(files.length > 20);
  for (const f of files) assert.ok(readFileSync(join(three, f)).equals(readFileSync(join(one, f))), f);
});


test("files of every size and kind are written byte for byte: texts with multi-byte characters, views into larger buffers, pieces, files larger than a batch", async (t) => {
  const out = join(tmpdir(), `talkdex-bytes-${process.pid}`);
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const arena = Buffer.from("0123456789".repeat(1000));
  const big = `${"é€😀 ".repeat(200_000)}end`; // ≈ 2.2 MB of UTF-8, more than a batch holds
  const files = [
    { path: "empty.txt", content: "" },
    { path: "ascii.html", content: "<p>plain</p>" },
    { path: "multi/bytes.html", content: "Ünïcödé — 日本語 😀" },
    { path: "view.bin", content: arena.subarray(5, 2005) },
    { path: "big/text.html", content: big },
    { path: "big/bytes.bin", content: Buffer.alloc(1_500_000, 7) },
    { path: "pieces/mixed.xml", content: new Pieces(["<feed>ü", arena.subarray(10, 20), "", Buffer.from("日本"), "</feed>"]) },
    { path: "pieces/none.xml", content: new Pieces([]) },
    { path: "pieces/big.xml", content: new Pieces([big, Buffer.alloc(300_000, 9), "€"]) },
    // Over a slot by the estimate (3 bytes per UTF-16 unit), within one measured exactly.
    { path: "pieces/two-byte.xml", content: new Pieces(["é".repeat(100_000), Buffer.from("!")]) },
    ...Array.from({ length: 300 }, (_, i) => ({ path: `many/f${i}.txt`, content: `file ${i} ${"x".repeat(i * 50)}` })),
  ];
  const writer = new DiskSink(out, true, 2).open();
  writer.add(files);
  const stats = await writer.commit(undefined);
  assert.equal(stats.files, files.length);
  for (const f of files) assert.ok(readFileSync(join(out, f.path)).equals(bytesOf(f.content)), f.path);
  assert.equal(stats.bytes, files.reduce((n, f) => n + bytesOf(f.content).byteLength, 0));
});

// A file's content as the bytes it should have on disk.
function bytesOf(content: Content): Buffer {
  return content instanceof Pieces ? Buffer.concat(content.parts.map((p) => Buffer.from(p))) : Buffer.from(content);
}

// Writes `files` through a sink of `slots` slots per writer, with one and with two writers (in two
// calls to add), and checks every file byte for byte.
async function writeThroughRing(out: string, files: readonly OutputFile[], slots: number, split: number): Promise<void> {
  for (const writers of [1, 2]) {
    rmSync(out, { recursive: true, force: true });
    const writer = new DiskSink(out, true, writers, slots).open();
    writer.add(files.slice(0, split));
    writer.add(files.slice(split));
    const stats = await writer.commit(undefined);
    assert.equal(stats.files, files.length);
    for (const f of files) assert.ok(readFileSync(join(out, f.path)).equals(bytesOf(f.content)), `${writers} writer(s): ${f.path}`);
  }
}
test("a batch's slot of shared memory is filled again only after its files are written", async (t) => {
  const out = join(tmpdir(), `talkdex-ring-${process.pid}`);
  t.after(() => rmSync(out, { recursive: true, force: true }));
  // Two slots per writer, thousands of batches (at most 64 files each), one file larger than a
  // slot in between: every slot is reused hundreds of times, the writer mostly behind.
  const files = Array.from({ length: 6000 }, (_, i) => ({
    path: `d${i % 7}/f${i}.txt`,
    content: i === 3000 ? Buffer.alloc(400_000, i % 251) : `${i} ${String(i).repeat(i % 40)} ✓`,
  }));
  await writeThroughRing(out, files, 2, 2500);
});

test("files larger than a slot take consecutive slots of the ring, wrapping around its end, or a buffer of their own when larger than the ring", async (t) => {
  const out = join(tmpdir(), `talkdex-ring-large-${process.pid}`);
  t.after(() => rmSync(out, { recursive: true, force: true }));
  // A ring of 4 slots (1 MB): sizes from a few bytes to past the ring, so that large files land at
  // every offset, wrap around, and follow one another before the writer is done with the last.
  const random = prng(11);
  const sizes = [300_000, 1_048_576, 700_000, 1_200_000, 262_144, 262_145, 5, 900_000];
  const files = Array.from({ length: 400 }, (_, i) => {
    const size = i % 3 === 0 ? (sizes[Math.floor(random() * sizes.length)] as number) : Math.floor(random() * 5000);
    const bytes = Buffer.alloc(size);
    for (let k = 0; k < size; k += 997) bytes[k] = (i * 31 + k) % 251;
    return { path: `d${i % 5}/f${i}.bin`, content: i % 2 === 0 ? bytes : new Pieces([bytes.subarray(0, size >> 1), bytes.subarray(size >> 1)]) };
  });
  await writeThroughRing(out, files, 4, 150);
});

test("an output path that is a file, or lies under one, is refused with a message saying which", async (t) => {
  const repo = repoWithTwoEvents();
  const file = `${repo.dir}-a-file`;
  writeFileSync(file, "not a folder");
  t.after(() => (repo.cleanup(), rmSync(file, { force: true })));
  await assert.rejects(build({ data: repo.dir, sink: new DiskSink(file) }), { name: "UserError", message: `The output folder ${file} is a file, not a folder.\nChoose another --out folder, or move the file away yourself.` });
  const under = join(file, "site", "deeper");
  await assert.rejects(build({ data: repo.dir, sink: new DiskSink(under) }), { name: "UserError", message: `The output folder ${under} cannot be made: ${file} is a file, not a folder.\nChoose another --out folder.` });
  assert.equal(readFileSync(file, "utf8"), "not a folder");
  // Before any work: the data folder is not even looked at.
  await assert.rejects(build({ data: join(repo.dir, "no-such-folder"), sink: new DiskSink(file) }), /is a file, not a folder/);
  // A folder whose parents do not exist yet is made.
  const fresh = join(`${repo.dir}-new`, "a", "site");
  t.after(() => rmSync(`${repo.dir}-new`, { recursive: true, force: true }));
  await build({ data: repo.dir, sink: new DiskSink(fresh) });
  assert.ok(existsSync(join(fresh, "index.html")));
});

test("when one writing thread fails, the files the others wrote are taken away and the site stays as it was", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true })));
  await build({ data: repo.dir, sink: new DiskSink(out) });
  const before = listing(out);
  const writer = new DiskSink(out, false, 2).open();
  // Two folders, two threads: the root's file is written; "index.html/" cannot be a folder.
  writer.add([
    { path: "index.html", content: "replaced" },
    { path: "index.html/inside.html", content: "x" },
  ]);
  await assert.rejects(writer.commit(undefined), (e: Error) => e.name === "UserError" && /^Writing the site into .* failed: .* — at index\.html\/inside\.html\.\n.*Nothing in that folder was changed\.$/.test(e.message));
  assert.deepEqual(listing(out), before, "no temporary file is left");
  assert.notEqual(readFileSync(join(out, "index.html"), "utf8"), "replaced");
});

// The id of a process that has ended, and one that runs until the test ends.
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  assert.ok(pid !== undefined && pid > 0);
  return pid;
}
function livePid(t: { after(fn: () => void): void }): number {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  t.after(() => child.kill());
  assert.ok(child.pid !== undefined);
  return child.pid;
}

test("what killed builds left beside the output (a staging folder, a site being swapped out) goes with the next build; a running build's stays", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  const [dead, live] = [deadPid(), livePid(t)];
  const leftovers = [stagingFolder(out, dead), `${stagingFolder(out, dead)}.old`];
  const kept = [stagingFolder(out, live), stagingFolder(`${out}-other`, dead), `${stagingFolder(out, dead)}-notes`];
  t.after(() => {
    repo.cleanup();
    for (const dir of [out, ...leftovers, ...kept]) rmSync(dir, { recursive: true, force: true });
  });
  for (const dir of [...leftovers, ...kept]) {
    mkdirSync(join(dir, "events"), { recursive: true });
    writeFileSync(join(dir, "events", "half-written.html"), "<p>");
  }
  await build({ data: repo.dir, sink: new DiskSink(out) });
  for (const dir of leftovers) assert.equal(existsSync(dir), false, dir);
  for (const dir of kept) assert.ok(existsSync(join(dir, "events", "half-written.html")), dir);
  assert.ok(existsSync(join(out, "index.html")));
});

test("the temporary files of a build killed while writing in place go with the next build, even one with nothing to do", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true })));
  await build({ data: repo.dir, sink: new DiskSink(out) });
  const site = listing(out);
  const [dead, live] = [deadPid(), livePid(t)];
  // What a killed in-place build leaves: its mark, files under temporary names (one in folders it made).
  writeFileSync(join(out, writingMark(dead)), "");
  writeFileSync(join(out, `index.html${temporarySuffix(dead)}`), "new home");
  mkdirSync(join(out, "new-event", "videos"), { recursive: true });
  writeFileSync(join(out, "new-event", "videos", `talk.html${temporarySuffix(dead)}`), "new talk");
  // A running build's are its own.
  writeFileSync(join(out, writingMark(live)), "");
  writeFileSync(join(out, `events.html${temporarySuffix(live)}`), "being written");
  const again = await build({ data: repo.dir, sink: new DiskSink(out) });
  assert.equal(again.upToDate, true);
  assert.deepEqual(listing(out), [...site, `events.html${temporarySuffix(live)}`, writingMark(live)].sort());
  assert.equal(existsSync(join(out, "new-event")), false, "the folders made for them are gone too");
  assert.notEqual(readFileSync(join(out, "index.html"), "utf8"), "new home");
});

test("a build stopped by its signal removes what it wrote and leaves the previous site as it was, cold or in place", async (t) => {
  const repo = repoWithTwoEvents();
  const out = `${repo.dir}-site`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true })));
  const stopped = async (): Promise<void> => {
    const controller = new AbortController();
    const reason = new Error("stop");
    // Stopped once the sink is open and files are on their way to it.
    const onProgress = (stage: string): void => {
      if (stage.startsWith("rendering")) setImmediate(() => controller.abort(reason));
    };
    await assert.rejects(build({ data: repo.dir, sink: new DiskSink(out), onProgress, signal: controller.signal }), (e) => e === reason);
  };
  // Cold: no site, and no staging folder beside where it would be.
  await stopped();
  assert.equal(existsSync(out), false);
  assert.deepEqual(readdirSync(dirname(out)).filter((n) => n.startsWith(`.${basename(out)}`)), []);
  // In place: the site of the data before the edit, file for file.
  await build({ data: repo.dir, sink: new DiskSink(out) });
  const before = new Map(listing(out).map((p) => [p, readFileSync(join(out, p), "utf8")]));
  writeFileSync(join(repo.dir, "conf-2020/videos/a.json"), formatPyvideoJson(talk(1, { title: "First talk", description: "Edited words." })));
  await stopped();
  assert.deepEqual(new Map(listing(out).map((p) => [p, readFileSync(join(out, p), "utf8")])), before);
  // An aborted signal stops a build before it starts.
  const aborted = AbortSignal.abort(new Error("before"));
  await assert.rejects(build({ data: repo.dir, sink: new DiskSink(`${out}-never`), signal: aborted }), /before/);
  assert.equal(existsSync(`${out}-never`), false);
});

test("the build reports what talkdex check reports and leaves out exactly the unreadable and schema-invalid records; --strict writes nothing", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/a.json": talk(1, { title: "Good talk", speakers: ["Ada Lovelace"], tags: ["Machine Learning"] }),
    "conf-2020/videos/b.json": '{ "title": "Broken", }',
    "conf-2020/videos/c.json": talk(3, { title: "Schema error", duration: "long" }),
    "conf-2020/videos/d.json": talk(4, { title: "Bad link and ReST", description: "See `docs`_.", related_urls: ["renpy"], speakers: ["ada lovelace"], tags: ["machine-learning"] }),
    "conf-2020/videos/f.json": `\ufeff${JSON.stringify(talk(6, { title: "With a byte order mark" }), null, 2)}\n`,
    "other-2021/category.json": event("Other 2021"),
    "other-2021/videos/e.json": talk(5, { title: "Recorded is a number", recorded: 42 }),
    "talkdex.json": { rules: { url: "warning" } },
    "redirects.txt": "old/page.html conf-2020/good-talk.html\nnot a redirect\n",
  });
  const out = `${repo.dir}-site`;
  const strictOut = `${repo.dir}-strict`;
  t.after(() => (repo.cleanup(), rmSync(out, { recursive: true, force: true }), rmSync(strictOut, { recursive: true, force: true })));
  const { result } = await checkFolder(repo.dir, { parallel: false });
  // The late rules' and the reading's warnings are in the fixture too: a build's check worker runs them.
  for (const rule of ["speaker-variants", "tag-variants", "bom", "redirects"]) assert.ok(result.diagnostics.some((d) => d.rule === rule), `the fixture has a ${rule} finding`);
  for (const parallel of [true, false]) {
    rmSync(out, { recursive: true, force: true });
    const built = await build({ data: repo.dir, sink: new DiskSink(out), parallel });
    assert.deepEqual(built.diagnostics, result.diagnostics, `parallel: ${parallel}`);
    assert.deepEqual(built.summary.skipped.map((s) => s.file).sort(), ["conf-2020/videos/b.json", "conf-2020/videos/c.json", "other-2021/videos/e.json"]);
  }
  const rules = new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule));
  for (const rule of ["json-syntax", "schema", "rst"]) assert.ok(rules.has(rule), `the fixture has a ${rule} error`);
  assert.ok(result.diagnostics.some((d) => d.rule === "url" && d.severity === "warning"), "talkdex.json's severities apply");
  assert.ok(existsSync(join(out, "conf-2020/bad-link-and-rest.html")), "a record with non-fatal errors is built");

  const strict = await build({ data: repo.dir, sink: new DiskSink(strictOut), strict: true });
  assert.deepEqual(strict.diagnostics, result.diagnostics);
  assert.equal(strict.stats, undefined);
  assert.equal(existsSync(strictOut), false, "--strict wrote nothing");
});

test("a build without warnings reports exactly the errors of the whole check, and runs no rule that can only warn", async (t) => {
  const repo = makeRepo({
    "conf-2020/category.json": event("Conf 2020"),
    "conf-2020/videos/a.json": talk(1, { title: "Good talk", speakers: ["Ada Lovelace"], tags: ["Machine Learning"] }),
    "conf-2020/videos/b.json": `${JSON.stringify(talk(2, { title: "Not in the canonical form", speakers: ["ada lovelace"], tags: ["machine-learning"] }), null, 4)}\n`,
    "conf-2020/videos/c.json": talk(3, { title: "Schema error", duration: "long" }),
    "conf-2020/videos/d.json": talk(4, { title: "Bad link and ReST", description: "See `docs`_.", related_urls: ["renpy"] }),
    "orphan-2021/videos/e.json": talk(5, { title: "An event folder without category.json" }),
    "NO_PUBLISH.json": { ids: [1] },
    // A warning made an error, an error made a warning: the settings decide what is an error.
    "talkdex.json": { rules: { format: "error", url: "warning" } },
  });
  t.after(() => repo.cleanup());
  const { result } = await checkFolder(repo.dir, { parallel: false });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const rules = (severity: string): string[] => [...new Set(result.diagnostics.filter((d) => d.severity === severity).map((d) => d.rule))].sort();
  // Error findings of rules whose default is a warning (layout, no-publish), a warning made an error,
  // and warnings of every kind (including an error rule set to warn) that a build without warnings leaves out.
  assert.deepEqual(rules("error"), ["format", "layout", "no-publish", "rst", "schema"]);
  for (const rule of ["speaker-variants", "tag-variants", "url"]) assert.ok(rules("warning").includes(rule), `the fixture has a ${rule} warning`);
  for (const parallel of [true, false]) {
    const built = await build({ data: repo.dir, sink: new MemorySink(), parallel, warnings: false });
    assert.deepEqual(built.diagnostics, errors, `parallel: ${parallel}`);
  }
  // Every error of the fixture and of the bundled sample comes from a rule that says it can report one.
  const sample = await checkFolder(SAMPLE_DATA_DIR, { parallel: false });
  for (const [config, diagnostics] of [[repo.dir, result.diagnostics], [SAMPLE_DATA_DIR, sample.result.diagnostics]] as const) {
    const settings = (await readRepository(config)).config.rules;
    for (const d of diagnostics) if (d.severity === "error") assert.ok(mayReportErrors(RULES.find((r) => r.id === d.rule) as Rule, settings), `${d.rule} reports errors`);
  }
});

test("which rules can report an error: their default severity, their error findings, or the repository's setting", () => {
  const rule = (severity: "error" | "warning", errorFindings?: boolean): Rule => ({ id: "r", severity, description: "", run: () => {}, ...(errorFindings ? { errorFindings } : {}) });
  assert.equal(mayReportErrors(rule("error"), {}), true);
  assert.equal(mayReportErrors(rule("warning"), {}), false);
  assert.equal(mayReportErrors(rule("warning", true), {}), true);
  assert.equal(mayReportErrors(rule("warning"), { r: "error" }), true);
  assert.equal(mayReportErrors(rule("error"), { r: "warning" }), false, "a setting replaces every finding's severity");
  assert.equal(mayReportErrors(rule("warning", true), { r: "warning" }), false);
  assert.equal(mayReportErrors(rule("error"), { r: "off" }), false);
});
