import { test } from "node:test";
import assert from "node:assert/strict";
import { makeSite } from "../../build/site.js";
import { redirectsFile } from "./redirects-file.js";

test("lines are `old new 301` with the path prefix; non-ASCII is percent-encoded and existing escapes kept", () => {
  const site = makeSite("Talks", "https://example.org/talks/");
  const text = redirectsFile(
    {
      rules: [
        { from: "video/1/café", file: "video/1/café/index.html", to: "/talks/x/y.html", source: "alias of x/y" },
        { from: "old.html", file: "old.html", to: "https://other.example/a%20b", source: "redirects.txt line 1" },
      ],
      skipped: [{ from: "x.html", to: "/talks/y.html", source: "redirects.txt line 2", reason: "a page is built at x.html" }],
    },
    site,
  );
  const lines = text.trimEnd().split("\n");
  assert.equal(lines[1], "/talks/video/1/caf%C3%A9 /talks/x/y.html 301");
  assert.equal(lines[2], "/talks/old.html https://other.example/a%20b 301");
  assert.equal(lines[3], "# skipped x.html → /talks/y.html (redirects.txt line 2): a page is built at x.html");
});
