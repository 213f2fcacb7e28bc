import { test } from "node:test";
import assert from "node:assert/strict";
import { embedAt as serverEmbedAt, embedFor } from "../../src/model/embed.js";
import { embedAt, formatClock, fragmentStart } from "../../src/browser/start-time.js";

test("a page fragment's start is read in seconds, minutes and hours", () => {
  assert.equal(fragmentStart("#t=90"), 90);
  assert.equal(fragmentStart("#t=1m30s"), 90);
  assert.equal(fragmentStart("#t=1h2m3s"), 3723);
  assert.equal(fragmentStart("#t=0"), 0);
  assert.equal(fragmentStart("#main"), undefined);
  assert.equal(fragmentStart("#t="), undefined);
  assert.equal(fragmentStart(""), undefined);
});

test("start times read as a clock", () => {
  assert.equal(formatClock(90), "1:30");
  assert.equal(formatClock(5), "0:05");
  assert.equal(formatClock(3735), "1:02:15");
});

test("the browser puts a start into embed URLs exactly as the build does", () => {
  for (const source of [
    { type: "youtube", url: "https://www.youtube.com/watch?v=bghG7zz8G2I&t=7047" },
    { type: "vimeo", url: "https://vimeo.com/170384415" },
    { type: "peertube", url: "https://indymotion.fr/videos/watch/e8f13183-57c6-4a9b-a92d-7e7362b57f0e" },
    { type: "archive.org", url: "https://archive.org/details/pyconza2016-Deep_Learning_in_Python" },
    { type: "mp4", url: "https://dl.afpy.org/pycon-fr-24/x.mp4" },
    { type: "teletek.es", url: "https://replay.teltek.es/video/594a215ba7bc28441b8b45c2" },
  ]) {
    const e = embedFor(source);
    for (const seconds of [0, 90, 3723]) assert.equal(embedAt(e.embed, e.startBy, seconds), serverEmbedAt(e, seconds), `${source.url} at ${seconds}`);
  }
});
