import { test } from "node:test";
import assert from "node:assert/strict";
import { fieldTerms } from "./term-index.js";
import { slugify } from "../model/slug.js";
import { cjkTerms, needsTransliteration, tokenize, wordSpans } from "./tokenize.js";

test("words are lower-cased and split on anything that is not a letter or a digit", () => {
  assert.deepEqual(tokenize("Async I/O in Python 3.12: asyncio-based_servers!"), ["async", "i", "o", "in", "python", "3", "12", "asyncio", "based", "servers"]);
});

test("accents and special Latin letters fold the way a reader (and the slug) would", () => {
  assert.deepEqual(tokenize("Letícia Łukasz Straße Ørsted Æsir Dvořák"), ["leticia", "lukasz", "strasse", "orsted", "aesir", "dvorak"]);
  assert.deepEqual(tokenize("ﬁle ＰＹＴＨＯＮ"), ["file", "python"], "compatibility forms fold too");
});

test("the ASCII fast path and the general path give the same words", () => {
  for (const text of ["Hello, World! x86_64 & C++ (2019)", "tab\tand\nnew-line"]) assert.deepEqual(tokenize(`${text} é`).slice(0, -1), tokenize(text));
});

test("a run of CJK characters becomes its bigrams, separate from Latin words beside it", () => {
  assert.deepEqual(cjkTerms("機械学習"), ["機械", "械学", "学習"]);
  assert.deepEqual(tokenize("Pythonで機械学習"), ["python", "で機", "機械", "械学", "学習"]);
  assert.deepEqual(tokenize("한국어 発"), ["한국", "국어", "発"]);
});

test("kana keep their dakuten and half-width katakana become full-width", () => {
  assert.deepEqual(tokenize("ガ"), ["ガ"]);
  assert.deepEqual(tokenize("ｶﾞｲﾄﾞ"), tokenize("ガイド"));
});

test("word spans point at the original text, whatever folding did", () => {
  const text = "Ünïcode für Léa";
  assert.deepEqual(
    wordSpans(text).map((s) => [s.term, text.slice(s.start, s.end)]),
    [["unicode", "Ünïcode"], ["fur", "für"], ["lea", "Léa"]],
  );
});

test("Cyrillic, Greek and CJK text are also indexed under their slug-style transliteration", () => {
  assert.equal(needsTransliteration("Café Dvořák"), false);
  assert.equal(needsTransliteration("Анализ производительности"), true);
  const terms = fieldTerms("Анализ производительности");
  assert.ok(terms.includes("анализ"));
  for (const word of slugify("Анализ производительности").split("-")) assert.ok(terms.includes(word), `${word} is indexed`);
  assert.ok(fieldTerms("岡野 真也").includes("gang"), "kanji get unidecode's reading, as in the slug");
});
