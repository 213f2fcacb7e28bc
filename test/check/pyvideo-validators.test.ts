import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { compilePyvideoSchemas, pyvideoValidatorsCode } from "../../scripts/pyvideo-validators-code.js";
import { validateCategory, validateVideo } from "../../src/check/pyvideo-validators.generated.js";

test("the precompiled schema validators are current (run `npm run generate:validators` after changing schemas/pyvideo/ or ajv)", () => {
  assert.equal(readFileSync(new URL("../../src/check/pyvideo-validators.generated.ts", import.meta.url), "utf8"), pyvideoValidatorsCode());
});

test("the precompiled validators find what ajv compiling the schemas finds, error for error", () => {
  const { video: { validate: video }, category: { validate: category } } = compilePyvideoSchemas();
  const talks: unknown[] = [
    { title: "ok", speakers: ["A"], videos: [{ type: "youtube", url: "https://youtu.be/x" }], recorded: "2020-01-01" },
    {},
    { title: 3, speakers: "A", videos: [{ type: 1 }], duration: "long", extra: true, tags: [null, 2], language: 5 },
    { title: "t", speakers: [], videos: [], related_urls: [{ url: 3, label: [] }, "x"], thumbnail_url: {}, id: "7" },
    [],
    "text",
  ];
  for (const value of talks) {
    const a = validateVideo as unknown as typeof video;
    assert.equal(a(value), video(value), JSON.stringify(value));
    assert.deepEqual(a.errors ?? null, video.errors ?? null, JSON.stringify(value));
  }
  for (const value of [{ title: "PyCon" }, {}, { title: 1, description: [], extra: 1 }, null]) {
    const a = validateCategory as unknown as typeof category;
    assert.equal(a(value), category(value), JSON.stringify(value));
    assert.deepEqual(a.errors ?? null, category.errors ?? null, JSON.stringify(value));
  }
});
