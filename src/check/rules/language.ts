// Rule `language`: a talk's language is an ISO 639-3 code (and in the repository's allow-list, if any).

import { lookupLanguage, suggestLanguage } from "../../model/language.js";
import type { Rule } from "../rule.js";

/** Reports language codes that are not ISO 639-3 or not allowed by talkdex.json. */
export const languageRule: Rule = {
  id: "language",
  severity: "error",
  description: "A talk's language is an ISO 639-3 code, from talkdex.json's list when it has one.",
  fixable: false,
  run({ repo, facts }, report) {
    const allowed = repo.config.languages;
    for (const { talk, data } of facts.talks) {
      const code = data.language;
      if (typeof code !== "string") continue;
      const known = lookupLanguage(code);
      if (!known) {
        const suggestion = suggestLanguage(code);
        report({
          file: talk.file,
          at: ["language"],
          message: `"${code}" is not an ISO 639-3 language code.`,
          hint: suggestion
            ? `Use "${suggestion}" (${lookupLanguage(suggestion)?.name ?? suggestion}).`
            : 'Use a three-letter ISO 639-3 code such as "eng", "spa" or "jpn", or null when unknown.',
        });
      } else if (allowed && !allowed.includes(code)) {
        report({
          file: talk.file,
          at: ["language"],
          message: `Language "${code}" (${known.name}) is not in this repository's list of languages.`,
          hint: `Use one of ${allowed.join(", ")}, or add "${code}" to "languages" in talkdex.json.`,
        });
      }
    }
  },
};
