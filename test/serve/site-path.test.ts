import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveSitePath } from "../../src/serve/site-path.js";

test("ordinary request paths map to site files, folders to their index.html", () => {
  const cases: [string, string][] = [
    ["/", "index.html"],
    ["/events/pyriver-2023.html", "events/pyriver-2023.html"],
    ["/tag/python/", "tag/python/index.html"],
    ["/tag/python/?q=1#x", "tag/python/index.html"],
    ["/speaker/leti%CC%81cia.html", "speaker/leti\u0301cia.html"],
    ["/a%20b.html", "a b.html"],
    ["/_redirects", "_redirects"],
  ];
  for (const [target, path] of cases) assert.deepEqual(resolveSitePath(target), { kind: "file", path }, target);
});

test("every path that tries to leave the site root, or hides a separator, is refused", () => {
  const evil = [
    "/..",
    "/../etc/passwd",
    "/a/../../etc/passwd",
    "/./index.html",
    "/%2e%2e/etc/passwd",
    "/%2E%2E/%2E%2E/etc/passwd",
    "/.%2e/etc/passwd",
    "/%2e./etc/passwd",
    "/..%2fetc%2fpasswd",
    "/..%2Fetc/passwd",
    "/%2f%2fetc/passwd",
    "/a%5c..%5c..%5cetc%5cpasswd",
    "/..\\..\\etc\\passwd",
    "/a\\b.html",
    "/index.html%00.txt",
    "/index.html\u0000",
    "/%0aindex.html",
    "/%E0%A4%A",
    "/%",
    "/%zz",
    "//etc/passwd",
    "/a//b.html",
    "http://evil.example/index.html",
    "*",
    "",
  ];
  for (const target of evil) assert.equal(resolveSitePath(target).kind, "bad", JSON.stringify(target));
});

test("double encoding is decoded once: %252e%252e names a literal file called %2e%2e, never the parent", () => {
  assert.deepEqual(resolveSitePath("/%252e%252e/%252e%252e/etc/passwd"), { kind: "file", path: "%2e%2e/%2e%2e/etc/passwd" });
  assert.deepEqual(resolveSitePath("/..%252fsecret"), { kind: "file", path: "..%2fsecret" });
});

test("under a base path, files are found below it and other paths are outside", () => {
  assert.deepEqual(resolveSitePath("/talks/", "/talks/"), { kind: "file", path: "index.html" });
  assert.deepEqual(resolveSitePath("/talks/tag/x/", "/talks/"), { kind: "file", path: "tag/x/index.html" });
  assert.deepEqual(resolveSitePath("/talks", "/talks/"), { kind: "outside", path: "talks" });
  assert.deepEqual(resolveSitePath("/talksfoo/x.html", "/talks/"), { kind: "outside", path: "talksfoo/x.html" });
  assert.equal(resolveSitePath("/talks/../secret", "/talks/").kind, "bad");
});
