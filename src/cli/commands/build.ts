// `talkdex build`: the static site of a data repository.

import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { build } from "../../build/build.js";
import { DiskSink } from "../../output/disk-sink.js";
import { UserError } from "../../model/user-error.js";
import { formatText } from "../../check/report-format.js";
import { choice, parseCommandArgs, stringOption } from "../args.js";
import { chooseDataDir } from "../data-dir.js";
import type { CliIo } from "../io.js";
import { exitStatus, Interrupted, interruptions } from "../signals.js";

/** Help text of `talkdex build`. */
export const BUILD_HELP = `Usage: talkdex build [--data DIR] [--out DIR] [--base-url URL] [--thumbnails remote|placeholder] [--clean] [--strict]

Builds the static website of a data repository: talk, event, series, speaker, tag, language and
year pages, feeds, sitemap, redirects and a JSON API, keeping every pyvideo.org URL.

Options:
  --data DIR       the data repository (default: the current folder if it is one, else the bundled sample)
  --out DIR        where the site goes (default: _site); replaced atomically, unchanged files kept
  --base-url URL   absolute URL the site will be published at (default: talkdex.json's baseUrl,
                   else http://127.0.0.1:8000/)
  --thumbnails M   remote (default: talks' thumbnail images from their host) or placeholder
                   (a neutral poster: pages make no request to another site)
  --clean          ignore the previous output (rewrite every file)
  --strict         any validation error stops the build before anything is written
  -h, --help       show this help

Records that fail validation are skipped with a message naming the file; the exit status is then 1.
Errors are shown; warnings are not looked for (talkdex check lists them).
`;

/** Runs `talkdex build`; returns the exit code. */
export async function buildCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("build", args, {
    data: { type: "string" },
    out: { type: "string" },
    "base-url": { type: "string" },
    clean: { type: "boolean" },
    thumbnails: { type: "string" },
    strict: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(BUILD_HELP);
    return 0;
  }
  const baseUrl = stringOption(values, "base-url");
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl))
    throw new UserError(`talkdex build: --base-url must be an absolute http(s) URL such as https://example.org/talks/, not "${baseUrl}".`, 2);
  const { dir, sample } = chooseDataDir(stringOption(values, "data"), io.cwd);
  if (sample) io.stderr(`talkdex: no --data given and ${io.cwd} is not a data repository; building the bundled sample at ${dir}\n`);
  const out = resolve(io.cwd, stringOption(values, "out") ?? "_site");
  const started = performance.now();
  const thumbnailsOption = stringOption(values, "thumbnails");
  const thumbnails = thumbnailsOption === undefined ? undefined : choice("build", "thumbnails", thumbnailsOption, ["remote", "placeholder"] as const, "remote");
  // Progress on a terminal only: one line, rewritten in place, cleared at the end.
  const onProgress = io.isTTY ? (stage: string) => io.stderr(`\r\x1b[2Ktalkdex build: ${stage}…`) : undefined;
  // Errors only: they are all this command shows (`talkdex check` shows the warnings too).
  // Ctrl-C (or SIGTERM) stops the build, which removes what it wrote before this command exits.
  const stop = interruptions(io, "build");
  stop.signal.addEventListener("abort", () => io.stderr(`${onProgress ? "\r\x1b[2K" : ""}talkdex build: interrupted; removing the files written so far…\n`));
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({ data: dir, sink: new DiskSink(out, Boolean(values.clean)), baseUrl, strict: Boolean(values.strict), thumbnails, onProgress, warnings: false, signal: stop.signal });
  } catch (e) {
    const reason: unknown = stop.signal.reason;
    if (e !== reason || !(reason instanceof Interrupted)) throw e;
    io.stderr(`talkdex build: stopped; ${out} is as it was before this build.\n`);
    return exitStatus(reason.signal);
  } finally {
    stop.dispose();
  }
  if (onProgress) io.stderr("\r\x1b[2K");
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) io.stderr(formatText({ diagnostics: errors, summary: { files: 0, events: 0, talks: 0, errors: errors.length, warnings: 0 } }).replace(/\nChecked.*\n$/, "\n"));
  if (!result.stats) {
    io.stderr(`talkdex build: stopped by --strict: ${errors.length} error(s); nothing was written.\n`);
    return 1;
  }
  const { files, bytes, written, removed, largestPage } = result.stats;
  const skipped = result.summary.skipped.length;
  // Up to date: the data, the options and talkdex itself are exactly those of the last build.
  const what = result.upToDate ? "Up to date, nothing changed since the last build:" : "Built";
  io.stdout(
    `${what} ${files.toLocaleString("en-US")} files (${(bytes / 1e6).toFixed(1)} MB; ${written.toLocaleString("en-US")} written, ${removed} removed) ` +
      `from ${result.summary.talks.toLocaleString("en-US")} talks in ${seconds} s into ${out}\n` +
      `Largest page: ${largestPage.path} (${(largestPage.bytes / 1024).toFixed(0)} KB)` +
      (skipped ? `\n${skipped} record(s) skipped: ${result.summary.skipped.slice(0, 5).map((s) => `${s.file} (${s.reason})`).join("; ")}${skipped > 5 ? "; …" : ""}` : "") +
      "\n",
  );
  return skipped > 0 ? 1 : 0;
}
