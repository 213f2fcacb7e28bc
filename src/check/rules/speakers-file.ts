// Rule `speakers-file`: speakers.json declares each person once, with aliases claimed by nobody else.

import type { Rule } from "../rule.js";
import { isRecord } from "./fields.js";

/** Reports a malformed speakers.json and names claimed twice. */
export const speakersFileRule: Rule = {
  id: "speakers-file",
  severity: "error",
  description: 'speakers.json is {"speakers": [{"name", "aliases"}]} and each name belongs to one person.',
  run({ repo }, report) {
    const file = repo.speakersFile;
    if (!file || file.value === undefined) return;
    const people = isRecord(file.value) ? file.value.speakers : undefined;
    if (!Array.isArray(people)) {
      report({ file, at: [], message: 'speakers.json must be an object with a "speakers" list.', hint: 'For example {"speakers": [{"name": "Glyph", "aliases": ["Glyph Lefkowitz"]}]}.' });
      return;
    }
    const owner = new Map<string, number>();
    people.forEach((person, i) => {
      if (!isRecord(person) || typeof person.name !== "string" || person.name.trim() === "") {
        report({ file, at: ["speakers", i], message: 'Each person needs a "name" (the spelling to show).', hint: 'Write {"name": "…", "aliases": ["…"]}.' });
        return;
      }
      const aliases = person.aliases ?? [];
      if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === "string")) {
        report({ file, at: ["speakers", i, "aliases"], message: '"aliases" must be a list of names.', hint: 'For example "aliases": ["J. Smith"].' });
        return;
      }
      [person.name, ...aliases].forEach((name, j) => {
        const before = owner.get(name);
        if (before !== undefined && before !== i)
          report({ file, at: j === 0 ? ["speakers", i, "name"] : ["speakers", i, "aliases", j - 1], message: `"${name}" is already claimed by person ${before + 1} of the list.`, hint: "Merge the two entries or remove the name from one." });
        else owner.set(name, i);
      });
    });
  },
};
