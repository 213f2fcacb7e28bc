// UnitRenderer: runs the emitters into an in-memory site, recording what each unit read, and on
// later runs renders again only the units whose recorded reads changed — the engine of
// `talkdex serve`. A full build (`build()`) renders every unit once and records nothing.

import type { Catalog } from "../../model/catalog.js";
import { sameContent, solid, type OutputFile } from "../../output/output-file.js";
import { isUnit, type BuildContext, type Emitter, type Unit } from "../context.js";
import { Html } from "#html/jsx-runtime";
import { DepIndex, Deps, record, recording } from "./deps.js";
import { trackedCatalog } from "./tracked-catalog.js";

// A memoized value, what it read, and how to make it again.
interface MemoEntry {
  value: unknown;
  deps: Deps;
  readonly make: () => unknown;
}

// What the renderer keeps of one rendered piece: a unit, or an emitter's own run (its enumeration
// of units and the files it gives directly).
interface Rendered {
  deps: Deps;
  paths: string[];
}
interface UnitState extends Rendered {
  /** The latest unit object of this id (its closure is the newest one). */
  unit: Unit;
}
interface RootState extends Rendered {
  children: Map<string, UnitState>;
}

/** What one run changed in the site. */
export interface RunResult {
  changed: string[];
  removed: string[];
  /** Units rendered (for the benchmark and tests). */
  rendered: number;
  /** Per emitter (by function name): units rendered, whether its own code ran again, milliseconds. */
  emitters: { name: string; rendered: number; reran: boolean; ms: number }[];
}

/** An in-memory site kept up to date unit by unit. */
export class UnitRenderer {
  readonly #files = new Map<string, string | Uint8Array>();
  // Lazy units whose reads changed, rendered when one of their files is read (see Unit.lazy).
  readonly #stale = new Set<UnitState>();
  /** The site: output path → content (reading a file of a stale lazy unit renders it first). */
  readonly files: ReadonlyMap<string, string | Uint8Array> = new SiteFiles(this.#files, (path) => this.#fresh(path));
  readonly #owner = new Map<string, Rendered>();
  readonly #roots: (RootState | undefined)[] = [];
  readonly #index = new DepIndex<Rendered>();
  readonly #memo = new Map<string, MemoEntry>();
  readonly #memoIndex = new DepIndex<string>();
  readonly ctx: BuildContext;
  readonly #source: { current: Catalog };
  readonly #view: Catalog;

  constructor(
    readonly emitters: readonly Emitter[],
    base: Omit<BuildContext, "memo">,
  ) {
    const memo = this.#memo;
    const memoIndex = this.#memoIndex;
    this.#source = { current: undefined as unknown as Catalog };
    this.#view = trackedCatalog(this.#source);
    this.ctx = {
      site: base.site,
      assets: base.assets,
      rst: (text) => base.rst(text),
      once: (key, make) => base.once(key, make),
      bytes: (text) => base.bytes(text),
      // The reader of a memoized value depends on the value (by key), not on what made it: when a
      // change makes it again with an equal result, its readers are not rendered again.
      memo<T>(kind: string, name: string, make: () => T): T {
        const key = `${kind}:${name}`;
        record("memo", key);
        const hit = memo.get(key);
        if (hit) return hit.value as T;
        const deps = new Deps();
        const value = recording(deps, make, true);
        memo.set(key, { value, deps, make });
        memoIndex.add(deps, key);
        return value;
      },
    };
  }

  /**
   * Brings the site to `catalog`. `changed` lists what differs from the catalog of the previous run
   * (`changedBetween`); without it (the first run) everything is rendered.
   */
  run(catalog: Catalog, changed?: Deps): RunResult {
    this.#source.current = catalog;
    const view = this.#view;
    const dirty = new Set<Rendered>();
    if (changed) {
      this.#refreshMemos(changed);
      for (const r of this.#index.reachedBy(changed)) dirty.add(r);
    }
    const out = new Output(this.#files, this.#owner);
    let rendered = 0;
    const render = (unit: Unit, before: UnitState | undefined): UnitState => {
      if (before && changed && unit.lazy) {
        // Rendered when first read; its files count as changed (they show what changed).
        before.unit = unit;
        this.#stale.add(before);
        for (const p of before.paths) out.touch(p);
        return before;
      }
      rendered++;
      return this.#render(unit, before, out);
    };

    const emitters: RunResult["emitters"] = [];
    this.emitters.forEach((emit, i) => {
      const started = performance.now();
      const renderedBefore = rendered;
      const before = this.#roots[i];
      const report = (reran: boolean): void => {
        emitters.push({ name: emit.name || `emitter ${i}`, rendered: rendered - renderedBefore, reran, ms: performance.now() - started });
      };
      if (before && changed && !dirty.has(before)) {
        for (const [id, child] of before.children) if (dirty.has(child)) before.children.set(id, render(child.unit, child));
        report(false);
        return;
      }
      // The emitter itself runs again: its own reads are recorded step by step, units in between.
      const root: RootState = { deps: new Deps(), paths: [], children: new Map() };
      const items = recording(root.deps, () => emit(view, this.ctx)[Symbol.iterator]());
      for (;;) {
        const next = recording(root.deps, () => items.next());
        if (next.done) break;
        const item = next.value;
        if (!isUnit(item)) {
          out.put(item, root);
          root.paths.push(item.path);
          continue;
        }
        if (root.children.has(item.id)) throw new Error(`two units of one emitter have the id ${item.id}`);
        const old = before?.children.get(item.id);
        if (old && changed && !dirty.has(old)) {
          // Unchanged: the old output and reads stay; the unit object is the new one.
          old.unit = item;
          root.children.set(item.id, old);
        } else root.children.set(item.id, render(item, old));
      }
      if (before) {
        for (const [id, old] of before.children)
          if (!root.children.has(id)) {
            out.drop(old.paths, old);
            this.#index.remove(old.deps, old);
            this.#stale.delete(old);
          }
        out.drop(before.paths, before);
        this.#index.remove(before.deps, before);
      }
      this.#index.add(root.deps, root);
      this.#roots[i] = root;
      report(true);
    });
    return { ...out.result(), rendered, emitters };
  }

  // A unit rendered (again) into `out`; a unit rendered again keeps its state object, and its index
  // entries change only where its reads did.
  #render(unit: Unit, before: UnitState | undefined, out: Output): UnitState {
    this.#stale.delete(before as UnitState);
    const deps = new Deps();
    const files = recording(deps, () => unit.render(this.#view));
    const state: UnitState = before ?? { unit, deps, paths: [] };
    const paths: string[] = [];
    for (const f of "path" in files ? [files] : (files as readonly OutputFile[])) {
      out.put(f, state);
      paths.push(f.path);
    }
    if (before) {
      const kept = new Set(paths);
      out.drop(before.paths.filter((p) => !kept.has(p)), before);
      this.#index.replace(before.deps, deps, state);
    } else this.#index.add(deps, state);
    state.unit = unit;
    state.deps = deps;
    state.paths = paths;
    return state;
  }

  // Renders the stale lazy unit that wrote `path` (every stale one when `path` is undefined).
  #fresh(path: string | undefined): void {
    if (this.#stale.size === 0) return;
    const owner = path === undefined ? undefined : this.#owner.get(path);
    const units = path === undefined ? [...this.#stale] : [...this.#stale].filter((u) => u === owner);
    for (const u of units) this.#render(u.unit, u, new Output(this.#files, this.#owner));
  }

  /**
   * Makes again every memoized value whose reads changed; a value that comes out different (or can
   * no longer be made) is added to `changed` as ("memo", key). Values that read those are made again
   * in the next round, and so on: each round reacts to the keys the round before changed, so a value
   * made before something it reads was made again is made once more.
   */
  #refreshMemos(changed: Deps): void {
    let delta: Deps = changed;
    for (let round = 0; round < 100; round++) {
      const next = new Deps(false);
      for (const key of this.#memoIndex.reachedBy(delta)) {
        const entry = this.#memo.get(key);
        if (!entry) continue;
        const deps = new Deps();
        let value: unknown;
        try {
          value = recording(deps, entry.make, true);
        } catch {
          // Made from something that is gone: its readers render again, and make it anew if still needed.
          this.#memo.delete(key);
          this.#memoIndex.remove(entry.deps, key);
          changed.add("memo", key);
          next.add("memo", key);
          continue;
        }
        this.#memoIndex.replace(entry.deps, deps, key);
        if (sameValue(entry.value, value)) entry.deps = deps;
        else {
          this.#memo.set(key, { value, deps, make: entry.make });
          changed.add("memo", key);
          next.add("memo", key);
        }
      }
      if (next.size === 0) return;
      delta = next;
    }
    throw new Error("memoized values keep changing each other (a cycle between ctx.memo keys)");
  }
}

// The files of the site and who wrote each, with the paths a run changed and removed.
class Output {
  readonly #changed = new Set<string>();
  readonly #removed = new Set<string>();

  constructor(
    readonly files: Map<string, string | Uint8Array>,
    readonly owner: Map<string, Rendered>,
  ) {}

  // Counts a file as changed without writing it (a lazy unit's, rendered later).
  touch(path: string): void {
    this.#changed.add(path);
  }

  put(f: OutputFile, by: Rendered): void {
    // Pages are kept as bytes: the site stays in memory, and UTF-8 outside V8's heap is half the
    // size of the two-byte strings many pages would be (≈ 450 MB of heap, measured). A page is a
    // new string each time it is rendered; other texts (the search index's thousands of files, put
    // again on every edit) are mostly the very strings of the last run, compared by identity.
    const content = typeof f.content === "string" && f.path.endsWith(".html") ? Buffer.from(f.content) : solid(f.content);
    const old = this.files.get(f.path);
    if (old === undefined || !sameContent(old, content)) this.#changed.add(f.path);
    this.#removed.delete(f.path);
    this.files.set(f.path, content);
    this.owner.set(f.path, by);
  }

  // Removes those of `paths` that `by` still owns (another unit may have written one since).
  drop(paths: readonly string[], by: Rendered): void {
    for (const p of paths) if (this.owner.get(p) === by) this.#drop(p);
  }

  #drop(path: string): void {
    this.files.delete(path);
    this.owner.delete(path);
    this.#changed.delete(path);
    this.#removed.add(path);
  }

  result(): { changed: string[]; removed: string[] } {
    return { changed: [...this.#changed].sort(), removed: [...this.#removed].sort() };
  }
}

// Equal memoized values: the same text, markup or bytes, or arrays and plain objects of equal
// values. Anything else (sets, maps, other classes) counts as changed unless it is the same object —
// always safe, only less economical.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Html && b instanceof Html) return a.value === b.value;
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) return a.constructor === b.constructor && sameContent(bytesOf(a), bytesOf(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// The site's files as a map; reading a file that a stale lazy unit wrote renders that unit first,
// and reading them all (iterating, counting) renders every stale one.
class SiteFiles implements ReadonlyMap<string, string | Uint8Array> {
  constructor(
    readonly map: Map<string, string | Uint8Array>,
    readonly fresh: (path: string | undefined) => void,
  ) {}

  get(path: string): string | Uint8Array | undefined {
    this.fresh(path);
    return this.map.get(path);
  }

  has(path: string): boolean {
    return this.map.has(path);
  }

  get size(): number {
    return this.map.size;
  }

  forEach(fn: (value: string | Uint8Array, key: string, map: ReadonlyMap<string, string | Uint8Array>) => void): void {
    this.fresh(undefined);
    this.map.forEach((v, k) => fn(v, k, this));
  }

  entries(): MapIterator<[string, string | Uint8Array]> {
    this.fresh(undefined);
    return this.map.entries();
  }

  keys(): MapIterator<string> {
    return this.map.keys();
  }

  values(): MapIterator<string | Uint8Array> {
    this.fresh(undefined);
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[string, string | Uint8Array]> {
    return this.entries();
  }
}
