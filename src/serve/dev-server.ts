// startServe(): the development server — builds the site into memory, serves it, watches the data
// folder and pushes each update to open pages. The CLI command wraps it; tests and the benchmark
// call it directly.

import { createServer } from "node:http";
import { SiteBuilder, type SiteUpdate } from "../build/site-builder.js";
import { bundleClientScript } from "./client-script.js";
import { afterUpdate, filesToUpdate, NO_EDITS, type EditState } from "./edit-state.js";
import { originFor } from "./host.js";
import { listen } from "./listen.js";
import { LiveReload } from "./live-reload.js";
import { firstBuildReport, formatDiagnostics, updateLine } from "./serve-report.js";
import { createSiteHandler } from "./site-handler.js";
import { createUpdateQueue } from "./update-queue.js";
import { watchData } from "./watcher.js";

/** What to serve, where, and where messages go. */
export interface ServeOptions {
  data: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8000; 0 picks a free port. */
  port?: number;
  /** The site's base URL (default: the served origin, so every link works locally). */
  baseUrl?: string;
  thumbnails?: "remote" | "placeholder";
  /** Messages for the terminal: progress and update lines (`out`), diagnostics and notices (`err`). */
  out?: (text: string) => void;
  err?: (text: string) => void;
  color?: boolean;
  /** Quiet time that ends a burst of changes (default 50 ms). */
  debounceMs?: number;
  /** How the data folder is watched (default "events", polling when that fails). */
  watch?: "events" | "poll";
  /** Told after every update with the data files it concerned and how many pages it reloaded (tests, benchmark). */
  onUpdate?: (files: readonly string[], update: SiteUpdate, reloaded: number) => void;
}

/** A running development server. */
export interface DevServer {
  /** The site's base URL. */
  readonly url: string;
  readonly port: number;
  readonly builder: SiteBuilder;
  /** Settles after the first build. */
  readonly ready: Promise<SiteUpdate>;
  /** Resolves when no update is running or waiting. */
  idle(): Promise<void>;
  /** Stops watching, ends the event streams and closes the server. */
  close(): Promise<void>;
}

/** Listens, then builds and watches; requests made during the first build wait for it. */
export async function startServe(options: ServeOptions): Promise<DevServer> {
  const out = options.out ?? (() => {});
  const err = options.err ?? (() => {});
  const host = options.host ?? "127.0.0.1";
  const clientScript = bundleClientScript();
  const httpServer = createServer();
  const port = await listen(httpServer, host, options.port ?? 8000);
  const url = options.baseUrl ?? `${originFor(host, port)}/`;
  const prefix = new URL(url).pathname.replace(/\/?$/, "/");
  const builder = new SiteBuilder({ data: options.data, baseUrl: url, thumbnails: options.thumbnails, checkInWorker: true });
  const live = new LiveReload(prefix, clientScript);
  let edits: EditState = NO_EDITS;

  const apply = async (batch: string[]): Promise<void> => {
    try {
      // SiteBuilder runs one build at a time: updates wait for the first build.
      await ready;
      const files = filesToUpdate(edits, batch);
      // Pages reload as soon as the site is up to date; the check of the data follows, and its
      // findings for the edited files go to the overlay and the terminal when it is done.
      let reloaded = 0;
      const update = await builder.update(files, (ready) => {
        reloaded = live.reload(ready.changed, ready.removed);
      });
      const outcome = afterUpdate(edits, files, update);
      edits = outcome.state;
      live.overlay(outcome.overlay);
      out(updateLine(files, update, reloaded, new Date()));
      if (outcome.diagnostics.length > 0) err(formatDiagnostics(outcome.diagnostics, options.color));
      options.onUpdate?.(files, update, reloaded);
    } catch (e) {
      err(`talkdex serve: the update failed (${e instanceof Error ? e.message : String(e)}); still serving the last good version.\n`);
    }
  };
  const queue = createUpdateQueue(apply);
  // Watch before building, so nothing saved during the first build is missed.
  const watcher = watchData({ root: options.data, onChange: (paths) => queue.push(paths), onNotice: (m) => err(`${m}\n`), debounceMs: options.debounceMs, mode: options.watch });
  const ready = builder.build().then((update) => {
    out(firstBuildReport(update, options.data, options.color));
    return update;
  });
  // Whoever awaits `ready` sees a failed first build; this keeps it from being an unhandled rejection meanwhile.
  ready.catch(() => {});
  httpServer.on("request", createSiteHandler({ files: () => builder.files, prefix, ready, live: live.hooks() }));

  return {
    url,
    port,
    builder,
    ready,
    idle: async () => {
      await ready;
      await queue.idle();
    },
    close: async () => {
      watcher.close();
      live.close();
      await builder.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}
