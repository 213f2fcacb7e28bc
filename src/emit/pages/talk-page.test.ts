import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonLd, plainSummary } from "./talk-page.js";

// The summary as first written: the whole first paragraph of the whole text, cleaned.
function reference(source: string): string | undefined {
  const blank = /\n\s*\n/.exec(source);
  const text = (blank ? source.slice(0, blank.index) : source).replace(/[`*_|]+/g, "").replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

test("a long text's summary, read from its beginning, is the one its whole first paragraph gives", () => {
  const words = (n: number, w = "word"): string => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
  const texts = [
    "",
    "   \n\n  ",
    "Short *text* with `code`.",
    words(400),
    // A blank line right at, just before and just after the 1,000th character.
    ...[990, 995, 998, 999, 1000, 1001, 1005].map((at) => `${"x".repeat(at)}\n   \n${words(50)}`),
    // A paragraph of markup and white space, then the real text after the cut.
    `${"*_|` \n".repeat(300)}${words(100)}`,
    `${" ".repeat(990)}${"*".repeat(20)}${words(100)}`,
    // Short first paragraph, long text.
    `First paragraph only.\n\n${words(500)}`,
    // Just over 200 characters after cleaning, white space runs at the cut.
    `${"a ".repeat(99)}${"\t ".repeat(400)}${words(10)}`,
    `${"ab  ".repeat(250)}tail`,
  ];
  for (const source of texts) {
    assert.equal(plainSummary({ description: source }), reference(source), JSON.stringify(source.slice(0, 60)));
    assert.equal(plainSummary({ summary: source, description: "other" }), reference(source));
  }
});

test("JSON-LD cannot close its script element: <, > and & are written as escapes", () => {
  assert.equal(jsonLd({ name: "a </script><b>&c" }), '{"name":"a \\u003c/script\\u003e\\u003cb\\u003e\\u0026c"}');
  assert.equal(jsonLd({ name: "plain" }), '{"name":"plain"}');
  assert.deepEqual(JSON.parse(jsonLd({ name: "x<y>&z" })), { name: "x<y>&z" });
});
