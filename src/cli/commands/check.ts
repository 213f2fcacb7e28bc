// `talkdex check`: validate a data repository and print every problem.

import { relative } from "node:path";
import { performance } from "node:perf_hooks";
import { checkFolder } from "../../check/check-folder.js";
import { RULES } from "../../check/registry.js";
import { formatGithub, formatJson, formatText } from "../../check/report-format.js";
import { choice, parseCommandArgs, stringOption } from "../args.js";
import { chooseDataDir } from "../data-dir.js";
import type { CliIo } from "../io.js";

/** Help text of `talkdex check`. */
export const CHECK_HELP = `Usage: talkdex check [--data DIR] [--format text|json|github] [--strict] [--list-rules]

Checks a pyvideo/data-style repository: JSON syntax and encoding, JSON Schema, unique ids and
slugs, reStructuredText, languages, file names, dates, URLs, video types, speaker and tag
spellings, NO_PUBLISH.json, redirects.txt and the folder layout.

Options:
  --data DIR       the data repository (default: the current folder if it is one, else the bundled sample)
  --format F       text (default), json (one object), or github (workflow annotations)
  --strict         exit 1 on warnings too
  --list-rules     print every rule with its default severity and exit
  -h, --help       show this help

Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage error.
`;

/** Runs `talkdex check`; returns the exit code. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("check", args, {
    data: { type: "string" },
    format: { type: "string" },
    strict: { type: "boolean" },
    "list-rules": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (values["list-rules"]) {
    for (const r of RULES) io.stdout(`${r.id.padEnd(20)} ${r.severity.padEnd(8)} ${r.fixable ? "fixable " : "        "}${r.description}\n`);
    return 0;
  }
  const format = choice("check", "format", stringOption(values, "format"), ["text", "json", "github"] as const, "text");
  const { dir, sample } = chooseDataDir(stringOption(values, "data"), io.cwd);
  if (sample) io.stderr(`talkdex: no --data given and ${io.cwd} is not a data repository; checking the bundled sample at ${dir}\n`);
  const started = performance.now();
  const { result } = await checkFolder(dir);
  const elapsedMs = performance.now() - started;
  if (format === "json") io.stdout(formatJson(result));
  else if (format === "github") {
    const prefix = relative(io.cwd, dir).replace(/\\/g, "/");
    io.stdout(formatGithub(result, prefix === "" || prefix.startsWith("..") ? "" : `${prefix}/`));
  } else io.stdout(formatText(result, { color: io.isTTY && !io.env.NO_COLOR, elapsedMs }));
  const { errors, warnings } = result.summary;
  return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
}
