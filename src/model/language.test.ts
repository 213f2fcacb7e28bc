import { test } from "node:test";
import assert from "node:assert/strict";
import { isLanguageCode, lookupLanguage, PYVIDEO_LANGUAGES, suggestLanguage } from "./language.js";

test("every ISO 639-3 code is known, not only pyvideo's twenty", () => {
  assert.ok(isLanguageCode("eng"));
  assert.ok(isLanguageCode("nhi"));
  assert.ok(isLanguageCode("haw"));
  assert.ok(!isLanguageCode("en"));
  assert.ok(!isLanguageCode("ENG"));
  assert.ok(!isLanguageCode("xyz"));
});

test("a language carries its English name, native name and ISO 639-1 code", () => {
  assert.deepEqual(lookupLanguage("eng"), { code: "eng", name: "English", nativeName: "English", iso6391: "en" });
  assert.deepEqual(lookupLanguage("jpn"), { code: "jpn", name: "Japanese", nativeName: "日本語", iso6391: "ja" });
  assert.equal(lookupLanguage("spa")?.nativeName, "Español");
  assert.equal(lookupLanguage("zho")?.nativeName, "中文");
  assert.equal(lookupLanguage("eus")?.nativeName, "Euskara");
});

test("languages CLDR has no native name for fall back to the English name", () => {
  const language = lookupLanguage("nhi");
  assert.equal(language?.nativeName, language?.name);
  assert.equal(language?.iso6391, undefined);
});

test("pyvideo's twenty site languages are all valid, with native names", () => {
  assert.equal(PYVIDEO_LANGUAGES.length, 20);
  for (const code of PYVIDEO_LANGUAGES) {
    const language = lookupLanguage(code);
    assert.ok(language, code);
    assert.notEqual(language.nativeName, "", code);
  }
  assert.equal(lookupLanguage("heb")?.nativeName, "עברית");
});

test("lookups return frozen records", () => {
  const language = lookupLanguage("fra");
  assert.ok(Object.isFrozen(language));
  assert.ok(Object.isFrozen(PYVIDEO_LANGUAGES));
});

test("bad codes get the code that was probably meant", () => {
  assert.equal(suggestLanguage("en"), "eng");
  assert.equal(suggestLanguage("EN"), "eng");
  assert.equal(suggestLanguage("English"), "eng");
  assert.equal(suggestLanguage("english "), "eng");
  assert.equal(suggestLanguage("pt-BR"), "por");
  assert.equal(suggestLanguage("pt_BR"), "por");
  assert.equal(suggestLanguage("zh-Hans"), "zho");
  assert.equal(suggestLanguage("jp"), "jpn");
  assert.equal(suggestLanguage("fre"), "fra");
  assert.equal(suggestLanguage("ger"), "deu");
  assert.equal(suggestLanguage("Español"), "spa");
  assert.equal(suggestLanguage("espanol"), "spa");
  assert.equal(suggestLanguage("Deutsch"), "deu");
  assert.equal(suggestLanguage("日本語"), "jpn");
  assert.equal(suggestLanguage("Chinese"), "zho");
  assert.equal(suggestLanguage("Greek"), "ell");
  assert.equal(suggestLanguage("ENG"), "eng");
  assert.equal(suggestLanguage("eng"), "eng");
  assert.equal(suggestLanguage("klingonese"), undefined);
  assert.equal(suggestLanguage(""), undefined);
});
