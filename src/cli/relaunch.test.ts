import { test } from "node:test";
import assert from "node:assert/strict";
import { relaunchEnv, type SystemProbe } from "./relaunch.js";

const probe = (glibc: boolean, hugePages: string | undefined): SystemProbe => ({ glibc: () => glibc, hugePages: () => hugePages });
const madvise = probe(true, "madvise");

test("a build runs again with glibc's huge-page tunable, added to the tunables already set", () => {
  assert.deepEqual(relaunchEnv(["build", "--data", "x"], { PATH: "/bin" }, ["--import", "tsx"], madvise), { PATH: "/bin", GLIBC_TUNABLES: "glibc.malloc.hugetlb=1" });
  assert.deepEqual(relaunchEnv(["build"], { GLIBC_TUNABLES: "glibc.malloc.arena_max=2" }, [], madvise), { GLIBC_TUNABLES: "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1" });
});

test("nothing runs again where the tunable cannot help or is already decided", () => {
  for (const command of ["check", "serve", "fix", "import", "--help"]) assert.equal(relaunchEnv([command], {}, [], madvise), undefined, command);
  assert.equal(relaunchEnv([], {}, [], madvise), undefined);
  assert.equal(relaunchEnv(["build"], { GLIBC_TUNABLES: "glibc.malloc.hugetlb=0" }, [], madvise), undefined);
  assert.equal(relaunchEnv(["build"], { GLIBC_TUNABLES: "glibc.malloc.hugetlb=1" }, [], madvise), undefined);
  assert.equal(relaunchEnv(["build"], {}, [], probe(false, "madvise")), undefined);
  for (const debug of ["--inspect", "--inspect-brk=9230"]) assert.equal(relaunchEnv(["build"], {}, [debug], madvise), undefined, debug);
  for (const mode of ["always", "never", undefined]) assert.equal(relaunchEnv(["build"], {}, [], probe(true, mode)), undefined, String(mode));
});
