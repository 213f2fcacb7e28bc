// Rules `speaker-variants` and `tag-variants`: one person, or one tag, written several ways.

import { chooseDisplay, personKey, similarPersonGroups, tagKey } from "../../model/identity.js";
import type { RawTalk } from "../../load/repository.js";
import type { Rule } from "../rule.js";
import type { CheckFacts } from "../rule.js";

interface Use {
  talk: RawTalk;
  index: number;
}

/** Every use of each exact spelling of a `speakers` or `tags` item. */
function usesOf(facts: CheckFacts, field: "speakers" | "tags"): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  for (const { talk, data } of facts.talks) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (typeof item !== "string" || item.trim() === "") return;
      const list = uses.get(item) ?? [];
      list.push({ talk, index });
      uses.set(item, list);
    });
  }
  return uses;
}

/** Groups spellings by key; keeps only groups with more than one spelling. */
function variantGroups(uses: Map<string, Use[]>, key: (s: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const spelling of uses.keys()) {
    const k = key(spelling);
    if (k === "") continue;
    groups.set(k, [...(groups.get(k) ?? []), spelling]);
  }
  for (const [k, spellings] of groups) if (spellings.length < 2) groups.delete(k);
  return groups;
}

function counts(uses: Map<string, Use[]>, spellings: readonly string[]): Map<string, number> {
  return new Map(spellings.map((s) => [s, uses.get(s)?.length ?? 0]));
}

/** Calls `visit` for every use of every spelling of a group but the preferred one (with the preferred one's use count). */
function forEachVariant(uses: Map<string, Use[]>, spellings: readonly string[], visit: (spelling: string, preferred: string, preferredUses: number, use: Use) => void): void {
  const preferred = chooseDisplay(counts(uses, spellings));
  const preferredUses = uses.get(preferred)?.length ?? 0;
  for (const spelling of spellings) if (spelling !== preferred) for (const use of uses.get(spelling) ?? []) visit(spelling, preferred, preferredUses, use);
}

/** Reports speaker names that are spellings of one person (case, accents, hyphens, spacing, or very close). */
export const speakerVariantsRule: Rule = {
  id: "speaker-variants",
  severity: "warning",
  description: "One person is spelled one way (differences of case, accents, hyphens or spacing, or a near-identical name).",
  run({ repo, facts }, report) {
    const uses = usesOf(facts, "speakers");
    const aliased = declaredNames(repo.speakersFile?.value);
    const reportGroup = (spellings: string[], why: string): void => {
      if (spellings.every((s) => aliased.has(s))) return;
      forEachVariant(uses, spellings, (spelling, preferred, count, { talk, index }) =>
        report({
          file: talk.file,
          at: ["speakers", index],
          message: `Speaker "${spelling}" looks like ${why} "${preferred}" (${count} talk(s)).`,
          hint: `Write "${preferred}", or declare both spellings in speakers.json if they are different people or an intended alias.`,
        }),
      );
    };
    const exact = variantGroups(uses, personKey);
    for (const spellings of exact.values()) reportGroup(spellings, "another spelling of");
    const grouped = new Set([...exact.values()].flat());
    for (const group of similarPersonGroups([...uses.keys()]))
      if (!group.every((s) => grouped.has(s))) reportGroup(group, "a near-identical spelling of");
  },
};

/** Reports tags that differ only by case, spaces, hyphens or underscores. */
export const tagVariantsRule: Rule = {
  id: "tag-variants",
  severity: "warning",
  description: "A tag is spelled one way (no variants differing by case, spaces, hyphens or underscores).",
  run({ facts }, report) {
    const uses = usesOf(facts, "tags");
    for (const spellings of variantGroups(uses, tagKey).values())
      forEachVariant(uses, spellings, (spelling, preferred, count, { talk, index }) =>
        report({ file: talk.file, at: ["tags", index], message: `Tag "${spelling}" is a variant of "${preferred}" (${count} talk(s)).`, hint: `Write "${preferred}".` }),
      );
  },
};

/** Every name and alias declared in speakers.json: declared people are not reported. */
function declaredNames(value: unknown): Set<string> {
  const names = new Set<string>();
  const people = (value as { speakers?: unknown } | undefined)?.speakers;
  if (!Array.isArray(people)) return names;
  for (const p of people) {
    if (typeof p?.name === "string") names.add(p.name);
    if (Array.isArray(p?.aliases)) for (const a of p.aliases) if (typeof a === "string") names.add(a);
  }
  return names;
}
