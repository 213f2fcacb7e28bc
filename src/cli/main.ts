#!/usr/bin/env node
// The talkdex executable: runs the command line and exits with its status.

import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { processIo } from "./io.js";
import { run } from "./run.js";
import { v8Tuning } from "./v8-tuning.js";

for (const flag of v8Tuning(process.execArgv)) setFlagsFromString(flag);
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
process.exitCode = await run(process.argv.slice(2), processIo(), pkg.version);
