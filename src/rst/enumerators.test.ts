import assert from "node:assert/strict";
import { test } from "node:test";
import { ENUMERATOR, nextEnumerators, parseEnumerator } from "./enumerators.js";

function parse(text: string, expected?: string) {
  return parseEnumerator(ENUMERATOR.exec(text)!, expected);
}

test("enumerators are read as arabic, alphabetic or roman like docutils", () => {
  assert.deepEqual(parse("3. x"), { format: "period", sequence: "arabic", text: "3", ordinal: 3 });
  assert.deepEqual(parse("(b) x"), { format: "parens", sequence: "loweralpha", text: "b", ordinal: 2 });
  assert.deepEqual(parse("i) x"), { format: "rparen", sequence: "lowerroman", text: "i", ordinal: 1 });
  assert.deepEqual(parse("IV. x"), { format: "period", sequence: "upperroman", text: "IV", ordinal: 4 });
});

test("a single letter that is also a roman numeral counts as a letter unless the list is roman", () => {
  assert.equal(parse("v. x").sequence, "loweralpha");
  assert.equal(parse("v. x", "lowerroman").ordinal, 5);
});

test("invalid roman numerals have no ordinal", () => {
  assert.equal(parse("iiii. x").ordinal, undefined);
});

test("the next enumerator follows the format and the auto-enumerator is offered too", () => {
  assert.deepEqual(nextEnumerators(4, "upperroman", "parens"), ["(IV) ", "(#) "]);
  assert.equal(nextEnumerators(27, "loweralpha", "period"), undefined);
});
