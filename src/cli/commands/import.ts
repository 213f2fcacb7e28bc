// `talkdex import <youtube|peertube|vimeo|schedule> <source> --event <slug>`: add an event's talks.

import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { describePlan } from "../../import/apply-plan.js";
import { createHttpClient } from "../../import/http/http-client.js";
import { DEFAULT_CACHE_SUBDIR, diskCache } from "../../import/http/response-cache.js";
import { safeHttpUrl } from "../../import/imported-talk.js";
import { importVideos, type ImportReport } from "../../import/import-videos.js";
import { loadSchedule, loadVideoSource, type SourceSettings, type VideoKind } from "../../import/load-source.js";
import { countOutcomes } from "../../import/planned-file.js";
import { progressLine } from "../../import/progress.js";
import { importSchedule } from "../../import/schedule/import-schedule.js";
import type { TitleCleanupOptions } from "../../import/title-cleanup.js";
import { UserError } from "../../model/user-error.js";
import { stringOption, type OptionValues } from "../args.js";
import { chooseDataDir } from "../data-dir.js";
import type { CliIo } from "../io.js";

/** Help text of `talkdex import`. */
export const IMPORT_HELP = `Usage: talkdex import youtube  <file|-|playlist-or-channel-url> --event SLUG [options]
       talkdex import peertube <channel-or-playlist-url|file|->     --event SLUG [options]
       talkdex import vimeo    <showcase-url|file|->                --event SLUG [options]
       talkdex import schedule <file|url>                           --event SLUG [options]

Adds an event's talks to a pyvideo/data-style repository, writing the files a person would commit:
<event>/category.json and one canonical JSON file per talk in <event>/videos/. A file source is
yt-dlp's output (\`yt-dlp -J URL > talks.json\`). A schedule (pretalx/frab schedule.json, frab or
pentabarf schedule.xml) is merged into the talks already imported: its title, speakers, language
and start time win, empty fields are filled; unmatched and ambiguous sessions are reported.

Existing files are never overwritten silently: a talk already there is left alone and reported.

Options:
  --event SLUG           the event's folder (required), e.g. pycon-us-2025
  --data DIR             the data repository (default: the current folder if it is one)
  --event-title TEXT     the event's title for a new category.json (default: the playlist's title)
  --event-url URL        the event's web site for a new category.json
  --title-pattern RE     a regular expression with named groups "title" and "speaker" for video titles
  --update               fill empty fields of talks and category.json that already exist
  --dry-run              print what would be written, write nothing
Network:
  --api-key KEY          YouTube Data API v3 key (default: $YOUTUBE_API_KEY)
  --token TOKEN          Vimeo access token (default: $VIMEO_TOKEN)
  --user NAME            the Vimeo user owning a vimeo.com/showcase/ID (default: the token's owner)
  --api-base URL         another API address (a mirror or a test server)
  --cache DIR            where raw responses are kept (default: DATA/${DEFAULT_CACHE_SUBDIR.replace(/\\/g, "/")})
  --no-cache             neither read nor write the cache
  --timeout SECONDS      per request (default 30)
  --retries N            retries on timeouts, 429 and 5xx (default 4)
  -h, --help             show this help

Exit status: 0 done, 1 a source or file could not be read, 2 usage error.
`;

const OPTIONS = {
  event: { type: "string" },
  data: { type: "string" },
  "event-title": { type: "string" },
  "event-url": { type: "string" },
  "title-pattern": { type: "string" },
  update: { type: "boolean" },
  "dry-run": { type: "boolean" },
  "api-key": { type: "string" },
  token: { type: "string" },
  user: { type: "string" },
  "api-base": { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
  timeout: { type: "string" },
  retries: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const KINDS = ["youtube", "peertube", "vimeo", "schedule"] as const;

/** Runs `talkdex import`; returns the exit code. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    throw usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const [kind, source, ...extra] = positionals;
  if (kind === undefined) throw usage("name a source kind: youtube, peertube, vimeo or schedule.");
  if (!(KINDS as readonly string[]).includes(kind)) throw usage(`unknown source kind "${kind}": use youtube, peertube, vimeo or schedule.`);
  if (source === undefined) throw usage(`name the ${kind} source (a file, "-" for standard input, or a URL).`);
  if (extra.length > 0) throw usage(`unexpected argument "${extra[0]}".`);
  const event = stringOption(values, "event");
  if (event === undefined) throw usage("--event SLUG is required: the event's folder, e.g. --event pycon-us-2025.");
  const dataDir = dataFolder(stringOption(values, "data"), io.cwd);
  const dryRun = Boolean(values["dry-run"]);
  const settings = sourceSettings(values, io, dataDir);
  let report: ImportReport;
  try {
    if (kind === "schedule") report = await importSchedule(await loadSchedule(source, settings), { dataDir, event, dryRun });
    else {
      const target = { dataDir, event, update: Boolean(values.update), dryRun, ...opt("eventTitle", stringOption(values, "event-title")), ...opt("eventUrl", eventUrl(values)) };
      report = await importVideos(await loadVideoSource(kind as VideoKind, source, settings), target);
    }
  } finally {
    settings.progress.done();
  }
  return printReport(report, dryRun, event, io);
}

/** Prints the plan, the notes and the summary; returns the exit code. */
function printReport(report: ImportReport, dryRun: boolean, event: string, io: CliIo): number {
  io.stdout(describePlan(report.files, dryRun));
  for (const note of report.notes) io.stderr(`note: ${note}\n`);
  const c = countOutcomes(report.files);
  const verb = dryRun ? "Would import" : "Imported";
  io.stdout(`${verb} into ${event}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped.\n`);
  return report.files.some((f) => f.outcome === "skipped" && /not readable/.test(f.detail)) ? 1 : 0;
}

function sourceSettings(values: OptionValues, io: CliIo, dataDir: string): SourceSettings {
  const cacheDir = values["no-cache"] ? undefined : resolve(io.cwd, stringOption(values, "cache") ?? join(dataDir, DEFAULT_CACHE_SUBDIR));
  const progress = progressLine(io.stderr, io.isTTY);
  const http = createHttpClient({
    timeoutMs: positive(values, "timeout", 30) * 1000,
    retries: positive(values, "retries", 4, true),
    ...(cacheDir === undefined ? {} : { cache: diskCache(cacheDir) }),
  });
  const apiBase = stringOption(values, "api-base");
  if (apiBase !== undefined && safeHttpUrl(apiBase) === undefined) throw usage(`--api-base must be an http(s) URL, not "${apiBase}".`);
  return {
    http,
    progress,
    cleanup: titleCleanup(stringOption(values, "title-pattern")),
    readText: (path) => readSource(path, io.cwd),
    ...opt("apiKey", stringOption(values, "api-key") ?? io.env.YOUTUBE_API_KEY),
    ...opt("token", stringOption(values, "token") ?? io.env.VIMEO_TOKEN),
    ...opt("user", stringOption(values, "user")),
    ...opt("apiBase", apiBase),
  };
}

function positive(values: OptionValues, name: string, fallback: number, zeroOk = false): number {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+(?:\.\d+)?$/.test(text) || (!zeroOk && n === 0)) throw usage(`--${name} must be a ${zeroOk ? "whole number" : "positive number"}, not "${text}".`);
  return n;
}

function dataFolder(explicit: string | undefined, cwd: string): string {
  const { dir, sample } = chooseDataDir(explicit, cwd);
  if (sample)
    throw new UserError(`talkdex import: ${cwd} is not a data repository and no --data was given.\nRun it inside your data repository or pass --data DIR (a new, empty folder is fine); talkdex will not import into its bundled sample.`, 2);
  return dir;
}

function eventUrl(values: OptionValues): string | undefined {
  const url = stringOption(values, "event-url");
  if (url !== undefined && safeHttpUrl(url) === undefined) throw usage(`--event-url must be an http(s) URL, not "${url}".`);
  return url;
}

function titleCleanup(pattern: string | undefined): TitleCleanupOptions {
  if (pattern === undefined) return {};
  let re: RegExp;
  try {
    re = new RegExp(pattern, "u");
  } catch (e) {
    throw usage(`--title-pattern is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!/\(\?<title>/.test(pattern)) throw usage('--title-pattern needs a named group "title", e.g. "^(?<speaker>[^-]+) - (?<title>.+)$".');
  return { pattern: re };
}

async function readSource(source: string, cwd: string): Promise<string> {
  try {
    if (source === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
    return await readFile(resolve(cwd, source), "utf8");
  } catch (e) {
    throw new UserError(`talkdex import: cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function usage(detail: string): UserError {
  return new UserError(`talkdex import: ${detail}\nRun \`talkdex import --help\` for its options.`, 2);
}
