// `npm run bench`: prints talkdex's figures on ../shared/pyvideo-data — check, ReST rendering and
// site build (cold and with nothing changed) — each CLI run in a fresh process with its peak RSS.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureCli, median, type Measurement } from "./measure.js";
import { benchServe, formatServeBench } from "./serve.js";
import { benchRst, collectTexts } from "./rst.js";
import { writeFloor } from "./write-floor.js";
import { removeAll, removeLater } from "./cleanup.js";
import { benchSearch, formatSearchBench } from "./search.js";
import { benchSearchScale, formatSearchScale } from "./search-synthetic.js";
import { bundleCli } from "../scripts/bundle-cli.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DATA = fileURLToPath(new URL("../../shared/pyvideo-data", import.meta.url));
const RUNS = 3;

if (!existsSync(DATA)) {
  console.log(`bench: ${DATA} is absent; the benchmarks run on the pyvideo/data snapshot in ../shared.`);
  process.exit(0);
}
console.log(`talkdex bench — ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
// What `npm run build` makes: tsc's output and the bundled command the figures are taken with.
execFileSync(process.execPath, [fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
await bundleCli(join(ROOT, "dist", "bin"));
const ms = (xs: number[]): string => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)})`;
const mb = (xs: number[]): string => `${median(xs).toFixed(0)} MB`;

// check: the whole snapshot, every rule, JSON output (what CI would parse).
const checks = Array.from({ length: RUNS }, () => measureCli(["check", "--data", DATA, "--format", "json"]));
const summary = JSON.parse(checks[0]?.stdout ?? "{}").summary as Record<string, number> | undefined;
console.log(
  `check   ${summary?.files ?? "?"} files, ${summary?.errors ?? "?"} errors, ${summary?.warnings ?? "?"} warnings | ` +
    `wall ${ms(checks.map((r) => r.ms))} | peak RSS ${mb(checks.map((r) => r.maxRssMb))} | targets ≤ 2000 ms, ≤ 400 MB`,
);

// rst: every description and summary, rendering only (reading excluded).
const rst = benchRst(collectTexts(`${DATA}/`), 3);
console.log(`rst     ${rst.documents} texts, ${(rst.characters / 1e6).toFixed(1)} M characters | ${ms(rst.passes)} | target ≤ 1000 ms`);

// build: cold into an empty folder, then again with nothing changed. Each cold build gets a new
// folder, after the disk has written back the last one: deleting 120,000 files just before (with
// this disk's online discard) made the next build wait on the disk for up to 30 s more.
const base = mkdtempSync(join(tmpdir(), "talkdex-bench-"));
removeLater(base);
const colds: Measurement[] = [];
const warms: Measurement[] = [];
let out = "";
for (let i = 0; i < RUNS; i++) {
  out = join(base, `site-${i}`);
  settleDisk();
  colds.push(buildInto(out));
  warms.push(buildInto(out));
}
const { files, bytes } = folderSize(out);
const largest = /Largest page: (.*)/.exec(colds[0]?.stdout ?? "")?.[1] ?? "?";
console.log(
  `build   ${files} files, ${(bytes / 1e6).toFixed(0)} MB, largest page ${largest} | cold ${ms(colds.map((r) => r.ms))}${colds.every((r) => Number.isFinite(r.cpuMs)) ? ` (CPU ${ms(colds.map((r) => r.cpuMs))})` : ""}, ` +
    `no-change ${ms(warms.map((r) => r.ms))} | peak RSS ${mb(colds.map((r) => r.maxRssMb))} | targets cold ≤ 8000 ms, no-change ≤ 2000 ms, ≤ 1500 MB, ≤ 600 MB output`,
);
// The disk's share: the same files written by a minimal one-thread writer (no rendering at all).
settleDisk();
const floor = writeFloor(out);
console.log(
  `        write floor: ${floor.files} files created by a bare writeFileSync loop in ${floor.ms.toFixed(0)} ms ` +
    `(user ${floor.userMs.toFixed(0)} ms, system ${floor.systemMs.toFixed(0)} ms) — the part of a cold build no generator avoids on this disk`,
);

// The generator without this disk: the same cold builds into memory (tmpfs), where the disk's state
// plays no part — its speed at creating files varies more than the VM's (a bare loop creating the
// site's files took 3.1 s in one session and 10.1 s in another) and hides what a change does.
const memory = memoryFolder();
if (memory) {
  const inMemory: Measurement[] = [];
  for (let i = 0; i < RUNS; i++) {
    const site = join(memory, `site-${i}`);
    inMemory.push(buildInto(site));
    // Memory, not disk: removed at once (tmpfs has no slow inode allocator to spare).
    rmSync(site, { recursive: true, force: true });
  }
  console.log(
    `        in memory (${dirname(memory)}, tmpfs): cold ${ms(inMemory.map((r) => r.ms))}${inMemory.every((r) => Number.isFinite(r.cpuMs)) ? ` (CPU ${ms(inMemory.map((r) => r.cpuMs))})` : ""} ` +
      `| peak RSS ${mb(inMemory.map((r) => r.maxRssMb))} — the generator without the disk`,
  );
} else console.log("        in memory: skipped (no tmpfs at /dev/shm)");

// search: talkdex's index beside Pagefind's on the same built site, then the 250,000-talk scale run.
console.log(formatSearchBench(await benchSearch({ data: DATA })));
console.log(formatSearchScale(await benchSearchScale()));

// serve: start on a copy of the snapshot, then 1,000 description edits of one talk (about a
// second each, mostly the check that follows every update; TALKDEX_BENCH_EDITS=50 for a quick run).
console.log(formatServeBench(await benchServe({ data: DATA, edits: Number(process.env.TALKDEX_BENCH_EDITS ?? 1000), log: (line) => console.log(line) })));
removeAll();

// One build of the snapshot through the CLI into `out`, measured. A run that did not build the site
// (a full disk, a crash) stops the bench: its time would be that of a failure, not of a build.
function buildInto(out: string): Measurement {
  const run = measureCli(["build", "--data", DATA, "--out", out]);
  if (!/^(Built|Up to date, nothing changed since the last build:) [\d,]+ files/m.test(run.stdout)) {
    const said = run.stderr.split("\n").filter((line) => line !== "" && !line.startsWith("__TALKDEX_"));
    console.error(`bench: the build into ${out} did not finish (exit status ${run.status}):\n${said.slice(-5).join("\n")}`);
    removeAll();
    process.exit(1);
  }
  return run;
}

// A new folder in /dev/shm when that is a tmpfs (removed when the bench ends), else undefined.
function memoryFolder(): string | undefined {
  let mounts = "";
  try {
    mounts = readFileSync("/proc/mounts", "utf8");
  } catch {
    return undefined;
  }
  if (!mounts.split("\n").some((line) => line.split(" ")[1] === "/dev/shm" && line.split(" ")[2] === "tmpfs")) return undefined;
  const folder = mkdtempSync("/dev/shm/talkdex-bench-");
  removeLater(folder);
  return folder;
}

// Flushes what earlier runs left to write back, so a run does not pay for the one before.
function settleDisk(): void {
  try {
    execFileSync("sync");
  } catch {
    // No sync(1): measure as is.
  }
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
