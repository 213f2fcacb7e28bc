import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHttpClient, HttpStatusError, retryAfterMs, type HttpOptions } from "../../src/import/http/http-client.js";
import { diskCache, redactUrl } from "../../src/import/http/response-cache.js";
import { path, startReplayServer } from "./replay-server.js";

// Fast retries: the behaviour is the same, the delays are milliseconds.
const FAST: HttpOptions = { timeoutMs: 300, retries: 3, backoffBaseMs: 1 };
const ok = { body: '{"ok": true}' };

test("a request that times out is retried and the next answer is used", async () => {
  const server = await startReplayServer([path("/slow", {}, { delayMs: 2_000, body: '{"late": true}' }, ok)]);
  try {
    const http = createHttpClient(FAST);
    assert.deepEqual(await http.getJson(`${server.base}/slow`), { ok: true });
    assert.equal(server.requests.length, 2);
  } finally {
    await server.close();
  }
});

test("429 with Retry-After waits that long, then succeeds", async () => {
  const server = await startReplayServer([path("/busy", {}, { status: 429, headers: { "retry-after": "1" }, body: "slow down" }, ok)]);
  const waits: number[] = [];
  try {
    const http = createHttpClient({ ...FAST, sleep: async (ms) => void waits.push(ms) });
    assert.deepEqual(await http.getJson(`${server.base}/busy`), { ok: true });
    assert.deepEqual(waits, [1000], "Retry-After: 1 means one second, not the backoff");
  } finally {
    await server.close();
  }
});

test("500 is retried with exponential backoff until it succeeds", async () => {
  const server = await startReplayServer([path("/flaky", {}, { status: 500 }, { status: 502 }, { status: 503 }, ok)]);
  const waits: number[] = [];
  try {
    const http = createHttpClient({ ...FAST, backoffBaseMs: 10, sleep: async (ms) => void waits.push(ms) });
    assert.deepEqual(await http.getJson(`${server.base}/flaky`), { ok: true });
    assert.deepEqual(waits, [10, 20, 40]);
  } finally {
    await server.close();
  }
});

test("when every attempt fails the message names the URL, the last answer and the attempts, without the key", async () => {
  const server = await startReplayServer([path("/down", {}, { status: 503, body: "maintenance" })]);
  try {
    const http = createHttpClient(FAST);
    await assert.rejects(http.getJson(`${server.base}/down?key=SECRET123`), (e: Error) => {
      assert.match(e.message, /\/down\?key=REDACTED: the server answered 503: maintenance, 4 attempt\(s\)/);
      assert.doesNotMatch(e.message, /SECRET123/);
      return true;
    });
  } finally {
    await server.close();
  }
});

test("a Retry-After longer than allowed stops with a message instead of waiting", async () => {
  const server = await startReplayServer([path("/later", {}, { status: 429, headers: { "retry-after": "3600" } })]);
  try {
    const http = createHttpClient({ ...FAST, maxRetryAfterMs: 5_000 });
    await assert.rejects(http.getJson(`${server.base}/later`), /asks to wait 3600 s/);
    assert.equal(server.requests.length, 1);
  } finally {
    await server.close();
  }
});

test("a malformed JSON answer is reported and never cached", async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), "talkdex-cache-"));
  const server = await startReplayServer([path("/bad", {}, { body: '{"items": [' }, ok)]);
  try {
    const http = createHttpClient({ ...FAST, cache: diskCache(cacheDir) });
    await assert.rejects(http.getJson(`${server.base}/bad`), /\/bad: the response is not JSON/);
    assert.deepEqual(readdirSync(cacheDir), []);
    assert.deepEqual(await http.getJson(`${server.base}/bad`), { ok: true }, "the next run asks again");
  } finally {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test("4xx answers other than 429 are not retried and carry the status and body", async () => {
  const server = await startReplayServer([path("/nope", {}, { status: 403, body: '{"error": {"code": 403}}' })]);
  try {
    await assert.rejects(createHttpClient(FAST).getJson(`${server.base}/nope`), (e: unknown) => e instanceof HttpStatusError && e.status === 403 && e.body.includes('"code": 403'));
    assert.equal(server.requests.length, 1);
  } finally {
    await server.close();
  }
});

test("cached responses let an interrupted import resume without asking again, and no secret is written", async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), "talkdex-cache-"));
  const server = await startReplayServer([path("/page", { n: "1" }, { body: '{"page": 1}' }), path("/page", { n: "2" }, { status: 500 })]);
  try {
    const first = createHttpClient({ ...FAST, retries: 0, cache: diskCache(cacheDir) });
    assert.deepEqual(await first.getJson(`${server.base}/page?n=1&key=SECRET123`), { page: 1 });
    await assert.rejects(first.getJson(`${server.base}/page?n=2&key=SECRET123`));
    const before = server.requests.length;
    const second = createHttpClient({ ...FAST, cache: diskCache(cacheDir) });
    assert.deepEqual(await second.getJson(`${server.base}/page?n=1&key=OTHERKEY`), { page: 1 }, "keyed by the URL without its key");
    assert.equal(server.requests.length, before, "served from the cache");
    const files = readdirSync(cacheDir);
    assert.equal(files.length, 1);
    assert.doesNotMatch(readFileSync(join(cacheDir, files[0] ?? ""), "utf8"), /SECRET123/);
  } finally {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  assert.equal(retryAfterMs("7"), 7000);
  assert.equal(retryAfterMs("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT")), 10_000);
  assert.equal(retryAfterMs("soon"), undefined);
  assert.equal(retryAfterMs(null), undefined);
  assert.equal(redactUrl("https://x.org/a?key=1&b=2"), "https://x.org/a?key=REDACTED&b=2");
});
