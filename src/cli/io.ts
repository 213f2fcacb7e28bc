// The terminal a command talks to, injected so tests can run commands in-process.

/** Output streams, working folder and terminal facts of one command run. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** True when stdout is a terminal (colours, progress). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process's terminal. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}
