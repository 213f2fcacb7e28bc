import { test } from "node:test";
import assert from "node:assert/strict";
import { stripIllegalXml, xml } from "./xml.js";

test("markup characters and both quotes are escaped", () => {
  assert.equal(xml(`<b>"Tom" & 'Jerry'</b>`), "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;");
});

test("an existing entity is escaped again, so it shows as written", () => {
  assert.equal(xml("&amp;"), "&amp;amp;");
});

test("control characters, lone surrogates and U+FFFE are removed; tab, newlines and astral characters stay", () => {
  assert.equal(stripIllegalXml("a\x00b\x08c\x1Fd\uFFFEe\uD800f"), "abcdef");
  assert.equal(stripIllegalXml("tab\there\nline\rcr 😀 é"), "tab\there\nline\rcr 😀 é");
});
