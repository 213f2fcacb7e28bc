import { test } from "node:test";
import assert from "node:assert/strict";
import { iso6393, iso6393To1, iso6393To2B } from "iso-639-3";
import { ISO_639_3_JSON } from "../src/model/iso-639-3-data.js";
import { isLanguageCode, langTag, lookupLanguage, suggestLanguage } from "../src/model/language.js";
import { isoData } from "../scripts/iso-639-3-table.js";

test("the compiled ISO 639-3 tables are the iso-639-3 package's (run `npm run generate:languages` after updating it)", () => {
  assert.deepEqual(JSON.parse(ISO_639_3_JSON), isoData(iso6393, iso6393To2B));
  for (const entry of iso6393) {
    assert.ok(isLanguageCode(entry.iso6393), entry.iso6393);
    assert.equal(lookupLanguage(entry.iso6393)?.name, entry.name);
    assert.equal(lookupLanguage(entry.iso6393)?.iso6391, entry.iso6391);
    assert.equal(langTag(entry.iso6393), entry.iso6391 ?? entry.iso6393);
  }
  // Every ISO 639-1 and 639-2/B code leads to its ISO 639-3 code (but "kr", Kanuri's, which people
  // mean as Korea's: language.ts sends it to Korean on purpose).
  for (const [three, one] of Object.entries(iso6393To1)) assert.equal(suggestLanguage(one), one === "kr" ? "kor" : three, one);
  for (const [three, b] of Object.entries(iso6393To2B)) assert.equal(suggestLanguage(b), three, b);
});
