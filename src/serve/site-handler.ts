// The HTTP handler that serves a built site from memory: safe path resolution, content types,
// ETags, gzip, HEAD, the site's 404 page, and hooks for live reload while serving.

import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { contentType, isCompressible } from "./content-type.js";
import { resolveSitePath } from "./site-path.js";

const gzipAsync = promisify(gzip);

/** Live-reload hooks: extra routes under /_talkdex/ and what is added to HTML responses. */
export interface LiveHooks {
  /** Answers a request under /_talkdex/ (true when it did). */
  route(req: IncomingMessage, res: ServerResponse): boolean;
  /** The markup added before `</body>` of every HTML response (never to the files themselves). */
  readonly snippet: string;
}

/** What the handler serves. */
export interface SiteHandlerOptions {
  /** The site as it is now: read on every request, so an update shows at once. */
  files: () => ReadonlyMap<string, string | Uint8Array>;
  /** The base URL's path ("/" or "/talks/"): the site's files are served under it. */
  prefix?: string;
  /** Requests wait for it (the first build) before they are answered. */
  ready?: Promise<unknown>;
  live?: LiveHooks;
}

/** A request handler for node:http. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface Tagged {
  readonly content: string | Uint8Array;
  readonly etag: string;
}

/** Creates the handler; it only ever answers with files of `files()`, so nothing on disk can leak. */
export function createSiteHandler(options: SiteHandlerOptions): Handler {
  const prefix = options.prefix ?? "/";
  // ETags by path, recomputed when a path's content object changes (updates replace contents).
  const etags = new Map<string, Tagged>();
  const etagOf = (files: ReadonlyMap<string, string | Uint8Array>, path: string, content: string | Uint8Array): string => {
    const cached = etags.get(path);
    if (cached && cached.content === content) return cached.etag;
    if (etags.size > files.size + 1024) for (const key of etags.keys()) if (!files.has(key)) etags.delete(key);
    const etag = `"${createHash("sha1").update(content).digest("base64url").slice(0, 22)}"`;
    etags.set(path, { content, etag });
    return etag;
  };

  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Only GET and HEAD are allowed.\n");
      return;
    }
    if (options.live && (req.url ?? "").startsWith("/_talkdex/") && options.live.route(req, res)) return;
    await options.ready;
    const resolved = resolveSitePath(req.url ?? "/", prefix);
    if (resolved.kind === "bad") {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`Bad request: ${resolved.reason}.\n`);
      return;
    }
    const files = options.files();
    if (resolved.kind === "outside" && `/${resolved.path}/` === prefix) return redirect(res, prefix);
    if (resolved.kind === "file") {
      const content = files.get(resolved.path);
      if (content !== undefined) return send(req, res, 200, resolved.path, content, etagOf(files, resolved.path, content));
      // `/tag/python` names a folder page: send the browser to `/tag/python/` so relative links work.
      if (!resolved.path.endsWith(".html") && files.has(`${resolved.path}/index.html`))
        return redirect(res, prefix + resolved.path.split("/").map(encodeURIComponent).join("/") + "/");
    }
    const notFound = files.get("404.html");
    if (notFound === undefined) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found.\n");
      return;
    }
    return send(req, res, 404, "404.html", notFound, undefined);
  };

  const send = async (req: IncomingMessage, res: ServerResponse, status: number, path: string, content: string | Uint8Array, etag: string | undefined): Promise<void> => {
    const type = contentType(path);
    let body = Buffer.from(content);
    const headers: Record<string, string> = { "content-type": type, "cache-control": "no-cache", "x-content-type-options": "nosniff" };
    if (options.live && type.startsWith("text/html")) {
      body = Buffer.from(injectBeforeBodyEnd(body.toString("utf8"), options.live.snippet));
      if (etag) etag = `${etag.slice(0, -1)}-live"`;
    }
    const gzipped = isCompressible(type) && body.length > 1024 && acceptsGzip(req.headers["accept-encoding"]);
    if (isCompressible(type)) headers.vary = "Accept-Encoding";
    if (etag) {
      headers.etag = gzipped ? `${etag.slice(0, -1)}-gzip"` : etag;
      if (status === 200 && matches(req.headers["if-none-match"], headers.etag)) {
        res.writeHead(304, { etag: headers.etag, "cache-control": "no-cache", ...(headers.vary ? { vary: headers.vary } : {}) }).end();
        return;
      }
    }
    if (gzipped) {
      body = await gzipAsync(body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  return (req, res) => {
    respond(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    });
  };
}

/** Adds `snippet` before the last `</body>` (or at the end when there is none). */
export function injectBeforeBodyEnd(html: string, snippet: string): string {
  const at = html.lastIndexOf("</body>");
  return at < 0 ? html + snippet : html.slice(0, at) + snippet + html.slice(at);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location, "content-type": "text/plain; charset=utf-8" }).end(`Moved to ${location}\n`);
}

function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && /(^|,)\s*(gzip|\*)\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(header);
}

// If-None-Match holds one or more (possibly weak) tags, or "*".
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}
