#!/usr/bin/env node
// The talkdex executable: runs the command line and exits with its status.

import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { relaunch, relaunchEnv } from "./relaunch.js";
import { v8Tuning } from "./v8-tuning.js";

const argv = process.argv.slice(2);
// The commands are loaded only in the process that runs them: a build's first process, which only
// starts the second (see relaunch.ts), started it 0.21 s after its own start when it loaded them
// all first, ≈ 0.16 s without (most of that is Node's own start).
const here = async (): Promise<number> => {
  for (const flag of v8Tuning(process.execArgv)) setFlagsFromString(flag);
  const [{ run }, { processIo }] = await Promise.all([import("./run.js"), import("./io.js")]);
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return run(argv, processIo(), pkg.version);
};
// A build runs again in a process whose memory allocator asks for huge pages (see relaunch.ts).
const env = relaunchEnv(argv, process.env);
const status = env ? await relaunch(env, here) : await here();
// A build that has run here is done: once its messages are out (written at once to a file, a
// terminal, or a pipe on Linux; else wait for them), it ends now rather than tearing V8's heap down
// first, which took ≈ 45 ms of a cold build of the snapshot (0.8 GB of heap). Other commands end as usual.
if (!env && argv[0] === "build" && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(status);
process.exitCode = status;
