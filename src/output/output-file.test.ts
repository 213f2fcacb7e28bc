import { test } from "node:test";
import assert from "node:assert/strict";
import { byteLength, Pieces, sameContent, solid } from "./output-file.js";

test("pieces join into their concatenation, texts as UTF-8, and measure as many bytes", () => {
  const arena = Buffer.from("0123456789");
  const pieces = new Pieces(["<a>é", arena.subarray(2, 5), "", Buffer.from("日本"), "😀</a>"]);
  const joined = pieces.join();
  assert.equal(joined.toString("utf8"), "<a>é234日本😀</a>");
  assert.equal(pieces.byteLength, joined.byteLength);
  assert.equal(byteLength(pieces), joined.byteLength);
  assert.equal(new Pieces([]).join().byteLength, 0);
});

test("solid gives texts and bytes as they are and pieces joined", () => {
  const bytes = Buffer.from("x");
  assert.equal(solid("text"), "text");
  assert.equal(solid(bytes), bytes);
  assert.ok(sameContent(solid(new Pieces(["a", Buffer.from("b")])), "ab"));
});
