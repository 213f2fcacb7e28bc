import { test } from "node:test";
import assert from "node:assert/strict";
import { readDataFile, valuesOnly } from "./data-file.js";

const bytes = (text: string) => Buffer.from(text, "utf8");

test("a values-only file keeps the value and the reading problems with their positions, not the text", () => {
  const full = readDataFile("e/videos/t.json", bytes('{\n  "title": "A",\n  "title": "B"\n}\n'));
  const slim = valuesOnly(full);
  assert.deepEqual(slim.value, { title: "B" });
  assert.deepEqual(slim.problems, full.problems);
  assert.deepEqual(
    slim.problems.map((p) => [p.rule, p.line, p.column]),
    [["duplicate-key", 3, 3]],
  );
  assert.equal(slim.text, undefined);
  assert.deepEqual(slim.locate(["title"]), { line: 1, column: 1 });
  assert.notDeepEqual(full.locate(["title"]), { line: 1, column: 1 });
  const broken = valuesOnly(readDataFile("e/videos/u.json", bytes('{"title": ')));
  assert.equal(broken.value, undefined);
  assert.equal(broken.problems[0]?.rule, "json-syntax");
});

test("a values-only file given its bytes gives its text and locates values and keys from them, as the whole file does", () => {
  const text = '{\n  "title": "A",\n  "videos": [\n    {"url": "x"}\n  ]\n}\n';
  const full = readDataFile("e/videos/t.json", bytes(text));
  const slim = valuesOnly(full, bytes(text));
  assert.equal(slim.text, full.text, "the text is decoded from the bytes again");
  assert.notEqual(slim.text, undefined);
  assert.deepEqual(slim.value, full.value);
  for (const path of [["title"], ["videos", 0, "url"], ["videos", 7], []])
    assert.deepEqual(slim.locate(path), full.locate(path), JSON.stringify(path));
  assert.deepEqual(slim.locateKey(["videos", 0, "url"]), full.locateKey(["videos", 0, "url"]));
  assert.deepEqual(slim.locate(["videos", 0, "url"]), { line: 4, column: 13 });
});
