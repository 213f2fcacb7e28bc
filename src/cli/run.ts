// Dispatches `talkdex <command>`; the only place that turns errors into messages and exit codes.

import { UserError } from "../model/user-error.js";
import type { CliIo } from "./io.js";

/** Top-level help. */
export const MAIN_HELP = `Usage: talkdex <command> [options]

Commands:
  build   build the static website (talkdex build --help)
  check   validate a pyvideo/data-style repository (talkdex check --help)
  fix     rewrite data files into canonical form and apply safe fixes (talkdex fix --help)
  import  add an event's talks from YouTube, PeerTube, Vimeo or a schedule (talkdex import --help)
  serve   serve the site while you edit the data, with live reload (talkdex serve --help)

Options:
  -h, --help      show this help
  -v, --version   print the version

Without --data, commands use the current folder when it is a data repository, else the bundled sample.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

// Loaded on demand: `talkdex check` should not pay for loading the site builder, and the reverse.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import("./commands/build.js")).buildCommand,
  check: async () => (await import("./commands/check.js")).checkCommand,
  fix: async () => (await import("./commands/fix.js")).fixCommand,
  import: async () => (await import("./commands/import.js")).importCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
};

/** Runs one command line; never throws. */
export async function run(argv: string[], io: CliIo, version: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`talkdex ${version}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`talkdex: unknown command "${command}".\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr(`${e.message}\n`);
      return e.exitCode;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`talkdex: internal error — please report it with the command you ran.\n${detail}\n`);
    return 70;
  }
}
