import { test } from "node:test";
import assert from "node:assert/strict";
import { makeSite } from "../../build/site.js";
import type { Catalog, Talk } from "../../model/catalog.js";
import { talkRecord } from "./api-records.js";

const talk: Talk = {
  path: "conf/hello", slug: "hello", eventSlug: "conf", file: "conf/videos/hello.json", title: "Hello", speakers: ["ann-lee"],
  speakerNames: ["Ann  Lee"], tags: ["web"], videos: [{ type: "youtube", url: "https://youtu.be/x" }], relatedUrls: [], aliases: [],
};
const catalog = {
  eventBySlug: new Map([["conf", { slug: "conf", title: "Conf" }]]),
  speakerBySlug: new Map([["ann-lee", { slug: "ann-lee", name: "Ann Lee" }]]),
  tagBySlug: new Map([["web", { slug: "web", name: "Web" }]]),
} as unknown as Catalog;

test("a talk record names its speakers as their pages do, keeping the talk's own spelling in `as`", () => {
  const rec = talkRecord(talk, catalog, makeSite("T", "https://example.org/")) as Record<string, unknown>;
  assert.deepEqual(rec["speakers"], [{ slug: "ann-lee", name: "Ann Lee", as: "Ann  Lee" }]);
  assert.deepEqual(rec["event"], { slug: "conf", title: "Conf" });
  assert.equal(rec["url"], "https://example.org/conf/hello.html");
});

test("absent fields are left out of the JSON and keys keep a fixed order", () => {
  const json = JSON.stringify(talkRecord(talk, catalog, makeSite("T", "https://example.org/")));
  assert.doesNotMatch(json, /"date"|"aliases"|"description"|null/);
  assert.match(json, /^\{"path":"conf\/hello","title":"Hello","url":/);
});
