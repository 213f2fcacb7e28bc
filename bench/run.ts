// `npm run bench`: prints talkdex's figures on ../shared/pyvideo-data (check time and peak RSS…).

import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { measureCli, median } from "./measure.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DATA = fileURLToPath(new URL("../../shared/pyvideo-data", import.meta.url));
const RUNS = 5;

if (!existsSync(DATA)) {
  console.log(`bench: ${DATA} is absent; the benchmarks run on the pyvideo/data snapshot in ../shared.`);
  process.exit(0);
}
console.log(`talkdex bench — ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
execFileSync(process.execPath, [fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });

// check: the whole snapshot, every rule, JSON output (what CI would parse).
const runs = Array.from({ length: RUNS }, () => measureCli(["check", "--data", DATA, "--format", "json"]));
const summary = JSON.parse(runs[0]?.stdout ?? "{}").summary as Record<string, number> | undefined;
console.log(
  `check   ${summary?.files ?? "?"} files, ${summary?.errors ?? "?"} errors, ${summary?.warnings ?? "?"} warnings | ` +
    `wall median ${median(runs.map((r) => r.ms)).toFixed(0)} ms (min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}) | ` +
    `peak RSS median ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB | targets ≤ 2000 ms, ≤ 400 MB`,
);
