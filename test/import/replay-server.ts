// A local HTTP server (127.0.0.1, ephemeral port) that replays recorded API responses, with faults on demand.

import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/shared.js";

/** Where the recorded responses are. */
export const IMPORT_FIXTURES = join(REPO_ROOT, "test/fixtures/import");

/** One answer: a status, headers, a body (or a fixture file), and an optional delay before answering. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  fixture?: string;
  delayMs?: number;
}

/** A route: which requests it answers, and its replies in order (the last one repeats). */
export interface Route {
  match: (url: URL, req: IncomingMessage) => boolean;
  replies: Reply[];
}

/** A running server. */
export interface ReplayServer {
  base: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Headers of every request, in order. */
  headers: IncomingMessage["headers"][];
  close(): Promise<void>;
}

/** Starts the server; unmatched requests get a 404 with a JSON body naming them. */
export async function startReplayServer(routes: Route[]): Promise<ReplayServer> {
  const requests: string[] = [];
  const headers: IncomingMessage["headers"][] = [];
  const used = new Map<Route, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(`${url.pathname}${url.search}`);
    headers.push(req.headers);
    const route = routes.find((r) => r.match(url, req));
    if (!route) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: `no route for ${url.pathname}` }));
      return;
    }
    const n = used.get(route) ?? 0;
    used.set(route, n + 1);
    const reply = route.replies[Math.min(n, route.replies.length - 1)] ?? {};
    const send = () => {
      if (res.destroyed) return;
      const body = reply.fixture !== undefined ? readFileSync(join(IMPORT_FIXTURES, reply.fixture)) : (reply.body ?? "");
      res.writeHead(reply.status ?? 200, { "content-type": "application/json; charset=utf-8", ...reply.headers }).end(body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route for one path (exact), optionally requiring query parameters. */
export function path(pathname: string, query: Record<string, string> = {}, ...replies: Reply[]): Route {
  return {
    match: (url) => url.pathname === pathname && Object.entries(query).every(([k, v]) => url.searchParams.get(k) === v),
    replies,
  };
}
