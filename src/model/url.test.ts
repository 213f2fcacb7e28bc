import { test } from "node:test";
import assert from "node:assert/strict";
import { urlProblem } from "./url.js";

test("valid http(s) URLs have no problem, on the fast path or not", () => {
  for (const url of [
    "https://www.youtube.com/watch?v=dqDnB6jKzcE&t=95",
    "http://example.org",
    "https://example.org:8080/a/b?c=d#e",
    "https://例え.jp/パス",
    "https://user@example.org/x",
    "http://127.0.0.1:8000/",
  ])
    assert.equal(urlProblem(url), undefined, url);
});

test("invalid URLs are reported whatever shape they have", () => {
  const cases: [string, RegExp][] = [
    ["www.example.org/slides", /has no scheme/],
    ["javascript:alert(1)", /"javascript:" scheme/],
    [" https://example.org", /spaces around/],
    ["", /empty/],
    ["http://999.1.1.1/", /not a valid URL/],
    ["https://example.org:99999/", /not a valid URL/],
    ["https://exa mple.org/", /not a valid URL/],
  ];
  for (const [url, why] of cases) assert.match(urlProblem(url)?.message ?? "none", why, url);
});
