import { test } from "node:test";
import assert from "node:assert/strict";
import { readYtDlp } from "./yt-dlp.js";

test("a channel's nested tabs are flattened and Vimeo entries get vimeo.com URLs", () => {
  const channel = {
    _type: "playlist",
    title: "Example Conf - Videos",
    entries: [
      { _type: "playlist", title: "Videos", entries: [{ id: "AAAAAAAAAA1", title: "One Talk", extractor_key: "Youtube", upload_date: "20240102" }] },
      { _type: "playlist", title: "Vimeo", entries: [{ id: "170384415", title: "Two Talk", extractor_key: "Vimeo", duration: 61 }] },
    ],
  };
  const r = readYtDlp(JSON.stringify(channel), "c.json", {});
  assert.deepEqual(r.talks.map((t) => t.videos[0]), [
    { type: "youtube", url: "https://www.youtube.com/watch?v=AAAAAAAAAA1" },
    { type: "vimeo", url: "https://vimeo.com/170384415" },
  ]);
  assert.equal(r.talks[0]?.recorded, "2024-01-02");
  assert.equal(r.talks[0]?.thumbnailUrl, "https://i.ytimg.com/vi/AAAAAAAAAA1/hqdefault.jpg");
  assert.equal(r.talks[1]?.thumbnailUrl, undefined);
  assert.equal(r.title, "Example Conf - Videos");
});

test("a single video works too, and unsafe URLs and ids are not written", () => {
  const video = { id: "BBBBBBBBBB2", title: "Solo", extractor_key: "Youtube", thumbnail: "javascript:alert(1)", thumbnails: [{ url: "data:image/png;base64,AAAA" }] };
  const r = readYtDlp(JSON.stringify(video), "v.json", {});
  assert.equal(r.talks.length, 1);
  assert.equal(r.talks[0]?.thumbnailUrl, "https://i.ytimg.com/vi/BBBBBBBBBB2/hqdefault.jpg");
  const odd = readYtDlp(JSON.stringify({ entries: [{ id: "../../etc", title: "X", extractor_key: "Youtube" }, { id: "1", title: "Y", extractor_key: "Generic", webpage_url: "javascript:x" }] }), "o.json", {});
  assert.equal(odd.talks.length, 0);
  assert.equal(odd.notes.length, 2);
});

test("descriptions that would not render as reStructuredText are escaped", () => {
  const r = readYtDlp(JSON.stringify({ id: "CCCCCCCCCC3", title: "T", extractor_key: "Youtube", description: "Use *args and `code" }), "d.json", {});
  assert.equal(r.talks[0]?.description, "Use \\*args and \\`code");
});

test("an array or a non-object is not yt-dlp output", () => {
  assert.throws(() => readYtDlp("[]", "a.json", {}), /a\.json: expected yt-dlp's JSON object/);
});
