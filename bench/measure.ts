// Runs a talkdex command in a fresh Node process and measures wall time and peak RSS.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Wall time and peak memory of one run. */
export interface Measurement {
  ms: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Runs `node dist/cli/main.js ...args` with an RSS reporter preloaded. */
export function measureCli(args: string[]): Measurement {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--import", "./bench/report-rss.mjs", "dist/cli/main.js", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, TZ: "UTC" },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /__TALKDEX_MAXRSS_KB__ (\d+)/.exec(child.stderr ?? "");
  return { ms, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, status: child.status, stdout: child.stdout ?? "" };
}

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
