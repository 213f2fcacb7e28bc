// Dependencies of rendered output on the Catalog: what a unit read, recorded while it rendered, and
// what changed between two catalogs — the two sides of the incremental build's dirty check.

import type { Catalog } from "../../model/catalog.js";

/** The keyed collections of the Catalog a unit can depend on, by key, or as a whole; and memoized values (`ctx.memo`) by key. */
export const KINDS = ["talk", "event", "series", "speaker", "tag", "language", "year", "related", "pageTitle", "newest", "redirects", "skipped", "unpublished", "memo"] as const;
export type Kind = (typeof KINDS)[number];

/** A set of dependencies: per kind, the keys read, and "*" for the whole collection. */
export class Deps {
  readonly byKind = new Map<Kind, Set<string>>();

  /**
   * @param collapse What a unit read: a whole collection stands for all its keys. Not for a set of
   *   changes, which must keep every changed key beside the whole.
   */
  constructor(readonly collapse = true) {}

  // A whole collection stands for every key of it (any changed key also changes the whole, see
  // changedBetween): once it is recorded, keys are not, which keeps units that read everything cheap.
  add(kind: Kind, key: string): void {
    let keys = this.byKind.get(kind);
    if (!keys) this.byKind.set(kind, (keys = new Set()));
    else if (this.collapse && keys.has(WHOLE)) return;
    if (this.collapse && key === WHOLE) keys.clear();
    keys.add(key);
  }

  addAll(other: Deps): void {
    for (const [kind, keys] of other.byKind) {
      const mine = this.byKind.get(kind);
      if (this.collapse && mine?.has(WHOLE)) continue;
      if (this.collapse && keys.has(WHOLE)) this.add(kind, WHOLE);
      else for (const key of keys) this.add(kind, key);
    }
  }

  has(kind: Kind, key: string): boolean {
    return this.byKind.get(kind)?.has(key) ?? false;
  }

  /** True when any dependency is among `changed`. */
  intersects(changed: Deps): boolean {
    for (const [kind, keys] of this.byKind) {
      const other = changed.byKind.get(kind);
      if (!other) continue;
      const [small, large] = keys.size < other.size ? [keys, other] : [other, keys];
      for (const key of small) if (large.has(key)) return true;
    }
    return false;
  }

  get size(): number {
    let n = 0;
    for (const keys of this.byKind.values()) n += keys.size;
    return n;
  }
}

/** The key under which a whole collection is recorded (iterating it, or its size). */
export const WHOLE = "*";

let current: Deps | undefined;

/** Records a read into the unit being rendered (no-op outside `recording`). */
export function record(kind: Kind, key: string): void {
  current?.add(kind, key);
}

/**
 * Runs `fn`, recording what it reads into `deps`. With `isolated`, the reads are not added to an
 * enclosing recording (a memoized value is recorded as one dependency of its own instead).
 */
export function recording<T>(deps: Deps, fn: () => T, isolated = false): T {
  const outer = current;
  current = deps;
  try {
    return fn();
  } finally {
    current = outer;
    if (!isolated) outer?.addAll(deps);
  }
}

/**
 * Every key whose value differs between two catalogs, and every collection that differs as a whole.
 * Relies on `shareUnchanged`: an unchanged value is the very same object in both.
 */
export function changedBetween(before: Catalog, after: Catalog): Deps {
  const changed = new Deps(false);
  const keyed = <V>(kind: Kind, a: ReadonlyMap<string | number, V>, b: ReadonlyMap<string | number, V>): void => {
    if (a === b) return;
    let any = a.size !== b.size;
    for (const [k, v] of b)
      if (a.get(k) !== v) {
        changed.add(kind, String(k));
        any = true;
      }
    for (const k of a.keys())
      if (!b.has(k)) {
        changed.add(kind, String(k));
        any = true;
      }
    if (any) changed.add(kind, WHOLE);
  };
  keyed("talk", before.talkByPath, after.talkByPath);
  keyed("event", before.eventBySlug, after.eventBySlug);
  keyed("series", before.seriesBySlug, after.seriesBySlug);
  keyed("speaker", before.speakerBySlug, after.speakerBySlug);
  keyed("tag", before.tagBySlug, after.tagBySlug);
  keyed("language", before.languageByCode, after.languageByCode);
  keyed("year", before.yearByNumber, after.yearByNumber);
  keyed("related", before.related, after.related);
  keyed("pageTitle", before.pageTitles, after.pageTitles);
  // The lists carry order too: a reordered list with the same members is a change of the whole.
  const lists: [Kind, readonly unknown[], readonly unknown[]][] = [
    ["talk", before.talks, after.talks],
    ["event", before.events, after.events],
    ["series", before.series, after.series],
    ["speaker", before.speakers, after.speakers],
    ["tag", before.tags, after.tags],
    ["language", before.languages, after.languages],
    ["year", before.years, after.years],
  ];
  for (const [kind, a, b] of lists) if (a !== b) changed.add(kind, WHOLE);
  if (before.newest !== after.newest) changed.add("newest", WHOLE);
  if (before.redirects !== after.redirects) changed.add("redirects", WHOLE);
  if (before.skipped !== after.skipped) changed.add("skipped", WHOLE);
  if (before.unpublished !== after.unpublished) changed.add("unpublished", WHOLE);
  return changed;
}

/** What depends on which keys: items (units, memoized values) by the keys they read, to find those a change reaches. */
export class DepIndex<T> {
  readonly #byKind = new Map<Kind, Map<string, Set<T>>>();

  add(deps: Deps, item: T): void {
    for (const [kind, keys] of deps.byKind) for (const key of keys) this.#set(kind, key, true).add(item);
  }

  remove(deps: Deps, item: T): void {
    for (const [kind, keys] of deps.byKind) for (const key of keys) this.#drop(kind, key, item);
  }

  /** Moves `item` from the keys of `before` to those of `after`, touching only the keys that differ. */
  replace(before: Deps, after: Deps, item: T): void {
    for (const [kind, keys] of before.byKind) {
      const now = after.byKind.get(kind);
      for (const key of keys) if (!now?.has(key)) this.#drop(kind, key, item);
    }
    for (const [kind, keys] of after.byKind) {
      const was = before.byKind.get(kind);
      for (const key of keys) if (!was?.has(key)) this.#set(kind, key, true).add(item);
    }
  }

  /** Every item that read a key of `changed`. */
  reachedBy(changed: Deps): Set<T> {
    const out = new Set<T>();
    for (const [kind, keys] of changed.byKind) {
      const byKey = this.#byKind.get(kind);
      if (byKey) for (const key of keys) for (const item of byKey.get(key) ?? []) out.add(item);
    }
    return out;
  }

  #set(kind: Kind, key: string, create: true): Set<T> {
    let byKey = this.#byKind.get(kind);
    if (!byKey) this.#byKind.set(kind, (byKey = new Map()));
    let set = byKey.get(key);
    if (!set && create) byKey.set(key, (set = new Set()));
    return set as Set<T>;
  }

  #drop(kind: Kind, key: string, item: T): void {
    const byKey = this.#byKind.get(kind);
    const set = byKey?.get(key);
    if (!set) return;
    set.delete(item);
    if (set.size === 0) byKey?.delete(key);
  }
}
