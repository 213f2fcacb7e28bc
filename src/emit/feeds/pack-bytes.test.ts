import { test } from "node:test";
import assert from "node:assert/strict";
import { packBytes } from "./pack-bytes.js";

test("each result is the concatenation of its chunks, empty lists included", () => {
  const b = (s: string) => Buffer.from(s);
  assert.equal(packBytes([["a", b("é")], ["ü"]]).map(String).join("|"), "aé|ü");
  const out = packBytes([[b("<a>"), b("é"), b("</a>")], [], [b("x")]]);
  assert.deepEqual(out.map((o) => o.toString()), ["<a>é</a>", "", "x"]);
});
