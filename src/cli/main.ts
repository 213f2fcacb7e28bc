#!/usr/bin/env node
// The talkdex executable: runs the command line and exits with its status.

import { readFileSync } from "node:fs";
import { processIo } from "./io.js";
import { run } from "./run.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
process.exitCode = await run(process.argv.slice(2), processIo(), pkg.version);
