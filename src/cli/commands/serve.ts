// `talkdex serve`: build the site into memory, serve it on 127.0.0.1 and rebuild as the data changes.

import { spawn } from "node:child_process";
import { UserError } from "../../model/user-error.js";
import { startServe } from "../../serve/dev-server.js";
import { isLoopback, isValidHost } from "../../serve/host.js";
import { choice, parseCommandArgs, stringOption } from "../args.js";
import { chooseDataDir } from "../data-dir.js";
import { interruptions } from "../signals.js";
import type { CliIo } from "../io.js";

/** Help text of `talkdex serve`. */
export const SERVE_HELP = `Usage: talkdex serve [--data DIR] [--port N] [--host H] [--open] [--base-url URL] [--thumbnails remote|placeholder]

Builds the site into memory and serves it while you edit: every saved change to the data is
rebuilt, open pages reload, and errors show in the terminal and over the page (the last good
version keeps being served). Stop with Ctrl-C.

Options:
  --data DIR       the data repository (default: the current folder if it is one, else the bundled sample)
  --port N         port to listen on (default: 8000; 0 picks a free port)
  --host H         address to listen on (default: 127.0.0.1, this machine only); anything else
                   exposes the site to the network
  --open           open the site in a browser
  --base-url URL   the site's base URL (default: the served address, so links work locally);
                   its path is where the site is served, e.g. http://127.0.0.1:8000/talks/
  --thumbnails M   remote (default) or placeholder (pages make no request to another site)
  -h, --help       show this help
`;

/** Runs `talkdex serve` until SIGINT or SIGTERM; returns the exit code. */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const signals = interruptions(io, "serve");
  try {
    return await runServe(args, io, signals.stopped);
  } finally {
    signals.dispose();
  }
}

/** Runs `talkdex serve` until `stop` settles (tests pass their own). */
export async function runServe(args: string[], io: CliIo, stop: Promise<unknown>): Promise<number> {
  const { values } = parseCommandArgs("serve", args, {
    data: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    open: { type: "boolean" },
    "base-url": { type: "string" },
    thumbnails: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  const portText = stringOption(values, "port") ?? "8000";
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UserError(`talkdex serve: --port must be a number from 0 to 65535 (0 picks a free port), not "${portText}".`, 2);
  const host = stringOption(values, "host") ?? "127.0.0.1";
  if (!isValidHost(host)) throw new UserError(`talkdex serve: --host must be a host name or an IP address such as 127.0.0.1, not "${host}".`, 2);
  const baseUrl = stringOption(values, "base-url");
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl))
    throw new UserError(`talkdex serve: --base-url must be an absolute http(s) URL such as http://127.0.0.1:8000/talks/, not "${baseUrl}".`, 2);
  const thumbnailsOption = stringOption(values, "thumbnails");
  const thumbnails = thumbnailsOption === undefined ? undefined : choice("serve", "thumbnails", thumbnailsOption, ["remote", "placeholder"] as const, "remote");
  const { dir, sample } = chooseDataDir(stringOption(values, "data"), io.cwd);
  if (sample) io.stderr(`talkdex: no --data given and ${io.cwd} is not a data repository; serving the bundled sample at ${dir}\n`);
  if (!isLoopback(host))
    io.stderr(`talkdex serve: warning: --host ${host} exposes the site to other machines on the network. talkdex serve is a development server: use it on networks you trust, and \`talkdex build\` for publishing.\n`);

  const server = await startServe({ data: dir, host, port, baseUrl, thumbnails, out: io.stdout, err: io.stderr, color: io.isTTY });
  io.stdout(`Serving ${dir} at ${server.url} (building…; Ctrl-C to stop)\n`);
  let stopped = false;
  const stopping = stop.then(() => void (stopped = true));
  try {
    await Promise.race([server.ready, stopping]);
  } catch (e) {
    // The first build failed (e.g. the data folder is missing): nothing to serve.
    await server.close();
    throw e;
  }
  if (!stopped && values.open) openBrowser(server.url, io);
  await stopping;
  io.stdout("Stopping talkdex serve.\n");
  await server.close();
  return 0;
}

// Opens `url` with the platform's launcher; a missing launcher is only a note (the URL is printed).
function openBrowser(url: string, io: CliIo): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", '""', url]] : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: "ignore" });
    child.on("error", () => io.stderr(`talkdex serve: could not open a browser (${command}); open ${url} yourself.\n`));
    child.unref();
  } catch {
    io.stderr(`talkdex serve: could not open a browser (${command}); open ${url} yourself.\n`);
  }
}

