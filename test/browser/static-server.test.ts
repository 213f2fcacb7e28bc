import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveInside, serveStatic } from "../helpers/static-server.js";

// A raw GET, so paths like /../ reach the server unnormalised (fetch would clean them up).
function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("paths that would leave the served folder resolve to nothing", () => {
  assert.equal(resolveInside("/srv/site", "/a/b.html"), "/srv/site/a/b.html");
  assert.equal(resolveInside("/srv/site", "/../secret"), undefined);
  assert.equal(resolveInside("/srv/site", "/%2e%2e/%2e%2e/etc/passwd"), undefined);
  assert.equal(resolveInside("/srv/site", "/a/../b.html"), "/srv/site/b.html");
  assert.equal(resolveInside("/srv/site", "/../site-other/x"), undefined);
  assert.equal(resolveInside("/srv/site", "/a/%00"), undefined);
  assert.equal(resolveInside("/srv/site", "/%E0%A4%A"), undefined);
});

test("the server answers on 127.0.0.1 with content types, index files and the site's 404 page, and nothing outside its folder", async (t) => {
  const root = await mkdtemp(join(tmpdir(), "talkdex-serve-"));
  const site = join(root, "site");
  await mkdir(join(site, "tag", "python"), { recursive: true });
  await writeFile(join(root, "secret.txt"), "secret");
  await writeFile(join(site, "index.html"), "<!DOCTYPE html><title>home</title>");
  await writeFile(join(site, "404.html"), "<!DOCTYPE html><title>missing</title>");
  await writeFile(join(site, "tag", "python", "index.html"), "python");
  await writeFile(join(site, "site.css"), "body{}");
  await writeFile(join(site, "a.js"), "1");
  const server = await serveStatic(site);
  t.after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.deepEqual(await get(server.port, "/"), { status: 200, type: "text/html; charset=utf-8", body: "<!DOCTYPE html><title>home</title>" });
  assert.equal((await get(server.port, "/tag/python/")).body, "python");
  assert.equal((await get(server.port, "/site.css")).type, "text/css; charset=utf-8");
  assert.equal((await get(server.port, "/a.js")).type, "text/javascript; charset=utf-8");
  const missing = await get(server.port, "/nope.html");
  assert.equal(missing.status, 404);
  assert.match(missing.body, /missing/);
  for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt"]) assert.doesNotMatch((await get(server.port, path)).body, /^secret$/, path);
});
