import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { createSiteHandler, type SiteHandlerOptions } from "../../src/serve/site-handler.js";
import { request } from "./http-request.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function site(): Map<string, string | Uint8Array> {
  return new Map<string, string | Uint8Array>([
    ["index.html", "<!DOCTYPE html><title>home</title><body><p>home</p></body>"],
    ["404.html", "<!DOCTYPE html><title>missing</title><body><p>Page not found</p></body>"],
    ["tag/python/index.html", "<!DOCTYPE html><title>python</title><body>python</body>"],
    ["assets/site.abc.css", "body{}"],
    ["assets/talkdex.abc.js", "1"],
    ["api/v1/index.json", "{}"],
    ["feeds/all.atom.xml", "<feed/>"],
    ["feeds/all.rss.xml", "<rss/>"],
    ["sitemap.xml", "<urlset/>"],
    ["robots.txt", "User-agent: *"],
    ["_redirects", "/old /new 301"],
    ["logo.svg", "<svg/>"],
    ["pic.png", PNG],
    ["pic.jpg", PNG],
    ["pic.webp", PNG],
    ["font.woff2", PNG],
    ["big.json", JSON.stringify({ text: "x".repeat(5000) })],
  ]);
}

async function serve(t: TestContext, options: Partial<SiteHandlerOptions> & { files?: () => ReadonlyMap<string, string | Uint8Array> } = {}): Promise<number> {
  const files = site();
  const server = createServer(createSiteHandler({ files: () => files, ...options }));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  t.after(() => new Promise<void>((ok) => server.close(() => ok())));
  return (server.address() as AddressInfo).port;
}

test("each kind of site file is served with its content type", async (t) => {
  const port = await serve(t);
  const types: [string, string][] = [
    ["/", "text/html; charset=utf-8"],
    ["/assets/site.abc.css", "text/css; charset=utf-8"],
    ["/assets/talkdex.abc.js", "text/javascript; charset=utf-8"],
    ["/api/v1/index.json", "application/json; charset=utf-8"],
    ["/feeds/all.atom.xml", "application/atom+xml; charset=utf-8"],
    ["/feeds/all.rss.xml", "application/rss+xml; charset=utf-8"],
    ["/sitemap.xml", "application/xml; charset=utf-8"],
    ["/robots.txt", "text/plain; charset=utf-8"],
    ["/_redirects", "text/plain; charset=utf-8"],
    ["/logo.svg", "image/svg+xml"],
    ["/pic.png", "image/png"],
    ["/pic.jpg", "image/jpeg"],
    ["/pic.webp", "image/webp"],
    ["/font.woff2", "font/woff2"],
  ];
  for (const [path, type] of types) {
    const res = await request(port, path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers["content-type"], type, path);
    assert.equal(res.headers["x-content-type-options"], "nosniff", path);
  }
  assert.deepEqual(new Uint8Array((await request(port, "/pic.png")).body), PNG, "binary files are sent byte for byte");
});

test("folders serve their index.html, a folder without its slash is redirected, and misses get the site's 404 page", async (t) => {
  const port = await serve(t);
  assert.match((await request(port, "/tag/python/")).text, /<title>python/);
  const bare = await request(port, "/tag/python");
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, "/tag/python/");
  const missing = await request(port, "/no/such/page.html");
  assert.equal(missing.status, 404);
  assert.equal(missing.headers["content-type"], "text/html; charset=utf-8");
  assert.match(missing.text, /Page not found/);
});

test("evil paths are answered 400 or 404 and never with anything but the site's own files", async (t) => {
  const port = await serve(t);
  for (const path of ["/../index.html", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/a\\..\\b", "/index.html%00", "/%252e%252e/etc/passwd", "//etc/passwd", "/%E0%A4%A"]) {
    const res = await request(port, path);
    assert.ok(res.status === 400 || res.status === 404, `${path} → ${res.status}`);
    assert.doesNotMatch(res.text, /root:|<title>home/, path);
  }
});

test("HEAD sends the headers without a body; other methods get 405 with Allow", async (t) => {
  const port = await serve(t);
  const head = await request(port, "/", { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(head.headers["content-length"], String(Buffer.byteLength(site().get("index.html") as string)));
  for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) {
    const res = await request(port, "/", { method });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.allow, "GET, HEAD");
  }
});

test("an ETag answers a matching If-None-Match with 304, and changes when the content changes", async (t) => {
  const files = site();
  const port = await serve(t, { files: () => files });
  const first = await request(port, "/robots.txt");
  const etag = String(first.headers.etag);
  assert.match(etag, /^"[\w-]+"$/);
  const again = await request(port, "/robots.txt", { headers: { "if-none-match": etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal((await request(port, "/robots.txt", { headers: { "if-none-match": `"other", W/${etag}` } })).status, 304);
  files.set("robots.txt", "User-agent: *\nDisallow: /");
  const changed = await request(port, "/robots.txt", { headers: { "if-none-match": etag } });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.etag, etag);
});

test("text is gzipped when the client accepts it, and left alone when it does not", async (t) => {
  const port = await serve(t);
  const zipped = await request(port, "/big.json", { headers: { "accept-encoding": "gzip, deflate" } });
  assert.equal(zipped.headers["content-encoding"], "gzip");
  assert.equal(zipped.headers.vary, "Accept-Encoding");
  assert.equal(gunzipSync(zipped.body).toString("utf8"), site().get("big.json"));
  assert.equal((await request(port, "/big.json", { headers: { "accept-encoding": "gzip;q=0" } })).headers["content-encoding"], undefined);
  assert.equal((await request(port, "/big.json")).headers["content-encoding"], undefined);
  assert.equal((await request(port, "/pic.png", { headers: { "accept-encoding": "gzip" } })).headers["content-encoding"], undefined);
});

test("live-reload markup is added to HTML responses only, and its routes answer before the site's", async (t) => {
  const port = await serve(t, {
    live: {
      snippet: "<script src=/_talkdex/x.js></script>",
      route: (req, res) => {
        if (req.url !== "/_talkdex/ping") return false;
        res.end("pong");
        return true;
      },
    },
  });
  const home = await request(port, "/");
  assert.match(home.text, /<p>home<\/p><script src=\/_talkdex\/x\.js><\/script><\/body>$/);
  assert.equal(home.headers["content-length"], String(home.body.length));
  assert.match((await request(port, "/nope.html")).text, /Page not found<\/p><script src=\/_talkdex\/x\.js>/);
  assert.doesNotMatch((await request(port, "/api/v1/index.json")).text, /script/);
  assert.equal((await request(port, "/_talkdex/ping")).text, "pong");
});

test("under a base path the site is served below it, and the bare path is redirected to it", async (t) => {
  const port = await serve(t, { prefix: "/talks/" });
  assert.match((await request(port, "/talks/")).text, /<p>home/);
  assert.equal((await request(port, "/talks")).headers.location, "/talks/");
  assert.equal((await request(port, "/index.html")).status, 404);
});
