// Rule `speaker-replacement`: disallowed speaker spellings (pyvideo/data's speaker_names map).

import type { Rule } from "../rule.js";

/** Reports speakers listed in the replacement map, with the name to use. */
export const speakerReplacementRule: Rule = {
  id: "speaker-replacement",
  severity: "error",
  description: "Speaker names in talkdex.json's speakerReplacements are replaced by the preferred name.",
  fixable: true,
  run({ repo, facts }, report) {
    const map = repo.config.speakerReplacements;
    for (const { talk, data } of facts.talks) {
      if (!Array.isArray(data.speakers)) continue;
      data.speakers.forEach((name, i) => {
        if (typeof name === "string" && Object.hasOwn(map, name))
          report({
            file: talk.file,
            at: ["speakers", i],
            message: `"${name}" is not the preferred spelling of this speaker.`,
            hint: `Use "${map[name]}" (\`talkdex fix\` does it).`,
          });
      });
    }
  },
};
