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
