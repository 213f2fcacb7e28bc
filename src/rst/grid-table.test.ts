import assert from "node:assert/strict";
import { test } from "node:test";
import { parseGridTable, TableMarkupError } from "./grid-table.js";
import { parseSimpleTable } from "./simple-table.js";

test("a grid table yields column widths, header rows, body rows and spans", () => {
  const s = parseGridTable(["+---+---+", "| a | b |", "+===+===+", "| c     |", "+---+---+"]);
  assert.deepEqual(s.colwidths, [3, 3]);
  assert.deepEqual(s.head.map((r) => r.map((c) => c.lines.join("|"))), [["a", "b"]]);
  assert.deepEqual(s.body.map((r) => r.map((c) => [c.lines.join("|"), c.morecols])), [[["c", 1]]]);
});

test("an incomplete grid table is a markup error", () => {
  assert.throws(() => parseGridTable(["+---+---+", "| a   b |", "+---+   +"]), TableMarkupError);
});

test("a simple table splits columns at the border gaps and spans with dashes", () => {
  const s = parseSimpleTable(["=====  =====", "a      b", "=====  =====", "spanning both", "------------", "=====  ====="]);
  assert.deepEqual(s.head.map((r) => r.map((c) => c.lines.join())), [["a", "b"]]);
  assert.deepEqual(s.body[0]!.map((c) => [c.lines.join(), c.morecols]), [["spanning both", 1]]);
});

test("text in a simple table's column margin is a markup error", () => {
  assert.throws(() => parseSimpleTable(["===  ===", "aaaaaa b", "===  ==="]), /Text in column margin in table line 2/);
});
