import { test } from "node:test";
import assert from "node:assert/strict";
import { compareCodePoints, formatPyvideoJson, isCanonicalPyvideoJson, pythonFloatRepr } from "./canonical-json.js";
import { parseJson } from "../load/json-parse.js";

test("floats are written like Python's repr", () => {
  // Expected strings come from python3: [repr(v) for v in values].
  const cases: [number, string][] = [
    [1.5, "1.5"],
    [1e-5, "1e-05"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [0.0001, "0.0001"],
    [123456789012345678, "1.2345678901234568e+17"],
    [-0, "-0.0"],
    [0.1, "0.1"],
    [1e100, "1e+100"],
    [2.5e-7, "2.5e-07"],
    [1005, "1005.0"],
    [1e22, "1e+22"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [100, "100.0"],
    [0.000123, "0.000123"],
    [Infinity, "Infinity"],
    [NaN, "NaN"],
  ];
  for (const [value, repr] of cases) assert.equal(pythonFloatRepr(value), repr, `repr(${value})`);
});

test("the canonical form sorts keys by code point, escapes non-ASCII and indents by two", () => {
  const value = {
    b: 'é😀\x7f\x01/"\\\n\t\b\f\r',
    "\ue000": 1,
    "😀": 2,
    a: [],
    c: {},
    d: [1, { x: null, y: true }],
  };
  // Python: json.dumps(value, indent=2, sort_keys=True, separators=(",", ": "), ensure_ascii=True)
  const expected = [
    "{",
    '  "a": [],',
    '  "b": "\\u00e9\\ud83d\\ude00\\u007f\\u0001/\\"\\\\\\n\\t\\b\\f\\r",',
    '  "c": {},',
    '  "d": [',
    "    1,",
    "    {",
    '      "x": null,',
    '      "y": true',
    "    }",
    "  ],",
    '  "\\ue000": 1,',
    '  "\\ud83d\\ude00": 2',
    "}",
    "",
  ].join("\n");
  assert.equal(formatPyvideoJson(value), expected);
});

test("astral characters sort after the last BMP characters, as in Python", () => {
  assert.ok(compareCodePoints("😀", "\uffff") > 0);
  assert.ok(compareCodePoints("\uffff", "😀") < 0);
  assert.ok(compareCodePoints("a", "b") < 0);
  assert.equal(compareCodePoints("😀", "😀"), 0);
});

test("a duration written as 1005.0 keeps its float form when its raw token is passed", () => {
  const text = '{\n  "duration": 1005.0,\n  "ids": [\n    12345678901234567890\n  ]\n}\n';
  const parsed = parseJson(text);
  assert.ok(parsed.ok);
  assert.equal(formatPyvideoJson(parsed.value), '{\n  "duration": 1005,\n  "ids": [\n    12345678901234567168\n  ]\n}\n');
  assert.ok(isCanonicalPyvideoJson(text, parsed.value, { rawNumbers: parsed.rawNumbers }));
});

test("a raw token is ignored once the value it described has changed", () => {
  const value = { duration: 60 };
  assert.equal(formatPyvideoJson(value, { rawNumbers: [{ path: ["duration"], raw: "1005.0" }] }), '{\n  "duration": 60\n}\n');
});

test("scalars, empty containers and top-level values are written as Python writes them", () => {
  assert.equal(formatPyvideoJson([]), "[]\n");
  assert.equal(formatPyvideoJson({}), "{}\n");
  assert.equal(formatPyvideoJson("x"), '"x"\n');
  assert.equal(formatPyvideoJson(-0), "0\n");
  assert.equal(formatPyvideoJson(2.5), "2.5\n");
  assert.equal(formatPyvideoJson(2 ** 60), "1152921504606846976\n");
  assert.equal(formatPyvideoJson([[], {}]), "[\n  [],\n  {}\n]\n");
});

test("values JSON cannot hold are refused instead of written wrongly", () => {
  assert.throws(() => formatPyvideoJson({ a: undefined }), TypeError);
  assert.throws(() => formatPyvideoJson(() => 1), TypeError);
});

test("a file that differs from the canonical form only by its final newline is not canonical", () => {
  assert.equal(isCanonicalPyvideoJson('{\n  "a": 1\n}', { a: 1 }), false);
  assert.equal(isCanonicalPyvideoJson('{\n  "a": 1\n}\n', { a: 1 }), true);
});

test("integer-like keys sort as text, as Python sorts them", () => {
  assert.equal(formatPyvideoJson({ a: 1, "10": 2, "2": 3 }), '{\n  "10": 2,\n  "2": 3,\n  "a": 1\n}\n');
  assert.equal(formatPyvideoJson({ t: 1.5, s: "é\u007f" }), '{\n  "s": "\\u00e9\\u007f",\n  "t": 1.5\n}\n');
});
