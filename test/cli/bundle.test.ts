// The bundled command (scripts/bundle-cli.ts, what `npm run build` puts in dist/bin/ and the `bin`
// runs) does what the modules do: bundled afresh into a folder beside dist/ (two levels below the
// package root, as dist/bin/ is), its `build`, `check` and `serve` — each with its worker threads —
// are compared with the same commands run from the sources.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli } from "../../scripts/bundle-cli.js";
import { runCli } from "../helpers/run-cli.js";
import { REPO_ROOT } from "../helpers/shared.js";
import { listing } from "../helpers/site-files.js";
import { request } from "../serve/http-request.js";

test("the bundled command builds, checks and serves the sample as the sources do, on its worker threads", async (t) => {
  // The check and the build use their worker threads only on a machine with more than one core.
  assert.ok(availableParallelism() > 1, "this test needs two cores to exercise the workers");
  const bundle = mkdtempSync(join(REPO_ROOT, ".bundle-test-"));
  const dir = mkdtempSync(join(tmpdir(), "talkdex-bundle-"));
  t.after(() => {
    rmSync(bundle, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  await bundleCli(join(bundle, "bin"));
  const main = join(bundle, "bin", "main.js");
  const cli = (args: string[]) => spawnSync(process.execPath, [main, ...args], { cwd: dir, encoding: "utf8" });

  // build: every file as the sources write it (the manifest names the code that built it).
  const built = cli(["build", "--out", "bundled"]);
  assert.equal(built.status, 0, built.stderr);
  const source = await runCli(["build", "--out", "source"], dir);
  assert.equal(source.code, 0, source.stderr);
  const said = (stdout: string): string => stdout.replace(/ in [\d.]+ s/, "").replace(/(bundled|source)\n/, "\n");
  assert.equal(said(built.stdout), said(source.stdout));
  const files = listing(join(dir, "bundled")).filter((path) => path !== ".talkdex-manifest.json");
  assert.ok(files.length > 100, `${files.length} files`);
  assert.deepEqual(listing(join(dir, "source")).filter((path) => path !== ".talkdex-manifest.json"), files);
  for (const path of files) assert.ok(readFileSync(join(dir, "bundled", path)).equals(readFileSync(join(dir, "source", path))), path);

  // The build's input fingerprint covers the bundle's own files: an edit there builds anew.
  const input = (): string => (JSON.parse(readFileSync(join(dir, "bundled", ".talkdex-manifest.json"), "utf8")) as { build: { input: string } }).build.input;
  const before = input();
  appendFileSync(join(bundle, "bin", "write-worker.js"), "\n// an edit\n");
  assert.equal(cli(["build", "--out", "bundled"]).status, 0);
  assert.notEqual(input(), before);

  // check: the same findings (the rules' worker, the schemas found from the bundle's folder).
  const checked = cli(["check", "--format", "json"]);
  const fromSource = await runCli(["check", "--format", "json"], dir);
  assert.equal(checked.status, fromSource.code, checked.stderr);
  const findings = (text: string): unknown => (JSON.parse(text) as { diagnostics: unknown }).diagnostics;
  assert.deepEqual(findings(checked.stdout), findings(fromSource.stdout));

  // serve: its watcher's worker starts and the site answers.
  const child = spawn(process.execPath, [main, "serve", "--port", "0"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  t.after(() => child.kill("SIGKILL"));
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
  const exited = new Promise<number | null>((ok) => child.on("exit", ok));
  const deadline = Date.now() + 30_000;
  while (!/Built [\d,]+ files/.test(out) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
  const port = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
  assert.ok(port && /Built [\d,]+ files/.test(out), out);
  const home = await request(Number(port), "/");
  assert.equal(home.status, 200);
  assert.match(home.text, /<!DOCTYPE html>/);
  child.kill("SIGINT");
  assert.equal(await exited, 0);
});
