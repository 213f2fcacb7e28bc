// Rule `config`: talkdex.json holds only known settings with valid values.

import { validateConfig } from "../../load/config.js";
import type { Rule } from "../rule.js";

/** Reports problems of talkdex.json; the known rule ids are passed in by the runner's context. */
export const configRule: Rule = {
  id: "config",
  severity: "error",
  description: "talkdex.json holds known settings with valid values.",
  run({ repo, ruleIds }, report) {
    if (!repo.configFile) return;
    for (const d of validateConfig(repo.configFile, ruleIds))
      report({ file: repo.configFile, at: { line: d.line, column: d.column }, message: d.message, hint: d.hint });
  },
};
