// Runs a talkdex command in a fresh Node process and measures wall time and peak RSS.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Wall time, CPU time and peak memory of one run. */
export interface Measurement {
  ms: number;
  /**
   * CPU milliseconds (user + system, every thread) with GNU time, else NaN: the work a run did,
   * steadier than wall time on a shared machine whose speed drifts.
   */
  cpuMs: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
  /** What the command printed on stderr (GNU time's line included). */
  stderr: string;
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

// GNU time reports the peak RSS of the whole process tree reliably; without it, the process
// reports its own (preloaded bench/report-rss.mjs).
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Runs `node dist/bin/main.js ...args` (the bundled command, as installed) and measures wall time, CPU time and peak RSS. */
export function measureCli(args: string[]): Measurement {
  const node = [process.execPath, "--import", "./bench/report-rss.mjs", "dist/bin/main.js", ...args];
  const [command, ...rest] = GNU_TIME ? [GNU_TIME, "-f", "__TALKDEX_MAXRSS_KB__ %M __TALKDEX_CPU_S__ %U %S", ...node] : node;
  const started = process.hrtime.bigint();
  const child = spawnSync(command as string, rest, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, TZ: "UTC" },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const all = [...(child.stderr ?? "").matchAll(/__TALKDEX_MAXRSS_KB__ (\d+)/g)].map((m) => Number(m[1]));
  const cpu = /__TALKDEX_CPU_S__ ([\d.]+) ([\d.]+)/.exec(child.stderr ?? "");
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  return { ms, cpuMs, maxRssMb: all.length ? Math.max(...all) / 1024 : NaN, status: child.status, stdout: child.stdout ?? "", stderr: child.stderr ?? "" };
}

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
