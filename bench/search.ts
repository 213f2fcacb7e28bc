// Search benchmark: builds the snapshot site (or takes a built one), serves it on 127.0.0.1 and
// runs the same search session in headless Chromium against talkdex's index and Pagefind's
// (indexed from the same pages), printing both side by side with the index build times.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { removeLater } from "./cleanup.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveStatic } from "../test/helpers/static-server.js";
import { memoryIndex } from "../test/search/snapshot-engine.js";
import { median } from "./measure.js";
import { firstTyped, PAGEFIND_PAGE, runSession, type SessionFigures } from "./search-session.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";

/** A typical session: one query, then two more typed letter by letter. */
export const SESSION = ["django rest framework", "machine learning", "leticia portella"] as const;

/** Figures of one engine. */
export interface EngineFigures extends SessionFigures {
  /** ms after the last key when the first query is typed letter by letter into a cold page. */
  firstTyped: number;
  /** Index build time, ms (talkdex: the emitter in process; Pagefind: its CLI run). */
  indexMs: number;
  /** CPU time of the talkdex index build (steadier than wall time on a shared machine). */
  indexCpuMs?: number;
  indexFiles?: number;
}

/** Both engines' figures. */
export interface SearchBench {
  talkdex: EngineFigures;
  pagefind?: EngineFigures;
}

/** Runs the search benchmark on `data` (building it into a temporary folder) or on an already built `site`. */
export async function benchSearch(options: { data: string; site?: string; pagefind?: boolean }): Promise<SearchBench> {
  const temp = mkdtempSync(join(tmpdir(), "talkdex-search-bench-"));
  const site = options.site ?? join(temp, "site");
  try {
    if (!options.site) run(process.execPath, ["--import", "tsx", "src/cli/main.ts", "build", "--data", options.data, "--out", site]);
    const index = await memoryIndex(options.data);
    const again = await memoryIndex(options.data);
    const indexMs = Math.min(index.buildMs, again.buildMs);
    const indexCpuMs = Math.min(index.buildCpuMs, again.buildCpuMs);
    let pagefindMs: number | undefined;
    const pagefindBin = options.pagefind === false ? undefined : pagefindBinary();
    if (pagefindBin) {
      const started = performance.now();
      run(pagefindBin, ["--site", site, "--output-subdir", "pagefind"]);
      pagefindMs = performance.now() - started;
      writeFileSync(join(site, "pagefind-bench.html"), PAGEFIND_PAGE);
    }
    const server = await serveStatic(site);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    try {
      const [first = ""] = SESSION;
      const talkdex = {
        ...(await runSession(browser, "talkdex", site, server.url, SESSION)),
        firstTyped: await firstTyped(browser, "talkdex", server.url, first),
        indexMs,
        indexCpuMs,
        indexFiles: index.files.size,
      };
      const pagefindFiles = pagefindMs === undefined ? 0 : readdirSync(join(site, "pagefind"), { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length;
      const pagefind =
        pagefindMs === undefined
          ? undefined
          : {
              ...(await runSession(browser, "pagefind", site, server.url, SESSION)),
              firstTyped: await firstTyped(browser, "pagefind", server.url, first),
              indexMs: pagefindMs,
              indexFiles: pagefindFiles,
            };
      return pagefind ? { talkdex, pagefind } : { talkdex };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (options.site) for (const f of ["pagefind-bench.html", "pagefind"]) rmSync(join(options.site, f), { recursive: true, force: true });
    removeLater(temp);
  }
}

// Pagefind is not a dependency: its npm package lists binaries for every platform, which a registry
// mirror serving only some of them turns into an `npm ci` failure. The bench installs it on first
// use into node_modules/.cache (a normal npm install from the registry) and skips it when it cannot.
const PAGEFIND = "pagefind@1.6.0";
function pagefindBinary(): string | undefined {
  const dir = join(ROOT, "node_modules", ".cache", "talkdex-bench-pagefind");
  const bin = join(dir, "node_modules", ".bin", "pagefind");
  if (existsSync(bin)) return bin;
  const npm = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, PAGEFIND], { stdio: "ignore" });
  if (npm.status === 0 && existsSync(bin)) return bin;
  console.log(`search bench: could not install ${PAGEFIND} (npm exit ${npm.status}); the Pagefind comparison is skipped.`);
  return undefined;
}

function run(command: string, args: string[]): void {
  const child = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, TZ: "UTC" } });
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${child.stderr}${child.stdout}`);
}

/** The figures as the bench prints them, talkdex beside Pagefind, with the targets. */
export function formatSearchBench(b: SearchBench): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  const p = b.pagefind;
  const row = (label: string, t: string, f: string | undefined, target: string): string => `  ${label.padEnd(30)}${t.padStart(16)}${(f ?? "–").padStart(16)}   ${target}`;
  const keys = (s: SessionFigures): string => `${ms(median(s.keystrokes))} / ${ms(Math.max(...s.keystrokes))}`;
  return [
    `search  session: ${SESSION.map((q) => `"${q}"`).join(", ")} (the first pasted, then letter by letter 60 ms apart); Chromium, cold cache, 127.0.0.1`,
    `  ${"".padEnd(30)}${"talkdex".padStart(16)}${"Pagefind".padStart(16)}`,
    row("first results, query pasted", ms(b.talkdex.firstResults), p && ms(p.firstResults), "target ≤ 100 ms"),
    row("first results, query typed", ms(b.talkdex.firstTyped), p && ms(p.firstTyped), "after its last key (120 ms a key), cold page"),
    row("later keystroke median / max", keys(b.talkdex), p && keys(p), "target ≤ 30 ms"),
    row("session transfer (gzip)", kb(b.talkdex.gzipBytes), p && kb(p.gzipBytes), "target ≤ 250 KB"),
    row("  of which search files", kb(b.talkdex.searchGzipBytes), p && kb(p.searchGzipBytes), ""),
    row("requests", String(b.talkdex.requests), p && String(p.requests), ""),
    row("index build", ms(b.talkdex.indexMs), p && ms(p.indexMs), `target ≤ 3000 ms (talkdex: the emitter alone, ${ms(b.talkdex.indexCpuMs ?? NaN)} CPU; Pagefind: its CLI)`),
    row("index files", String(b.talkdex.indexFiles ?? "?"), p && String(p.indexFiles ?? "?"), ""),
  ].join("\n");
}

// `node --import tsx bench/search.ts [data folder] [built site]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = process.argv[2] ?? fileURLToPath(new URL("../../shared/pyvideo-data", import.meta.url));
  console.log(formatSearchBench(await benchSearch({ data, site: process.argv[3] })));
}
