// Rule `unknown-field`: fields the schema does not define (legacy ones are tolerated, but named).

import type { Rule } from "../rule.js";

/** Fields of pyvideo's video schema. */
export const VIDEO_FIELDS: ReadonlySet<string> = new Set([
  "alias", "category", "copyright_text", "description", "duration", "id", "language", "quality_notes",
  "recorded", "related_urls", "slug", "speakers", "summary", "tags", "thumbnail_url", "title", "videos",
]);

/** Fields older tools wrote that the site ignores; talkdex reads `abstract` when there is no description. */
export const LEGACY_VIDEO_FIELDS: ReadonlySet<string> = new Set(["abstract", "title2", "file_name", "source_url"]);

/** Reports unknown fields, suggesting the field probably meant. */
export const unknownFieldRule: Rule = {
  id: "unknown-field",
  severity: "warning",
  description: "Talk files hold only the fields of the schema (legacy fields are reported as such).",
  run({ facts }, report) {
    for (const { talk, data } of facts.talks)
      for (const key of Object.keys(data)) {
        if (VIDEO_FIELDS.has(key)) continue;
        const legacy = LEGACY_VIDEO_FIELDS.has(key);
        const meant = closestField(key);
        report({
          file: talk.file,
          at: [key],
          key: true,
          message: legacy ? `"${key}" is a legacy field that the site does not show.` : `Unknown field "${key}".`,
          hint: meant ? `Did you mean "${meant}"?` : legacy ? "Move its content into a schema field or remove it." : "Remove it or fix its spelling.",
        });
      }
  },
};

function closestField(key: string): string | undefined {
  const bare = key.replace(/[^a-z_]/gi, "").toLowerCase();
  if (VIDEO_FIELDS.has(bare)) return bare;
  if (VIDEO_FIELDS.has(`${bare}s`)) return `${bare}s`;
  if (bare.endsWith("s") && VIDEO_FIELDS.has(bare.slice(0, -1))) return bare.slice(0, -1);
  return undefined;
}
