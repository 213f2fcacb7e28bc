import { test } from "node:test";
import assert from "node:assert/strict";
import { parseJson, type JsonParseResult } from "./json-parse.js";
import { scanPositions } from "./json-positions.js";

function failure(text: string): { message: string; line: number; column: number } {
  const result = parseJson(text);
  assert.equal(result.ok, false, `expected ${JSON.stringify(text)} to be rejected`);
  const { message, line, column } = (result as Extract<JsonParseResult, { ok: false }>).error;
  return { message, line, column };
}

function success(text: string): Extract<JsonParseResult, { ok: true }> {
  const result = parseJson(text);
  assert.ok(result.ok, `expected ${JSON.stringify(text)} to parse: ${result.ok ? "" : result.error.message}`);
  return result;
}

const talk = '{\n  "title": "Ünïcode 😀 talk",\n  "videos": [\n    {\n      "type": "youtube",\n      "url": "https://y/1"\n    }\n  ]\n}\n';

test("a valid document gives the same value as JSON.parse", () => {
  assert.deepEqual(success(talk).value, JSON.parse(talk));
});

test("locate finds values and keys by path, counting columns in code points", () => {
  const parsed = success(talk);
  assert.deepEqual(parsed.locate(["title"]), { line: 2, column: 12, offset: 13 });
  assert.deepEqual(parsed.locateKey(["title"]), { line: 2, column: 3, offset: 4 });
  assert.equal(parsed.locate(["videos", 0, "url"])?.line, 6);
  assert.equal(parsed.locate(["videos", 0, "url"])?.column, 14);
  assert.equal(parsed.locateKey(["videos", 0, "url"])?.column, 7);
  assert.deepEqual(parsed.locate([]), { line: 1, column: 1, offset: 0 });
  assert.equal(parsed.locateKey([]), undefined);
  assert.equal(parsed.locate(["videos", 3]), undefined);
  assert.equal(parsed.locate(["videos", "0"]), undefined);
  assert.equal(parsed.locate(["nope"]), undefined);
});

test("columns after an emoji count it once", () => {
  const parsed = success('{"😀": 1, "b": 2}');
  assert.equal(parsed.locateKey(["b"])?.column, 10);
});

test("CRLF and lone CR both end a line", () => {
  assert.equal(success('{\r\n"a": 1,\r"b": 2}').locate(["b"])?.line, 3);
});

test("duplicate keys keep the last value and are reported with the first line", () => {
  const parsed = success('{\n  "title": "a",\n  "x": {"k": 1, "k": 2},\n  "title": "b"\n}');
  assert.deepEqual(parsed.value, { title: "b", x: { k: 2 } });
  assert.deepEqual(
    parsed.duplicates.map(({ key, objectPath, line, column, firstLine }) => ({ key, objectPath, line, column, firstLine })),
    [
      { key: "k", objectPath: ["x"], line: 3, column: 17, firstLine: 3 },
      { key: "title", objectPath: [], line: 4, column: 3, firstLine: 2 },
    ],
  );
  assert.equal(parsed.duplicates[1]?.message, 'Duplicate key "title" (first at line 2); the last value is kept');
  assert.equal(parsed.locate(["title"])?.line, 4);
});

test("float-written and oversized number tokens keep their raw text", () => {
  const parsed = success('{"duration": 1005.0, "n": 2.5, "e": 1e3, "big": 9007199254740993, "ok": 9007199254740991}');
  assert.deepEqual(parsed.rawNumbers, [
    { path: ["duration"], raw: "1005.0" },
    { path: ["n"], raw: "2.5" },
    { path: ["e"], raw: "1e3" },
    { path: ["big"], raw: "9007199254740993" },
  ]);
  assert.deepEqual(success('{"a": [1, 2], "s": "1.0 and 1e5 inside a string"}').rawNumbers, []);
});

test("a key named __proto__ is an ordinary key, as with JSON.parse", () => {
  const parsed = success('{"__proto__": 1, "__proto__": {"x": 2}}');
  assert.deepEqual(Object.keys(parsed.value as object), ["__proto__"]);
  assert.equal(Object.getPrototypeOf(parsed.value), Object.prototype);
});

test("syntax errors say what is wrong and where", () => {
  const cases: [string, string, number, number][] = [
    ['{\n  "a": 1,\n}', "Trailing comma is not allowed in JSON", 2, 9],
    ["[1, 2,]", "Trailing comma is not allowed in JSON", 1, 6],
    ['{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}' after property value in object (is a comma missing?)", 3, 3],
    ["[1 2]", "Expected ',' or ']' after array element", 1, 4],
    ['\n\n{\n  "a": [1', "Unexpected end of file: the array opened at line 4 column 8 is never closed", 4, 10],
    ['\n\n{\n  "a": 1', "Unexpected end of file: the object opened at line 3 column 1 is never closed", 4, 9],
    ['{"a" 1}', "Expected ':' after property name \"a\" in object", 1, 6],
    ["{'a': 1}", "Property names must use double quotes in JSON, not single quotes", 1, 2],
    ["{a: 1}", "Property names must be strings in double quotes", 1, 2],
    ['{"a": \'x\'}', "Strings must use double quotes in JSON, not single quotes", 1, 7],
    ['{"a": True}', "Invalid literal 'True': JSON writes it in lowercase as 'true'", 1, 7],
    ['{"a": None}', "Invalid literal 'None': JSON writes it as 'null'", 1, 7],
    ["[NaN]", "NaN is not allowed in JSON", 1, 2],
    ["[01]", "Invalid number: leading zeros are not allowed in JSON", 1, 2],
    ["[1.]", "Invalid number: expected a digit after the decimal point", 1, 4],
    ["[.5]", "Invalid number: a number must start with a digit (write 0.5, not .5)", 1, 2],
    ["[-]", "Invalid number: expected a digit after '-'", 1, 3],
    ["[1e]", "Invalid number: expected a digit in the exponent", 1, 4],
    ['["a\\x"]', "Invalid escape '\\x' in string (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)", 1, 4],
    ['["\\u12g4"]', "Invalid \\u escape in string: expected 4 hexadecimal digits after \\u", 1, 3],
    ['["a\tb"]', "Unescaped control character U+0009 in string: write it as \\t", 1, 4],
    ['{"a": "one\ntwo"}', "Line break inside the string opened at line 1 column 7: write it as \\n, or close the string", 1, 11],
    ['["abc', "Unexpected end of file: the string opened at line 1 column 2 is never closed", 1, 2],
    ["// note\n{}", "Comments are not allowed in JSON", 1, 1],
    ["{} {}", "Unexpected character '{' after the end of the JSON value (the document must hold exactly one value)", 1, 4],
    ["", "Unexpected end of file: expected a JSON value", 1, 1],
    ["\ufeff{}", "Unexpected byte order mark (U+FEFF): expected a JSON value", 1, 1],
    ["[1,,2]", "Expected a value before ',' in array", 1, 4],
    ['{"😀": x}', "Unexpected word 'x': expected a JSON value (strings need double quotes)", 1, 7],
  ];
  for (const [text, message, line, column] of cases) {
    assert.deepEqual(failure(text), { message, line, column }, JSON.stringify(text));
  }
});

test("the positional parser agrees with JSON.parse on what is valid", () => {
  const samples = [
    "0", "-0", "1e-7", "-1.5E+3", '"\\ud83d\\ude00 \\/ \\u00e9"', "[]", "{}", " [ 1 , { } , [ ] ] ",
    "true", "null", '{"a":{"b":[null,false]}}', "[1,]", "[1 2]", '{"a":1,}', "01", "1.", "+1", "tru", '"\\a"', "[", "{", "'a'", '"\u0001"', "1 2", "\u00a01",
  ];
  for (const text of samples) {
    let expected: unknown;
    let valid = true;
    try {
      expected = JSON.parse(text);
    } catch {
      valid = false;
    }
    const ours = scanPositions(text);
    assert.equal(ours.ok, valid, JSON.stringify(text));
    if (ours.ok) assert.deepEqual(ours.value, expected, JSON.stringify(text));
  }
});

test("deep nesting is an error, not a crash", () => {
  const text = "[".repeat(5000) + "]".repeat(5000);
  const result = scanPositions(text);
  assert.equal(result.ok, false);
});

test("a document nested too deeply for positions still parses, without positions", () => {
  const text = "[".repeat(3000) + "1.5" + "]".repeat(3000);
  const parsed = success(text);
  assert.equal(parsed.locate([0]), undefined);
});
