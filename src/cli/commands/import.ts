// `talkdex import <youtube|peertube|vimeo|schedule> <source> --event <slug>`: add an event's talks.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { countOutcomes } from "../../import/planned-file.js";
import { describePlan } from "../../import/apply-plan.js";
import { importVideos, type ImportReport } from "../../import/import-videos.js";
import { safeHttpUrl } from "../../import/imported-talk.js";
import { importSchedule, readSchedule } from "../../import/schedule/import-schedule.js";
import { readYtDlp } from "../../import/sources/yt-dlp.js";
import type { TitleCleanupOptions } from "../../import/title-cleanup.js";
import { UserError } from "../../model/user-error.js";
import { stringOption, type OptionValues } from "../args.js";
import { chooseDataDir } from "../data-dir.js";
import type { CliIo } from "../io.js";

/** Help text of `talkdex import`. */
export const IMPORT_HELP = `Usage: talkdex import youtube  <file|-|playlist-url> --event SLUG [options]
       talkdex import peertube <channel-or-playlist-url> --event SLUG [options]
       talkdex import vimeo    <file|-|showcase-url>     --event SLUG [options]
       talkdex import schedule <file|url>                --event SLUG [options]

Adds an event's talks to a pyvideo/data-style repository, writing the files a person would commit:
<event>/category.json and one canonical JSON file per talk in <event>/videos/. A file source is
yt-dlp's output (\`yt-dlp -J URL > talks.json\`). A schedule (pretalx/frab schedule.json, frab or
pentabarf schedule.xml) is merged into talks already imported: its title, speakers, language and
start time win; unmatched and ambiguous sessions are reported, never guessed.

Existing files are never overwritten silently: a talk already there is left alone and reported.

Options:
  --event SLUG           the event's folder (required), e.g. pycon-us-2025
  --data DIR             the data repository (default: the current folder if it is one)
  --event-title TEXT     the event's title for a new category.json (default: the playlist's title)
  --event-url URL        the event's web site for a new category.json
  --title-pattern RE     a regular expression with named groups "title" and "speaker" for video titles
  --update               fill empty fields of talks and category.json that already exist
  --dry-run              print what would be written, write nothing
  -h, --help             show this help

Exit status: 0 done, 1 some files could not be read or a source failed, 2 usage error.
`;

const OPTIONS = {
  event: { type: "string" },
  data: { type: "string" },
  "event-title": { type: "string" },
  "event-url": { type: "string" },
  "title-pattern": { type: "string" },
  update: { type: "boolean" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

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
  if (!["youtube", "peertube", "vimeo", "schedule"].includes(kind)) throw usage(`unknown source kind "${kind}": use youtube, peertube, vimeo or schedule.`);
  if (source === undefined) throw usage(`name the ${kind} source (a file, "-" for standard input, or a URL).`);
  if (extra.length > 0) throw usage(`unexpected argument "${extra[0]}".`);
  const event = stringOption(values, "event");
  if (event === undefined) throw usage("--event SLUG is required: the event's folder, e.g. --event pycon-us-2025.");
  const dataDir = dataFolder(stringOption(values, "data"), io.cwd);
  const dryRun = Boolean(values["dry-run"]);
  const target = { dataDir, event, update: Boolean(values.update), dryRun, ...optional("eventTitle", stringOption(values, "event-title")), ...optional("eventUrl", eventUrl(values)) };
  const cleanup = titleCleanup(stringOption(values, "title-pattern"));
  let report: ImportReport;
  if (kind === "youtube" || kind === "vimeo") {
    if (/^https?:\/\//i.test(source)) throw usage(`fetching ${kind} URLs is not available yet: save \`yt-dlp -J ${source}\` to a file and import that.`);
    const text = await readSource(source, io.cwd);
    report = await importVideos(readYtDlp(text, source === "-" ? "standard input" : source, cleanup), target);
  } else if (kind === "schedule") {
    if (/^https?:\/\//i.test(source)) throw usage("fetching schedule URLs is not available yet: download it and import the file.");
    const text = await readSource(source, io.cwd);
    report = await importSchedule(readSchedule(text, source === "-" ? "standard input" : source), target);
  } else throw usage(`"${kind}" imports are not available yet.`);
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

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function usage(detail: string): UserError {
  return new UserError(`talkdex import: ${detail}\nRun \`talkdex import --help\` for its options.`, 2);
}
