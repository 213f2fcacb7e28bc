// Rules for files that cannot be read as JSON: syntax, encoding, BOM, empty, binary, duplicate keys.

import type { DataFile } from "../../load/data-file.js";
import type { Repository } from "../../load/repository.js";
import type { Rule } from "../rule.js";

/** Every JSON file of the repository that was read. */
export function allDataFiles(repo: Repository): DataFile[] {
  const files: DataFile[] = [];
  for (const event of repo.events) {
    if (event.category) files.push(event.category);
    for (const talk of event.talks) files.push(talk.file);
  }
  for (const f of [repo.configFile, repo.speakersFile, repo.noPublishFile]) if (f) files.push(f);
  return files;
}

function problemRule(id: string, description: string, fixable = false): Rule {
  return {
    id,
    severity: "error",
    description,
    fixable,
    run({ facts }, report) {
      for (const p of facts.readProblems)
        if (p.rule === id) report({ file: p.file, at: { line: p.line, column: p.column }, message: p.message, hint: p.hint });
    },
  };
}

/** The rules reporting what decoding and parsing found. */
export const readProblemRules: readonly Rule[] = [
  problemRule("json-syntax", "The file is not valid JSON."),
  problemRule("invalid-utf8", "The file is not valid UTF-8 text."),
  problemRule("wrong-encoding", "The file is UTF-16 or UTF-32, not UTF-8."),
  problemRule("binary-file", "The file holds binary data, not text."),
  problemRule("empty-file", "The file is empty."),
  problemRule("bom", "The file starts with a byte order mark.", true),
  problemRule("duplicate-key", "A key appears twice in one JSON object."),
];
