import { test } from "node:test";
import assert from "node:assert/strict";
import { byteArena, packedText, packTexts } from "./byte-arena.js";

test("each text comes back as its own UTF-8 bytes, across chunks and for texts too long to share one", () => {
  const encode = byteArena();
  const texts = Array.from({ length: 5000 }, (_, i) => `${i} é€😀 ${"x".repeat(i % 300)}`);
  texts.push("", "a".repeat(100_000), "日本".repeat(20_000));
  const views = texts.map((t) => encode(t));
  // Every view still holds its text after all the others were written (no chunk reused).
  views.forEach((v, i) => assert.equal(v.toString("utf8"), texts[i]));
  assert.ok(new Set(views.slice(0, 5000).map((v) => v.buffer)).size < 50, "small texts share chunks");
});

test("packed texts come back whole from one buffer of their own, empty ones and none included", () => {
  const texts = ["", "plain", "é€😀 日本", "", "x".repeat(10_000)];
  const { bytes, ends } = packTexts(texts);
  assert.equal(bytes.byteOffset, 0);
  assert.equal(bytes.buffer.byteLength, bytes.byteLength, "the buffer holds nothing else: it can be transferred");
  texts.forEach((t, i) => assert.equal(Buffer.from(packedText(bytes, ends, i)).toString("utf8"), t));
  assert.equal(packTexts([]).bytes.byteLength, 0);
});
