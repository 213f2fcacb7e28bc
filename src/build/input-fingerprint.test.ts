import { test } from "node:test";
import assert from "node:assert/strict";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { event, makeRepo, talk } from "../../test/helpers/fixture-repo.js";
import { inputFingerprint } from "./input-fingerprint.js";

test("the fingerprint changes with any byte, file boundary, name or option, and only then", (t) => {
  const repo = makeRepo({
    "e/category.json": event("E 2020"),
    "e/videos/a.json": talk(1),
    "e/videos/b.json": talk(2),
  });
  t.after(repo.cleanup);
  const fp = (options: unknown = {}): string => inputFingerprint(repo.dir, options).fingerprint;
  const first = fp();
  assert.equal(fp(), first, "the same input, the same fingerprint");
  assert.notEqual(fp({ strict: true }), first);
  const a = join(repo.dir, "e/videos/a.json");
  const b = join(repo.dir, "e/videos/b.json");
  // Moving a byte from the end of one file to the start of the next keeps their concatenation the
  // same: where one file ends must count.
  writeFileSync(a, '{"x": 1}\n');
  writeFileSync(b, '{"y": 2}\n');
  const before = fp();
  writeFileSync(a, '{"x": 1}');
  writeFileSync(b, '\n{"y": 2}\n');
  assert.notEqual(fp(), before, "the boundary between two files counts");
  writeFileSync(b, '\n{"y": 3}\n');
  const edited = fp();
  assert.notEqual(edited, before);
  renameSync(b, join(repo.dir, "e/videos/c.json"));
  assert.notEqual(fp(), edited, "a file's name counts");
});
