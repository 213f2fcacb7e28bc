import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveConfig } from "./config.js";

test("talkdex.json settings are taken when valid and ignored when not", () => {
  const c = resolveConfig({ languages: ["eng"], rules: { format: "off", bad: "loud" }, editUrl: "https://x.org/edit/{path}", thumbnails: "placeholder", baseUrl: "https://x.org/" });
  assert.deepEqual(c.languages, ["eng"]);
  assert.deepEqual(c.rules, { format: "off" });
  assert.equal(c.editUrl, "https://x.org/edit/{path}");
  assert.equal(c.thumbnails, "placeholder");
  assert.equal(c.baseUrl, "https://x.org/");
  assert.equal(resolveConfig(undefined).speakerReplacements["Glyph Lefkowitz"], "Glyph");
});

test("regression: an editUrl that is not http(s) never becomes a link", () => {
  assert.equal(resolveConfig({ editUrl: "javascript:alert(1)//{path}" }).editUrl, undefined);
  assert.equal(resolveConfig({ editUrl: "https://x.org/edit/" }).editUrl, undefined, "without {path}");
});
