import { test } from "node:test";
import assert from "node:assert/strict";
import { toIso6393 } from "./language-code.js";

test("two-letter codes, regional tags and names become ISO 639-3 codes", () => {
  assert.equal(toIso6393("en"), "eng");
  assert.equal(toIso6393("fr"), "fra");
  assert.equal(toIso6393("de"), "deu");
  assert.equal(toIso6393("pt-BR"), "por");
  assert.equal(toIso6393("zh-Hans"), "zho");
  assert.equal(toIso6393("EN"), "eng");
  assert.equal(toIso6393("Spanish"), "spa");
  assert.equal(toIso6393("spa"), "spa");
});

test("unknown, undetermined and missing languages give no code rather than a guess", () => {
  assert.equal(toIso6393("und"), undefined);
  assert.equal(toIso6393("zxx"), undefined);
  assert.equal(toIso6393(""), undefined);
  assert.equal(toIso6393("xx-klingon-ish"), undefined);
  assert.equal(toIso6393(null), undefined);
  assert.equal(toIso6393(42), undefined);
});
