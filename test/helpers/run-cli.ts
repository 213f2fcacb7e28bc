// Runs the talkdex command line in-process with captured output.

import { run } from "../../src/cli/run.js";

/** What a command printed and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `talkdex ...argv` in `cwd` without a terminal. */
export async function runCli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, isTTY: false, env: {} }, "0.0.0-test");
  return { code, stdout, stderr };
}
