// Rule `unique-slug`: no two talks share a page URL, and no two event folders share an event URL.

import { SAFE_SEGMENT } from "../../model/slug.js";
import type { Rule } from "../rule.js";

/** Reports talks whose `{event}/{talk}.html` clash, and event folders whose titles give the same slug. */
export const uniqueSlugRule: Rule = {
  id: "unique-slug",
  severity: "error",
  description: "Every talk has its own page URL ({event}/{talk}.html) and every event its own slug.",
  run({ facts }, report) {
    const folders = new Map<string, string[]>();
    for (const [folder, slug] of facts.eventSlug) folders.set(slug, [...(folders.get(slug) ?? []), folder]);
    for (const { event } of facts.events) {
      const slug = facts.eventSlug.get(event.folder) as string;
      const clash = (folders.get(slug) ?? []).filter((f) => f !== event.folder);
      if (clash.length > 0 && event.category)
        report({
          file: event.category,
          at: ["title"],
          message: `The event title gives the slug "${slug}", like ${clash.map((f) => `${f}/category.json`).join(", ")}: their pages would overwrite each other.`,
          hint: "Make the titles differ (e.g. add the year or the city).",
        });
    }
    for (const { talk, data } of facts.talks)
      if (typeof data.slug === "string" && data.slug.trim() !== "" && !SAFE_SEGMENT.test(data.slug.trim()))
        report({
          file: talk.file,
          at: ["slug"],
          message: `"slug" ${JSON.stringify(data.slug)} is not a plain name (letters, digits, "-", "_", ".", "~"); the page will be /${facts.eventSlug.get(talk.folder) ?? talk.folder}/${facts.talkSlug.get(talk) ?? ""}.html.`,
          hint: "Write the slug as one word with hyphens, e.g. \"my-talk-title\".",
        });
    const byUrl = new Map<string, { file: (typeof facts.talks)[number]["talk"]; hasSlug: boolean }[]>();
    for (const { talk, data } of facts.talks) {
      const url = `${facts.eventSlug.get(talk.folder) ?? talk.folder}/${facts.talkSlug.get(talk) ?? ""}.html`;
      byUrl.set(url, [...(byUrl.get(url) ?? []), { file: talk, hasSlug: typeof data.slug === "string" && data.slug.trim() !== "" }]);
    }
    for (const [url, talks] of byUrl) {
      if (talks.length < 2) continue;
      for (const { file, hasSlug } of talks) {
        const others = talks.filter((t) => t.file !== file).map((t) => t.file.file.path);
        report({
          file: file.file,
          at: [hasSlug ? "slug" : "title"],
          message: `This talk's page would be /${url}, like ${others.join(", ")}.`,
          hint: hasSlug ? 'Change "slug" so it is unique in the event.' : 'Add a unique "slug" field, or make the titles differ.',
        });
      }
    }
  },
};
