// Rule `unique-id`: a talk's `id` is unique across the whole repository (pyvideo/data's ids_unique).

import type { RawTalk } from "../../load/repository.js";
import type { Rule } from "../rule.js";

/** Reports every talk whose id another talk already uses. */
export const uniqueIdRule: Rule = {
  id: "unique-id",
  severity: "error",
  description: "Talk ids are unique across the repository.",
  run({ facts }, report) {
    const byId = new Map<number, RawTalk[]>();
    for (const { talk, data } of facts.talks) {
      if (typeof data.id !== "number") continue;
      const same = byId.get(data.id) ?? [];
      same.push(talk);
      byId.set(data.id, same);
    }
    for (const [id, talks] of byId) {
      if (talks.length < 2) continue;
      for (const talk of talks) {
        const others = talks.filter((t) => t !== talk).map((t) => t.file.path);
        report({
          file: talk.file,
          at: ["id"],
          message: `Id ${id} is also used by ${others.join(", ")}.`,
          hint: "Give one of them a new id (`talkdex fix --ids` fills missing ids with the next free number), or remove the id.",
        });
      }
    }
  },
};
