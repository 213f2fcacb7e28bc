import assert from "node:assert/strict";
import { test } from "node:test";
import { describeFailure, writeFailure } from "./write-failure.js";

const systemError = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

test("a full disk is said in words, with the file being written and what to do; the error is the user's to act on", () => {
  const failure = describeFailure(systemError("ENOSPC", "ENOSPC: no space left on device, write"), "feeds/all.atom.xml");
  assert.equal(failure, "the disk is full (ENOSPC) — at feeds/all.atom.xml");
  const error = writeFailure("/srv/site", failure);
  assert.equal(error.name, "UserError");
  assert.equal(error.exitCode, 1);
  assert.equal(error.message, "Writing the site into /srv/site failed: the disk is full (ENOSPC) — at feeds/all.atom.xml.\nFree some disk space, or choose another --out folder. Nothing in that folder was changed.");
});

test("permission and read-only refusals ask for another folder; other failures are told as the system tells them", () => {
  for (const code of ["EACCES", "EPERM", "EROFS"]) assert.match(writeFailure("/o", describeFailure(systemError(code, `${code}: x`), "a.html")).message, /\(E[A-Z]+\) — at a\.html\.\nChoose an --out folder you can write to\./, code);
  const other = describeFailure(systemError("ENOTDIR", "ENOTDIR: not a directory, mkdir '/o/a'"), "a/b.html");
  assert.equal(other, "ENOTDIR: not a directory, mkdir '/o/a' — at a/b.html");
  assert.match(writeFailure("/o", other).message, /\nCheck the output folder, then build again\./);
  assert.equal(describeFailure(new Error("boom"), ""), "boom");
});
