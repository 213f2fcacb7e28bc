import { test } from "node:test";
import assert from "node:assert/strict";
import { transliterate } from "./transliterate.js";

test("ASCII text comes back unchanged", () => {
  assert.equal(transliterate("Plain ASCII, 100%!"), "Plain ASCII, 100%!");
});

test("Latin, Greek and CJK follow unidecode's tables", () => {
  assert.equal(transliterate("Letícia Ñandú"), "Leticia Nandu");
  assert.equal(transliterate("Αθήνα"), "Athena");
  assert.equal(transliterate("東京"), "Dong Jing ");
});

test("the characters where npm unidecode 1.1 differs from Python's 1.3.6 use Python's answer", () => {
  assert.equal(transliterate("ッシチ"), "tsushichi");
  assert.equal(transliterate("っしち"), "tsushichi");
  assert.equal(transliterate("Объект"), "Ob'ekt");
  assert.equal(transliterate("Ёж"), "Iozh");
  assert.equal(transliterate("½"), " 1/2");
  assert.equal(transliterate("a−b"), "a-b");
  assert.equal(transliterate("Python™"), "Python(tm)");
  assert.equal(transliterate("ᴘʏᴄᴏɴ"), "PYCOn");
  assert.equal(transliterate("『本』"), "{Ben } ");
});

test("characters Python's unidecode has no answer for vanish instead of becoming [?]", () => {
  assert.equal(transliterate("a⚡b\ufe0f"), "ab");
  assert.equal(transliterate("emoji 🐍"), "emoji ");
});
