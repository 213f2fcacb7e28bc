// A view of a Catalog that records every read into the unit being rendered (see deps.ts).

import type { Catalog } from "../../model/catalog.js";
import { record, WHOLE, type Kind } from "./deps.js";

/**
 * The catalog `source.current`, with each lookup recorded by key and each list or iteration recorded
 * as a whole. The view follows `source`: whatever holds the view reads the current catalog.
 */
export function trackedCatalog(source: { readonly current: Catalog }): Catalog {
  const whole = <T>(kind: Kind, value: T): T => {
    record(kind, WHOLE);
    return value;
  };
  return {
    get talks() {
      return whole("talk", source.current.talks);
    },
    get events() {
      return whole("event", source.current.events);
    },
    get series() {
      return whole("series", source.current.series);
    },
    get speakers() {
      return whole("speaker", source.current.speakers);
    },
    get tags() {
      return whole("tag", source.current.tags);
    },
    get languages() {
      return whole("language", source.current.languages);
    },
    get years() {
      return whole("year", source.current.years);
    },
    get newest() {
      return whole("newest", source.current.newest);
    },
    get redirects() {
      return whole("redirects", source.current.redirects);
    },
    get skipped() {
      return whole("skipped", source.current.skipped);
    },
    get unpublished() {
      return whole("unpublished", source.current.unpublished);
    },
    talkByPath: new TrackedMap("talk", () => source.current.talkByPath),
    eventBySlug: new TrackedMap("event", () => source.current.eventBySlug),
    seriesBySlug: new TrackedMap("series", () => source.current.seriesBySlug),
    speakerBySlug: new TrackedMap("speaker", () => source.current.speakerBySlug),
    tagBySlug: new TrackedMap("tag", () => source.current.tagBySlug),
    languageByCode: new TrackedMap("language", () => source.current.languageByCode),
    yearByNumber: new TrackedMap("year", () => source.current.yearByNumber),
    related: new TrackedMap("related", () => source.current.related),
    pageTitles: new TrackedMap("pageTitle", () => source.current.pageTitles),
  };
}

class TrackedMap<K extends string | number, V> implements ReadonlyMap<K, V> {
  constructor(
    readonly kind: Kind,
    readonly target: () => ReadonlyMap<K, V>,
  ) {}

  get map(): ReadonlyMap<K, V> {
    return this.target();
  }

  get(key: K): V | undefined {
    record(this.kind, String(key));
    return this.map.get(key);
  }

  has(key: K): boolean {
    record(this.kind, String(key));
    return this.map.has(key);
  }

  get size(): number {
    record(this.kind, WHOLE);
    return this.map.size;
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    record(this.kind, WHOLE);
    this.map.forEach((v, k) => fn(v, k, this));
  }

  entries(): MapIterator<[K, V]> {
    record(this.kind, WHOLE);
    return this.map.entries();
  }

  keys(): MapIterator<K> {
    record(this.kind, WHOLE);
    return this.map.keys();
  }

  values(): MapIterator<V> {
    record(this.kind, WHOLE);
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
