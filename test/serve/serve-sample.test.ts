import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_DATA_DIR } from "../../src/cli/data-dir.js";
import { startServe, type DevServer } from "../../src/serve/dev-server.js";
import { request } from "./http-request.js";
import { connectEvents } from "./sse-client.js";

const TALK_FILE = "pyriver-2023/videos/machine-learning-for-the-rest-of-us.json";
const TALK_PAGE = "/pyriver-2023/machine-learning-for-the-rest-of-us.html";
const OTHER_PAGE = "/pyriver-2024/async-django-in-production.html";

/** Serves a fresh copy of the sample (never the repository's own files). */
async function serveCopy(t: TestContext): Promise<{ server: DevServer; data: string; root: string; err: string[] }> {
  const root = mkdtempSync(join(tmpdir(), "talkdex-serve-e2e-"));
  const data = join(root, "data");
  cpSync(SAMPLE_DATA_DIR, data, { recursive: true });
  const err: string[] = [];
  const server = await startServe({ data, port: 0, debounceMs: 40, err: (s) => void err.push(s) });
  t.after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  await server.ready;
  return { server, data, root, err };
}

function editTalk(data: string, edit: (record: Record<string, unknown>) => void): void {
  const path = join(data, TALK_FILE);
  const record = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  edit(record);
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}

test("editing a talk's description reloads its open page with the new text, and not unrelated pages", async (t) => {
  const { server, data } = await serveCopy(t);
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const before = await request(server.port, TALK_PAGE);
  assert.equal(before.status, 200);
  assert.match(before.text, /A lowercase title on purpose/);
  assert.match(before.text, /<script src="\/_talkdex\/live-reload\.js" defer><\/script><\/body>/);
  assert.ok(![...server.builder.files.values()].some((c) => typeof c === "string" && c.includes("_talkdex")), "built files never carry the live-reload script");
  const page = await connectEvents(server.port, TALK_PAGE);
  const other = await connectEvents(server.port, OTHER_PAGE);
  t.after(() => {
    page.close();
    other.close();
  });
  editTalk(data, (r) => (r.description = "Now with *fresh* words."));
  await page.next("reload");
  const after = await request(server.port, TALK_PAGE);
  assert.match(after.text, /Now with <em>fresh<\/em> words\./);
  assert.doesNotMatch(after.text, /A lowercase title on purpose/);
  await server.idle();
  assert.ok(!other.events.some((e) => e.event === "reload"), "a page the edit does not touch is left alone");
});

test("a broken JSON edit shows the error on open pages and keeps the last good page; fixing it clears the overlay", async (t) => {
  const { server, data, err } = await serveCopy(t);
  const page = await connectEvents(server.port, TALK_PAGE);
  t.after(() => page.close());
  const good = readFileSync(join(data, TALK_FILE), "utf8");
  writeFileSync(join(data, TALK_FILE), good.replace('"duration": 1602,', '"duration": 1602'));
  const problems = JSON.parse((await page.next("problems")).data) as { applied: boolean; problems: { file: string; line: number; rule: string; message: string }[] };
  assert.equal(problems.applied, false);
  assert.equal(problems.problems[0]?.file, TALK_FILE);
  assert.equal(problems.problems[0]?.rule, "json-syntax");
  assert.ok((problems.problems[0]?.line ?? 0) > 1);
  assert.match(err.join(""), new RegExp(`${TALK_FILE}:\\d+:\\d+  error    json-syntax`));
  const served = await request(server.port, TALK_PAGE);
  assert.equal(served.status, 200);
  assert.match(served.text, /A lowercase title on purpose/, "the last good page is still served");
  // A page opened now learns about the problem as soon as it connects.
  const late = await connectEvents(server.port, "/");
  t.after(() => late.close());
  await late.next("problems");
  writeFileSync(join(data, TALK_FILE), good.replace("A lowercase title on purpose.", "Fixed again."));
  // The page reloads as soon as the site is up to date; the overlay clears once the data is checked.
  await page.next("reload");
  await page.next("ok");
  assert.match((await request(server.port, TALK_PAGE)).text, /Fixed again\./);
});

test("a new talk's page appears for a browser waiting on its 404, and a deleted talk's page goes away", async (t) => {
  const { server, data } = await serveCopy(t);
  const newPage = "/pyriver-2023/a-brand-new-talk.html";
  assert.equal((await request(server.port, newPage)).status, 404);
  const waiting = await connectEvents(server.port, newPage);
  t.after(() => waiting.close());
  const record = JSON.parse(readFileSync(join(data, TALK_FILE), "utf8")) as Record<string, unknown>;
  writeFileSync(join(data, "pyriver-2023/videos/a-brand-new-talk.json"), JSON.stringify({ ...record, id: 9001, title: "A brand new talk", videos: [{ type: "youtube", url: "https://www.youtube.com/watch?v=brandnew001" }] }, null, 2));
  await waiting.next("reload");
  assert.match((await request(server.port, newPage)).text, /A brand new talk/);
  await server.idle();
  const talkPage = await connectEvents(server.port, TALK_PAGE);
  t.after(() => talkPage.close());
  rmSync(join(data, TALK_FILE));
  await talkPage.next("reload");
  assert.equal((await request(server.port, TALK_PAGE)).status, 404);
});

test("a symlink in the data folder never makes a file outside the site reachable", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-serve-link-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, "secret.txt"), "TOP-SECRET-CONTENT");
  const { server, data } = await serveCopy(t);
  symlinkSync(join(root, "secret.txt"), join(data, "secret.txt"));
  symlinkSync(root, join(data, "outside"));
  await new Promise((ok) => setTimeout(ok, 300));
  await server.idle();
  for (const path of ["/secret.txt", "/outside/secret.txt", "/data/secret.txt", "/../secret.txt", "/%2e%2e/secret.txt", "/outside%2fsecret.txt"]) {
    const res = await request(server.port, path);
    assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
    assert.doesNotMatch(res.text, /TOP-SECRET/, path);
  }
});

test("the client script is served, and the event stream sends a hello with the server's id", async (t) => {
  const { server } = await serveCopy(t);
  const script = await request(server.port, "/_talkdex/live-reload.js");
  assert.equal(script.status, 200);
  assert.equal(script.headers["content-type"], "text/javascript; charset=utf-8");
  assert.match(script.text, /EventSource/);
  assert.doesNotMatch(script.text, /innerHTML/);
  const stream = await connectEvents(server.port, "/");
  t.after(() => stream.close());
  assert.match(stream.events[0]?.data ?? "", /^\{"server":"[0-9a-f-]{36}"\}$/);
});

test("with a base URL that has a path, the site is served under it and its pages still reload", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "talkdex-serve-prefix-"));
  const data = join(root, "data");
  cpSync(SAMPLE_DATA_DIR, data, { recursive: true });
  const server = await startServe({ data, port: 0, baseUrl: "http://127.0.0.1:8000/talks/", debounceMs: 40 });
  t.after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  await server.ready;
  const home = await request(server.port, "/talks/");
  assert.equal(home.status, 200);
  assert.match(home.text, /href="\/talks\/events\.html"/);
  assert.equal((await request(server.port, "/events.html")).status, 404);
  const page = await connectEvents(server.port, `/talks${TALK_PAGE}`);
  t.after(() => page.close());
  editTalk(data, (r) => (r.description = "Under a prefix."));
  await page.next("reload");
  assert.match((await request(server.port, `/talks${TALK_PAGE}`)).text, /Under a prefix\./);
});
