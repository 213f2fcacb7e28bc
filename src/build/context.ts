// BuildContext: what every emitter reads besides the Catalog — the site, asset URLs, ReST rendering.

import type { Html as SafeHtml } from "#html/jsx-runtime";
import type { Catalog } from "../model/catalog.js";
import type { OutputFile } from "../output/output-file.js";
import type { Site } from "./site.js";

/** Safe HTML produced by talkdex (escaped by construction). */
export type Html = SafeHtml;

/** Shared, read-only inputs of the emitters. */
export interface BuildContext {
  readonly site: Site;
  /** Site paths of the hashed CSS and JS files. */
  readonly assets: { readonly css: string; readonly js: string };
  /** reStructuredText → safe HTML (headings start at <h4>, like pyvideo.org). */
  rst(text: string): Html;
  /** Computes a value once per build from the context alone (e.g. markup every page shares). */
  once<T>(key: string, make: () => T): T;
  /**
   * Computes a value from what `make` reads of the catalog it is given, once: later calls with the
   * same kind and key return it (in an incremental build, until something it read changes). The
   * kind is a constant ("talk-item"), the key usually a path or slug of the catalog: two lookups of
   * strings whose hashes V8 keeps, where one composed key would be a new string to hash each call.
   */
  memo<T>(kind: string, key: string, make: () => T): T;
  /** A text's UTF-8 bytes, in memory shared with other small texts (see `byteArena`). */
  bytes(text: string): Buffer;
}

/**
 * A piece of output rendered on its own: `render` must read the Catalog only through its argument
 * (not through values captured when the unit was made), so that an incremental build can record
 * what it read and render it again exactly when that changes. `id` is unique within its emitter.
 */
export interface Unit {
  readonly id: string;
  render(catalog: Catalog): OutputFile | readonly OutputFile[];
  /**
   * In an incremental build, render it again only when one of its files is read (a large file few
   * look at while editing, e.g. the API's full dump); a full build renders it like any other.
   */
  readonly lazy?: boolean;
}

/**
 * An emitter: pure, from the Catalog and the context to output files, directly or as units (a
 * generator lets each file be written, and its text freed, as soon as it is rendered). What it does
 * outside its units must be cheap: an incremental build runs it again whenever what it read changes.
 */
export type Emitter = (catalog: Catalog, ctx: BuildContext) => Iterable<OutputFile | Unit>;

/** A unit. */
export function unit(id: string, render: (catalog: Catalog) => OutputFile | readonly OutputFile[], options: { lazy?: boolean } = {}): Unit {
  return options.lazy ? { id, render, lazy: true } : { id, render };
}

/** True for units (as opposed to files an emitter gives directly). */
export function isUnit(item: OutputFile | Unit): item is Unit {
  return "render" in item;
}

/** The files of emitter output, rendering units from `catalog` as they come. */
export function* expandUnits(items: Iterable<OutputFile | Unit>, catalog: Catalog): Iterable<OutputFile> {
  for (const item of items) {
    if (!isUnit(item)) yield item;
    else {
      const out = item.render(catalog);
      if ("path" in out) yield out;
      else yield* out as readonly OutputFile[];
    }
  }
}
