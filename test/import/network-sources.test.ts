import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkRepository, loadRepository } from "../../src/index.js";
import { runCli } from "../helpers/run-cli.js";
import { path, startReplayServer, type Route } from "./replay-server.js";

const EVENT = "pycon-example-2025";
const PLAYLIST_ID = "PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG";
const PLAYLIST_URL = `https://www.youtube.com/playlist?list=${PLAYLIST_ID}`;

function youtubeRoutes(): Route[] {
  return [
    path("/youtube/v3/playlistItems", { playlistId: PLAYLIST_ID, pageToken: "EAAaBlBUOkNBTQ" }, { fixture: "youtube/playlistItems-page2.json" }),
    path("/youtube/v3/playlistItems", { playlistId: PLAYLIST_ID }, { fixture: "youtube/playlistItems-page1.json" }),
    path("/youtube/v3/videos", { id: "Xk3v9QpL2aA,Df5sU9vXy2g,Zz9yX8wV7u6" }, { fixture: "youtube/videos.json" }),
    path("/youtube/v3/playlists", { id: PLAYLIST_ID }, { fixture: "youtube/playlists.json" }),
  ];
}

async function withData(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "talkdex-import-"));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function talk(dir: string, event: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, event, "videos", `${name}.json`), "utf8")) as Record<string, unknown>;
}

test("a YouTube playlist is read through the Data API: pages, durations, languages, best thumbnails; private and removed videos are noted", async () => {
  const server = await startReplayServer(youtubeRoutes());
  try {
    await withData(async (dir) => {
      const r = await runCli(["import", "youtube", PLAYLIST_URL, "--event", EVENT, "--data", dir, "--api-key", "TESTKEY", "--api-base", `${server.base}/youtube/v3`]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /3 created/);
      assert.match(r.stderr, /note: video Fh7uW1xZa4i is private or removed: skipped/);
      assert.match(r.stderr, /note: video Zz9yX8wV7u6 is listed but not available \(removed or private\): skipped/);
      assert.match(r.stderr, /note: used 4 YouTube API quota unit\(s\)/);
      assert.equal(r.stderr.includes("\r"), false, "no progress line without a terminal");
      const typed = talk(dir, EVENT, "typed-pipelines-with-pydantic");
      assert.deepEqual([typed.title, typed.speakers, typed.duration, typed.language, typed.recorded], ["Typed Pipelines with Pydantic", ["Ana Lima"], 1805, "eng", "2025-05-17"]);
      assert.equal(typed.thumbnail_url, "https://i.ytimg.com/vi/Xk3v9QpL2aA/maxresdefault.jpg");
      const keynote = talk(dir, EVENT, "keynote");
      assert.deepEqual([keynote.speakers, keynote.duration, keynote.language, keynote.recorded], [["Grace Okafor"], 3120, "eng", "2025-05-21"]);
      assert.ok(server.requests.every((q) => q.includes("key=TESTKEY")), "the key is sent");
      assert.ok(existsSync(join(dir, ".talkdex-cache", "import")), "responses are cached in the data folder");
      const before = server.requests.length;
      const again = await runCli(["import", "youtube", PLAYLIST_URL, "--event", EVENT, "--data", dir, "--api-key", "TESTKEY", "--api-base", `${server.base}/youtube/v3`]);
      assert.match(again.stdout, /0 created, 0 updated, 3 unchanged/);
      assert.equal(server.requests.length, before, "the second run is served from the cache");
      const { diagnostics } = checkRepository(await loadRepository(dir));
      assert.deepEqual(diagnostics.map((d) => `${d.file}: ${d.message}`), []);
    });
  } finally {
    await server.close();
  }
});

test("a refused YouTube key and a used-up quota say what to do", async () => {
  const server = await startReplayServer([
    path("/bad/youtube/v3/playlistItems", {}, { status: 403, fixture: "youtube/error-key-invalid.json" }),
    path("/quota/youtube/v3/playlistItems", {}, { status: 403, fixture: "youtube/error-quota-exceeded.json" }),
  ]);
  try {
    await withData(async (dir) => {
      const bad = await runCli(["import", "youtube", PLAYLIST_URL, "--event", EVENT, "--data", dir, "--api-key", "WRONG", "--api-base", `${server.base}/bad/youtube/v3`, "--no-cache"]);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /The YouTube API key was refused \(keyInvalid\)\. Check --api-key or YOUTUBE_API_KEY/);
      const quota = await runCli(["import", "youtube", PLAYLIST_URL, "--event", EVENT, "--data", dir, "--api-key", "K", "--api-base", `${server.base}/quota/youtube/v3`, "--no-cache"]);
      assert.equal(quota.code, 1);
      assert.match(quota.stderr, /quota for this API key is used up \(quotaExceeded\)\. What was fetched is cached/);
      const none = await runCli(["import", "youtube", PLAYLIST_URL, "--event", EVENT, "--data", dir]);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /needs a YouTube Data API v3 key: pass --api-key KEY or set YOUTUBE_API_KEY/);
      assert.equal(existsSync(join(dir, EVENT)), false, "nothing written");
    });
  } finally {
    await server.close();
  }
});

test("a PeerTube playlist is read through the instance API, with each video's full record", async () => {
  const server = await startReplayServer([
    path("/api/v1/video-playlists/kA3bC5dE7fG9hJ2kL4mN6p", {}, { fixture: "peertube/playlist.json" }),
    path("/api/v1/video-playlists/kA3bC5dE7fG9hJ2kL4mN6p/videos", { start: "0", count: "100" }, { fixture: "peertube/playlist-videos.json" }),
    path("/api/v1/videos/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", {}, { fixture: "peertube/video-3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c.json" }),
    path("/api/v1/videos/4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d", {}, { status: 500 }, { fixture: "peertube/video-4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d.json" }),
  ]);
  try {
    await withData(async (dir) => {
      const r = await runCli(["import", "peertube", "https://peertube.example.org/w/p/kA3bC5dE7fG9hJ2kL4mN6p", "--event", EVENT, "--data", dir, "--api-base", server.base]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /3 created/, "category.json and two talks");
      assert.match(r.stderr, /note: playlist element 2 has no video \(removed or private\): skipped/);
      const ecrire = talk(dir, EVENT, "ecrire-des-tests-qui-durent");
      assert.deepEqual(ecrire.speakers, ["Camille Dupont"]);
      assert.equal(ecrire.language, "fra");
      assert.equal(ecrire.recorded, "2025-05-17");
      assert.equal(ecrire.description, "Comment écrire des tests qui survivent aux refactorisations.", "the full description, not the list's");
      assert.deepEqual(ecrire.videos, [{ type: "peertube", url: "https://peertube.example.org/videos/watch/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c" }]);
      assert.equal(ecrire.thumbnail_url, "https://peertube.example.org/lazy-static/previews/3f2a1b0c.jpg");
      const pg = talk(dir, EVENT, "scaling-postgres-for-fun");
      assert.deepEqual(pg.tags, ["postgres"], "read after one 500 and a retry");
      assert.equal("language" in pg, false);
      const { diagnostics } = checkRepository(await loadRepository(dir));
      assert.deepEqual(diagnostics.map((d) => `${d.file}: ${d.message}`), []);
    });
  } finally {
    await server.close();
  }
});

test("a Vimeo showcase is read page by page with the token, private videos left out", async () => {
  const server = await startReplayServer([
    path("/users/pyconexample/albums/9876543", {}, { fixture: "vimeo/album.json" }),
    path("/users/pyconexample/albums/9876543/videos", { page: "1" }, { fixture: "vimeo/album-videos-page1.json" }),
    path("/users/pyconexample/albums/9876543/videos", { page: "2" }, { fixture: "vimeo/album-videos-page2.json" }),
  ]);
  try {
    await withData(async (dir) => {
      const args = ["import", "vimeo", "https://vimeo.com/showcase/9876543", "--user", "pyconexample", "--event", EVENT, "--data", dir, "--api-base", server.base];
      const noToken = await runCli(args);
      assert.equal(noToken.code, 2);
      assert.match(noToken.stderr, /needs an access token: pass --token TOKEN or set VIMEO_TOKEN/);
      const r = await runCli([...args, "--token", "VTOKEN"]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /3 created/, "category.json and two talks");
      assert.match(r.stderr, /note: video 170384416 is private: skipped/);
      assert.ok(server.headers.every((h) => h.authorization === "bearer VTOKEN"));
      const edge = talk(dir, EVENT, "deep-learning-on-the-edge");
      assert.deepEqual([edge.speakers, edge.language, edge.duration, edge.tags, edge.thumbnail_url], [["Priya Raman"], "eng", 1650, ["machine learning"], "https://i.vimeocdn.com/video/575433162-d_1280x720"]);
      assert.deepEqual(edge.videos, [{ type: "vimeo", url: "https://vimeo.com/170384415" }]);
      assert.deepEqual(readdirSync(join(dir, EVENT, "videos")).sort(), ["deep-learning-on-the-edge.json", "lightning-talks.json"]);
    });
  } finally {
    await server.close();
  }
});

test("a schedule URL is fetched like the other sources and merged", async () => {
  const server = await startReplayServer([path("/pycon-example-2025/schedule/export/schedule.json", {}, { fixture: "pretalx-schedule.json" })]);
  try {
    await withData(async (dir) => {
      await runCli(["import", "youtube", join(import.meta.dirname, "../fixtures/import/yt-dlp-playlist.json"), "--event", EVENT, "--data", dir]);
      const r = await runCli(["import", "schedule", `${server.base}/pycon-example-2025/schedule/export/schedule.json`, "--event", EVENT, "--data", dir]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /6 updated/);
      assert.equal(talk(dir, EVENT, "keynote").title, "Opening keynote");
    });
  } finally {
    await server.close();
  }
});

test("an unreachable API fails with a message naming the address, not a stack trace", async () => {
  const server = await startReplayServer([]);
  const base = server.base;
  await server.close();
  await withData(async (dir) => {
    const r = await runCli(["import", "peertube", "https://peertube.example.org/c/talks", "--event", EVENT, "--data", dir, "--api-base", base, "--retries", "0", "--no-cache"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\/api\/v1\/video-channels\/talks: the request failed \(fetch failed.*\), 1 attempt\(s\)/);
    assert.doesNotMatch(r.stderr, /internal error|    at /);
  });
});
