// Rule `layout`: files sit where the pyvideo/data layout expects them.

import type { Rule } from "../rule.js";

/** Reports stray files and folders, event folders without category.json, and events without talks. */
export const layoutRule: Rule = {
  id: "layout",
  severity: "warning",
  errorFindings: true,
  description: "Files follow the layout <event>/category.json and <event>/videos/<talk>.json.",
  run({ repo }, report) {
    for (const stray of repo.layout.stray)
      report({ file: stray.path, message: `Not part of the data layout: ${stray.reason}.`, hint: "Move or remove it (or list a tooling folder under \"ignore\" in talkdex.json)." });
    for (const event of repo.layout.events) {
      if (!event.hasCategory)
        report({
          file: `${event.folder}/category.json`,
          severity: "error",
          message: "The event folder has videos/ but no category.json, so its talks belong to no event.",
          hint: 'Create it with at least {"title": "<Event name and year>"}.',
        });
      else if (event.talkFiles.length === 0)
        report({ file: `${event.folder}/category.json`, message: "The event has no talks (videos/ is missing or empty).", hint: "Add talk files under videos/, or remove the event." });
    }
  },
};
