// Rule `no-publish`: NO_PUBLISH.json is a list of talk ids, each matching a talk.

import type { Rule } from "../rule.js";

/** Reports a malformed NO_PUBLISH.json and ids that match no talk. */
export const noPublishRule: Rule = {
  id: "no-publish",
  severity: "warning",
  errorFindings: true,
  description: "NO_PUBLISH.json lists ids of existing talks (taken down from the site).",
  run({ repo, facts }, report) {
    const file = repo.noPublishFile;
    if (!file || file.value === undefined) return;
    if (!Array.isArray(file.value)) {
      report({ file, at: [], severity: "error", message: "NO_PUBLISH.json must be a list of talk ids.", hint: "For example [2845, 5984]." });
      return;
    }
    const ids = new Set(facts.talks.map(({ data }) => data.id).filter((id) => typeof id === "number"));
    file.value.forEach((id, i) => {
      if (typeof id !== "number" || !Number.isInteger(id))
        report({ file, at: [i], severity: "error", message: `${JSON.stringify(id)} is not a talk id.`, hint: "List the integer ids of the talks to hide." });
      else if (!ids.has(id))
        report({ file, at: [i], message: `No talk has id ${id}, so this entry hides nothing.`, hint: "Check the id, or remove the entry if the talk was deleted." });
    });
  },
};
