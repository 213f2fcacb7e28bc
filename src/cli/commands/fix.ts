// `talkdex fix`: rewrite data files into canonical form and apply safe fixes.

import { fixRepository } from "../../check/fix.js";
import { readRepository } from "../../load/repository.js";
import { parseCommandArgs, stringOption } from "../args.js";
import { chooseDataDir } from "../data-dir.js";
import type { CliIo } from "../io.js";

/** Help text of `talkdex fix`. */
export const FIX_HELP = `Usage: talkdex fix [--data DIR] [--dry-run] [--ids]

Rewrites talk and event files into pyvideo/data's canonical JSON form (2-space indent, sorted
keys, non-ASCII as \\u escapes, final newline — what its tools/reserialize.py writes), removes
byte order marks and applies talkdex.json's speakerReplacements. Files already canonical are not
touched; every write is atomic. Files that cannot be parsed are listed and left alone.

Options:
  --data DIR   the data repository (default: the current folder if it is one, else the bundled sample)
  --dry-run    list what would change, write nothing
  --ids        give talks without an id the next free ids (max + 1, in file path order)
  -h, --help   show this help
`;

/** Runs `talkdex fix`; returns the exit code (1 when some files could not be fixed). */
export async function fixCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("fix", args, {
    data: { type: "string" },
    "dry-run": { type: "boolean" },
    ids: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const { dir, sample } = chooseDataDir(stringOption(values, "data"), io.cwd);
  if (sample) io.stderr(`talkdex: no --data given and ${io.cwd} is not a data repository; working on the bundled sample at ${dir}\n`);
  const repo = await readRepository(dir);
  const dryRun = Boolean(values["dry-run"]);
  const result = await fixRepository(repo, { dryRun, ids: Boolean(values.ids) });
  for (const c of result.changed) io.stdout(`${c.path}: ${c.changes.join("; ")}\n`);
  for (const s of result.skipped) io.stderr(`${s.path}: not fixed — ${s.reason}\n`);
  const verb = dryRun ? "would change" : "changed";
  io.stdout(`${result.changed.length} file(s) ${verb}${result.skipped.length ? `, ${result.skipped.length} skipped (run \`talkdex check\`)` : ""}.\n`);
  return result.skipped.length > 0 ? 1 : 0;
}
