// The talkdex executable as a process: a build runs again in a child process with glibc's huge-page
// tunable (where the system has glibc and gives huge pages on request), whose exit status and
// signals are its own.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { relaunchEnv } from "../../src/cli/relaunch.js";
import { event, makeRepo, talk } from "../helpers/fixture-repo.js";
import { REPO_ROOT } from "../helpers/shared.js";

// Where this machine runs a build in a second process (the development VM and CI: Debian, glibc,
// transparent huge pages on request).
const RELAUNCHES = relaunchEnv(["build"], {}, []) !== undefined;

// Preloaded into every process of the command (node passes its options on to the child): records
// each process's id, parent and tunables (not its worker threads', which load it too); with SLEEP set, the relaunched process then blocks.
const PRELOAD = `
import { appendFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
if (isMainThread) appendFileSync(process.env.RECORD, JSON.stringify({ pid: process.pid, ppid: process.ppid, tunables: process.env.GLIBC_TUNABLES ?? "" }) + "\\n");
if (isMainThread && process.env.SLEEP && (process.env.GLIBC_TUNABLES ?? "").includes("hugetlb")) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
`;

interface ProcessRecord {
  pid: number;
  ppid: number;
  tunables: string;
}

function cli(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const preload = join(dir, "preload.mjs");
  writeFileSync(preload, PRELOAD);
  const record = join(dir, "processes.jsonl");
  const child = spawn(process.execPath, ["--import", "tsx", "--import", preload, "src/cli/main.ts", ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GLIBC_TUNABLES: "", ...env, RECORD: record },
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (out += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on("exit", (code, signal) => ok({ code, signal })));
  const records = (): ProcessRecord[] => (existsSync(record) ? readFileSync(record, "utf8").trim().split("\n").map((l) => JSON.parse(l) as ProcessRecord) : []);
  return { child, exited, records, output: () => out };
}

function repo() {
  return makeRepo({ "conf-2020/category.json": event("Conf 2020"), "conf-2020/videos/a.json": talk(1), "conf-2020/videos/b.json": talk(2) });
}

test("a build runs again in a child process with glibc.malloc.hugetlb=1, and its exit status is the command's", { skip: RELAUNCHES ? false : "this system has no glibc with transparent huge pages on request: builds run in one process" }, async (t) => {
  const data = repo();
  const dir = mkdtempSync(join(tmpdir(), "talkdex-relaunch-"));
  t.after(() => {
    data.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const ok = cli(dir, ["build", "--data", data.dir, "--out", join(dir, "site")]);
  assert.deepEqual(await ok.exited, { code: 0, signal: null }, ok.output());
  const [parent, child, ...more] = ok.records();
  assert.equal(more.length, 0);
  assert.equal(parent?.tunables, "");
  assert.equal(child?.ppid, parent?.pid);
  assert.equal(child?.tunables, "glibc.malloc.hugetlb=1");
  assert.ok(existsSync(join(dir, "site", "conf-2020", "testing-talk-1.html")));
  assert.match(ok.output(), /Built \d+ files/);

  // A record that fails validation: the child's exit status 1 is the command's.
  writeFileSync(join(data.dir, "conf-2020/videos/b.json"), "{ not json");
  rmSync(join(dir, "processes.jsonl"));
  const failed = cli(dir, ["build", "--data", data.dir, "--out", join(dir, "site")]);
  assert.deepEqual(await failed.exited, { code: 1, signal: null }, failed.output());
  assert.equal(failed.records().length, 2);
  assert.match(failed.output(), /conf-2020\/videos\/b\.json/);
});

test("the tunable already set, or another command: one process", async (t) => {
  const data = repo();
  const dir = mkdtempSync(join(tmpdir(), "talkdex-relaunch-"));
  t.after(() => {
    data.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const set = cli(dir, ["build", "--data", data.dir, "--out", join(dir, "site")], { GLIBC_TUNABLES: "glibc.malloc.hugetlb=0" });
  assert.deepEqual(await set.exited, { code: 0, signal: null }, set.output());
  assert.deepEqual(set.records().map((r) => r.tunables), ["glibc.malloc.hugetlb=0"]);
  rmSync(join(dir, "processes.jsonl"));
  const check = cli(dir, ["check", "--data", data.dir]);
  assert.deepEqual(await check.exited, { code: 0, signal: null }, check.output());
  assert.equal(check.records().length, 1);
});

test("a signal sent to the command reaches the build's process, and the command ends by it", { skip: RELAUNCHES ? false : "builds run in one process here" }, async (t) => {
  const data = repo();
  const dir = mkdtempSync(join(tmpdir(), "talkdex-relaunch-"));
  const run = cli(dir, ["build", "--data", data.dir, "--out", join(dir, "site")], { SLEEP: "1" });
  t.after(() => {
    run.child.kill("SIGKILL");
    for (const r of run.records()) if (r.pid !== run.child.pid) alive(r.pid) && process.kill(r.pid, "SIGKILL");
    data.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  // The relaunched process records itself, then blocks.
  let records = run.records();
  for (let i = 0; i < 200 && records.length < 2; i++) {
    await new Promise((ok) => setTimeout(ok, 50));
    records = run.records();
  }
  const child = records[1];
  assert.ok(child && child.ppid === run.child.pid, JSON.stringify(records));
  run.child.kill("SIGTERM");
  assert.deepEqual(await run.exited, { code: null, signal: "SIGTERM" });
  for (let i = 0; i < 100 && alive(child.pid); i++) await new Promise((ok) => setTimeout(ok, 20));
  assert.equal(alive(child.pid), false, "the build's process is gone");
  assert.equal(existsSync(join(dir, "site")), false);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
