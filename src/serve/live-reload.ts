// Live reload over server-sent events: each open page subscribes with its own path; after an update
// only the pages whose file changed or went away are told to reload, and every page shows (or
// clears) the overlay listing the errors of the files being edited.

import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Diagnostic } from "../model/diagnostic.js";
import type { LiveHooks } from "./site-handler.js";
import { resolveSitePath } from "./site-path.js";

/** The URL of the event stream (`?path=` the page's own path). */
export const EVENTS_PATH = "/_talkdex/events";
/** The URL of the client script. */
export const CLIENT_PATH = "/_talkdex/live-reload.js";

/** What the overlay shows: where, what, and how to fix it. */
export interface OverlayState {
  /** False when the last change was not applied (the page shows the last good version). */
  applied: boolean;
  problems: Pick<Diagnostic, "file" | "line" | "column" | "rule" | "message" | "hint">[];
}

interface Subscriber {
  readonly res: ServerResponse;
  /** The site path of the page (undefined when its URL names no file). */
  readonly page: string | undefined;
}

/** The live-reload side of a running server: its routes, and what to tell open pages. */
export class LiveReload {
  readonly #subscribers = new Set<Subscriber>();
  // Changes on each server start, so pages that reconnect after a restart reload.
  readonly #serverId = randomUUID();
  readonly #heartbeat: NodeJS.Timeout;
  #overlay: OverlayState | undefined;

  constructor(
    readonly prefix: string,
    /** The bundled client script. */
    readonly script: string,
  ) {
    // A comment every 20 s keeps proxies and idle timeouts from closing quiet streams.
    this.#heartbeat = setInterval(() => this.#broadcast(": keep-alive\n\n"), 20_000);
    this.#heartbeat.unref();
  }

  /** Number of connected pages. */
  get connections(): number {
    return this.#subscribers.size;
  }

  /** The hooks the site handler calls. */
  hooks(): LiveHooks {
    return { route: (req, res) => this.#route(req, res), snippet: `<script src="${CLIENT_PATH}" defer></script>` };
  }

  /** Tells the pages whose file is in `changed` or `removed` to reload; returns how many were told. */
  reload(changed: readonly string[], removed: readonly string[]): number {
    const affected = new Set([...changed, ...removed]);
    let told = 0;
    for (const s of this.#subscribers) {
      if (s.page === undefined || !affected.has(s.page)) continue;
      s.res.write("event: reload\ndata: {}\n\n");
      told++;
    }
    return told;
  }

  /** Shows the overlay on every open page (or clears it with undefined). */
  overlay(state: OverlayState | undefined): void {
    if (state === undefined && this.#overlay === undefined) return;
    this.#overlay = state;
    this.#broadcast(overlayEvent(state));
  }

  /** Ends every stream. */
  close(): void {
    clearInterval(this.#heartbeat);
    for (const s of this.#subscribers) s.res.end();
    this.#subscribers.clear();
  }

  #broadcast(text: string): void {
    for (const s of this.#subscribers) s.res.write(text);
  }

  #route(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === CLIENT_PATH) {
      const body = Buffer.from(this.script);
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "content-length": String(body.length), "cache-control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    }
    if (url.pathname !== EVENTS_PATH) return false;
    const resolved = resolveSitePath(url.searchParams.get("path") ?? "/", this.prefix);
    const subscriber: Subscriber = { res, page: resolved.kind === "file" ? resolved.path : undefined };
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive" });
    if (req.method === "HEAD") {
      res.end();
      return true;
    }
    res.write(`retry: 1000\nevent: hello\ndata: ${JSON.stringify({ server: this.#serverId })}\n\n`);
    if (this.#overlay) res.write(overlayEvent(this.#overlay));
    this.#subscribers.add(subscriber);
    const drop = (): void => void this.#subscribers.delete(subscriber);
    req.on("close", drop);
    res.on("close", drop);
    return true;
  }
}

// JSON.stringify never emits a raw newline, so one `data:` line holds the whole message.
function overlayEvent(state: OverlayState | undefined): string {
  return state === undefined ? "event: ok\ndata: {}\n\n" : `event: problems\ndata: ${JSON.stringify(state)}\n\n`;
}
