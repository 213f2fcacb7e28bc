// Groups spellings into identities (people, tags) and gives each group a display name and a unique slug.

/** One identity: its display name, slug, and every spelling it covers. */
export interface NameGroup {
  name: string;
  slug: string;
  spellings: string[];
  otherSlugs: string[];
}

/** How to group and name spellings. */
export interface GroupingRules {
  /** Identity key; spellings with equal keys are one identity. "" means "no identity" (dropped). */
  key: (spelling: string) => string;
  slug: (name: string) => string;
  /** Chooses the display spelling from the group's spellings and their use counts. */
  display: (counts: ReadonlyMap<string, number>) => string;
  /** Extra unions (speakers.json aliases): each list is one identity, its first item the display name. */
  declared?: readonly (readonly string[])[];
  /** Slug for a group whose name slugifies to nothing (e.g. only punctuation). */
  fallbackSlug: string;
  /**
   * Identities whose names give the same slug: "merge" them into one (pyvideo.org's behaviour, right
   * for tags: "C", "C#" and "c" share tag/c/), or "suffix" the less used ("-2"), right for people
   * whose distinct names transliterate alike.
   */
  onSlugClash: "merge" | "suffix";
}

/** Groups `counts` (spelling → uses) into identities; returns the groups and a spelling → group map. */
export function groupNames(counts: ReadonlyMap<string, number>, rules: GroupingRules): { groups: NameGroup[]; bySpelling: Map<string, NameGroup> } {
  // Union-find over identity keys, so declared aliases can join groups of different keys.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  // A spelling's slug is asked for twice (as a group's name, then among its spellings): made once.
  const slugs = new Map<string, string>();
  const slugOf = (name: string): string => {
    let slug = slugs.get(name);
    if (slug === undefined) slugs.set(name, (slug = rules.slug(name)));
    return slug;
  };
  const keyOf = new Map<string, string>();
  for (const spelling of counts.keys()) {
    const key = rules.key(spelling);
    if (key === "") continue;
    keyOf.set(spelling, key);
    if (!parent.has(key)) parent.set(key, key);
  }
  const declaredName = new Map<string, string>();
  for (const names of rules.declared ?? []) {
    const keys = names.map(rules.key).filter((k) => k !== "");
    const first = keys[0];
    if (first === undefined || names[0] === undefined) continue;
    for (const k of keys) {
      if (!parent.has(k)) parent.set(k, k);
      union(first, k);
    }
    declaredName.set(first, names[0]);
  }
  const members = new Map<string, string[]>();
  for (const [spelling, key] of keyOf) {
    const root = find(key);
    const list = members.get(root);
    if (list) list.push(spelling);
    else members.set(root, [spelling]);
  }
  const declaredByRoot = new Map<string, string>();
  for (const [key, name] of declaredName) declaredByRoot.set(find(key), name);

  let drafts = [...members.entries()].map(([root, spellings]) => {
    const name = declaredByRoot.get(root) ?? rules.display(new Map(spellings.map((sp) => [sp, counts.get(sp) ?? 0])));
    const uses = spellings.reduce((n, sp) => n + (counts.get(sp) ?? 0), 0);
    return { root, name, spellings, uses, base: slugOf(name) || rules.fallbackSlug };
  });
  if (rules.onSlugClash === "merge") {
    const bySlug = new Map<string, typeof drafts>();
    for (const d of drafts) bySlug.set(d.base, [...(bySlug.get(d.base) ?? []), d]);
    drafts = [...bySlug.values()].map((same) => {
      if (same.length === 1) return same[0] as (typeof drafts)[number];
      const spellings = same.flatMap((d) => d.spellings);
      const name = rules.display(new Map(spellings.map((sp) => [sp, counts.get(sp) ?? 0])));
      const roots = same.map((d) => d.root).sort();
      return { root: roots[0] as string, name, spellings, uses: same.reduce((n, d) => n + d.uses, 0), base: same[0]?.base as string };
    });
  }
  for (const d of drafts) d.spellings.sort();
  // Most used first, so a slug clash leaves the plain slug to the best-known identity.
  drafts.sort((a, b) => b.uses - a.uses || (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  const taken = new Set<string>();
  const groups: NameGroup[] = [];
  const bySpelling = new Map<string, NameGroup>();
  for (const d of drafts) {
    let slug = d.base;
    for (let n = 2; taken.has(slug); n++) slug = `${d.base}-${n}`;
    taken.add(slug);
    const otherSlugs = [...new Set(d.spellings.map(slugOf))].filter((s) => s !== "" && s !== slug).sort();
    const group = { name: d.name, slug, spellings: d.spellings, otherSlugs };
    groups.push(group);
    for (const s of d.spellings) bySpelling.set(s, group);
  }
  groups.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { groups, bySpelling };
}
