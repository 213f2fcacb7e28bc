// Browser-test harness: builds the sample into a temporary folder, serves it on 127.0.0.1, and
// opens pages in the system's headless Chromium with every request recorded and nothing leaving
// the machine (requests to other hosts are answered locally, so tests see them without the network).

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { build } from "../../src/build/build.js";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import type { ThumbnailMode } from "../../src/emit/pages/player.js";
import type { Catalog } from "../../src/model/catalog.js";
import { DiskSink } from "../../src/output/disk-sink.js";
import { serveStatic } from "../helpers/static-server.js";

/** The system Chromium the tests drive (installed from Debian in CI; never a downloaded browser). */
export const CHROMIUM = "/usr/bin/chromium";

/** Skip reason when Chromium is missing, else undefined. */
export const CHROMIUM_SKIP: string | undefined = existsSync(CHROMIUM)
  ? undefined
  : `${CHROMIUM} is absent: the browser tests are skipped (CI installs it with apt-get install chromium)`;

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A built and served sample site. */
export interface ServedSite {
  readonly url: string;
  readonly origin: string;
  readonly dir: string;
  readonly catalog: Catalog;
  /** Site paths of every HTML file built. */
  readonly pages: readonly string[];
  close(): Promise<void>;
}

/** Builds the sample into a temporary folder and serves it; `thumbnails: "placeholder"` rebuilds talk pages without remote pictures. */
export async function serveSample(options: { thumbnails?: ThumbnailMode } = {}): Promise<ServedSite> {
  const root = await mkdtemp(join(tmpdir(), "talkdex-browser-"));
  const dir = join(root, "site");
  await mkdir(dir);
  const server = await serveStatic(dir);
  const sink = new DiskSink(dir, true);
  const result = await build({ data: SAMPLE_DATA_DIR, sink, baseUrl: server.url, thumbnails: options.thumbnails });
  if (!result.stats || !result.catalog) throw new Error("the sample did not build");
  const pages = (await readdir(dir, { recursive: true })).map(String).filter((p) => p.endsWith(".html")).sort();
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    dir,
    catalog: result.catalog,
    pages,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Launches the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A page whose requests and console errors are recorded. */
export interface RecordedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL requested, in order. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** URLs requested from hosts other than the site's. */
  external(): string[];
}

// A 1×1 grey PNG answers image requests to other hosts.
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==", "base64");

/** Opens a new context and page; requests to other hosts are recorded and answered locally (`broken` hosts with 404). */
export async function openPage(browser: Browser, site: ServedSite, options: BrowserContextOptions & { brokenHosts?: readonly string[] } = {}): Promise<RecordedPage> {
  const { brokenHosts = [], ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === site.origin) return route.continue();
    if (brokenHosts.includes(url.hostname)) return route.fulfill({ status: 404, body: "" });
    if (request.resourceType() === "image") return route.fulfill({ status: 200, contentType: "image/png", body: PIXEL });
    if (request.resourceType() === "media") return route.fulfill({ status: 204, body: "" });
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><title>stub</title><p>stub player</p>" });
  });
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return {
    page,
    context,
    requests,
    errors,
    external: () => requests.filter((u) => !u.startsWith(`${site.origin}/`) && !u.startsWith("data:")),
  };
}

/** Runs `fn` over `items` with at most `limit` at a time (pages load in parallel tabs); results keep the order of `items`. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (id: number): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T, id);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, id) => worker(id)));
  return results;
}
