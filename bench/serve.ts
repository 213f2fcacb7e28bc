// Benchmark of `talkdex serve` on a temporary copy of ../shared/pyvideo-data: start → first page,
// one talk's description edited → reload event, and memory over N edits.
// Run: node --expose-gc --import tsx bench/serve.ts [edits]   (default 20 edits)

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { removeLater } from "./cleanup.js";
import { get, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SiteUpdate } from "../src/build/site-builder.js";
import { startServe } from "../src/serve/dev-server.js";

/** What to measure. */
export interface ServeBenchOptions {
  /** The data to copy (default ../shared/pyvideo-data; never written to). */
  data?: string;
  /** Description edits after the first (warm-up) one (the target is about 1,000). */
  edits?: number;
  /** The talk file edited, relative to the data (default: the first talk of the first event). */
  talk?: string;
  log?: (line: string) => void;
}

/** The figures. */
export interface ServeBenchResult {
  talks: number;
  /** startServe() called → home page fully received. */
  firstPageMs: number;
  /** The first build inside that (SiteBuilder.build). */
  coldBuildMs: number;
  /** Each edit: file written → reload event received by the talk's page. */
  reloadMs: number[];
  /** Each edit: time inside SiteBuilder.update. */
  updateMs: number[];
  /** RSS after the warm-up edit and after the last edit (after a GC when --expose-gc is on). */
  rssStartMb: number;
  rssEndMb: number;
  /** RSS after every tenth of the edits: the heap grows to a plateau first, then should stay flat. */
  rssSamplesMb: number[];
  /** The main thread's heap in use after a GC, at the same moments (RSS also holds the check worker's heap and freed pages not yet returned). */
  heapSamplesMb: number[];
}

const SNAPSHOT = fileURLToPath(new URL("../../shared/pyvideo-data", import.meta.url));

/** Serves a copy of the data, edits one talk `edits` times and measures each step. */
export async function benchServe(options: ServeBenchOptions = {}): Promise<ServeBenchResult> {
  const source = options.data ?? SNAPSHOT;
  const log = options.log ?? (() => {});
  const root = mkdtempSync(join(tmpdir(), "talkdex-bench-serve-"));
  const data = join(root, "data");
  try {
    cpSync(source, data, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes(".git") });
    const talk = options.talk ?? firstTalk(data);
    const talkPath = join(data, talk);
    const original = JSON.parse(readFileSync(talkPath, "utf8")) as Record<string, unknown>;
    // Only the last update is kept: each holds every diagnostic of the data, and keeping them all
    // would be the benchmark's own memory growth.
    let last: SiteUpdate | undefined;
    let onUpdate: () => void = () => {};
    const started = performance.now();
    const server = await startServe({ data, port: 0, onUpdate: (_files, update) => ((last = update), onUpdate()) });
    try {
      await getText(server.port, "/");
      const firstPageMs = performance.now() - started;
      const coldBuildMs = (await server.ready).ms;
      log(`serve: first page after ${firstPageMs.toFixed(0)} ms (cold build ${coldBuildMs.toFixed(0)} ms)`);
      const talks = [...server.builder.files.keys()].filter((p) => p.startsWith("api/v1/talks/")).length;

      // The warm-up edit finds the talk's page: the one HTML page beside its event's folder that changed.
      const edit = async (n: number): Promise<SiteUpdate> => {
        const done = new Promise<void>((ok) => (onUpdate = ok));
        writeFileSync(talkPath, `${JSON.stringify({ ...original, description: `Benchmark edit number ${n}.` }, null, 2)}\n`);
        await done;
        if (!last) throw new Error("no update was reported");
        return last;
      };
      const warm = await edit(0);
      const page = warm.changed.find((p) => /^[^/]+\/[^/]+\.html$/.test(p) && !/^(events|series|speaker|speakers|language|archives|tag|latest|pages)\//.test(p));
      if (!page) throw new Error(`the warm-up edit of ${talk} changed no talk page (${warm.changed.slice(0, 5).join(", ")})`);
      const stream = await subscribe(server.port, `/${page}`);
      const rssStartMb = rss();
      const reloadMs: number[] = [];
      const updateMs: number[] = [];
      const rssSamplesMb: number[] = [];
      const heapSamplesMb: number[] = [];
      const edits = options.edits ?? 20;
      try {
        for (let n = 1; n <= edits; n++) {
          const reloaded = stream.nextReload();
          const t0 = performance.now();
          writeFileSync(talkPath, `${JSON.stringify({ ...original, description: `Benchmark edit number ${n}.` }, null, 2)}\n`);
          await reloaded;
          reloadMs.push(performance.now() - t0);
          await server.idle();
          updateMs.push(last?.ms ?? NaN);
          if (!(await getText(server.port, `/${page}`)).includes(`Benchmark edit number ${n}.`)) throw new Error(`edit ${n} is not on /${page}`);
          if (n % Math.max(1, Math.floor(edits / 10)) === 0) {
            rssSamplesMb.push(rss());
            heapSamplesMb.push(process.memoryUsage().heapUsed / 1e6);
          }
          if (n % 50 === 0) log(`serve: ${n} edits, last reload ${reloadMs[reloadMs.length - 1]?.toFixed(0)} ms, RSS ${rss().toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
        }
      } finally {
        stream.close();
      }
      return { talks, firstPageMs, coldBuildMs, reloadMs, updateMs, rssStartMb, rssEndMb: rss(), rssSamplesMb, heapSamplesMb };
    } finally {
      await server.close();
    }
  } finally {
    removeLater(root);
  }
}

/** One line of figures with the issue's targets. */
export function formatServeBench(r: ServeBenchResult): string {
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const max = (xs: number[]): number => Math.max(...xs);
  return (
    `serve   ${r.talks} talks | start → first page ${r.firstPageMs.toFixed(0)} ms (cold build ${r.coldBuildMs.toFixed(0)} ms; target ≤ cold build + 1000 ms) | ` +
    `edit → reload median ${median(r.reloadMs).toFixed(0)} ms, max ${max(r.reloadMs).toFixed(0)} ms (update ${median(r.updateMs).toFixed(0)} ms; target ≤ 300 ms) | ` +
    `RSS ${r.rssStartMb.toFixed(0)} → ${r.rssEndMb.toFixed(0)} MB over ${r.reloadMs.length} edits (samples ${r.rssSamplesMb.map((x) => x.toFixed(0)).join(", ")}); ` +
    `main heap after GC ${(r.heapSamplesMb[0] ?? NaN).toFixed(0)} → ${(r.heapSamplesMb[r.heapSamplesMb.length - 1] ?? NaN).toFixed(0)} MB (target ≤ 50 MB growth over 1,000)`
  );
}

function firstTalk(data: string): string {
  for (const event of readdirSync(data).sort()) {
    const videos = join(data, event, "videos");
    if (!existsSync(videos)) continue;
    const first = readdirSync(videos).filter((n) => n.endsWith(".json")).sort()[0];
    if (first) return `${event}/videos/${first}`;
  }
  throw new Error(`no talk in ${data}`);
}

function rss(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 1e6;
}

function getText(port: number, path: string): Promise<string> {
  return new Promise((ok, fail) => {
    get({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok(body));
    }).on("error", fail);
  });
}

// A page's event stream, reduced to "the next reload".
function subscribe(port: number, page: string): Promise<{ nextReload(): Promise<void>; close(): void }> {
  return new Promise((ok, fail) => {
    let waiting: (() => void) | undefined;
    const req = get({ host: "127.0.0.1", port, path: `/_talkdex/events?path=${encodeURIComponent(page)}`, agent: false }, (res: IncomingMessage) => {
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (chunk.includes("event: reload")) waiting?.();
      });
      ok({ nextReload: () => new Promise<void>((resolve) => (waiting = resolve)), close: () => req.destroy() });
    });
    req.on("error", fail);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(SNAPSHOT)) {
    console.log(`bench: ${SNAPSHOT} is absent; the serve benchmark runs on a copy of the pyvideo/data snapshot.`);
  } else {
    const edits = Number(process.argv[2] ?? 20);
    console.log(formatServeBench(await benchServe({ edits, log: (l) => console.log(l) })));
  }
}
