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
  /** Computes a value once per build (e.g. markup every page shares) and returns it afterwards. */
  once<T>(key: string, make: () => T): T;
}

/** An emitter: pure, from the Catalog and the context to output files (a generator lets each file be written, and its text freed, as soon as it is rendered). */
export type Emitter = (catalog: Catalog, ctx: BuildContext) => Iterable<OutputFile>;
