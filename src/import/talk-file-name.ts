// File names of imported talks: the talk's slug, short enough for pyvideo/data's 140-byte limit, unique.

import { MAX_NAME_BYTES } from "../check/rules/filename-length.js";
import { slugify } from "../model/slug.js";

const EXTENSION = ".json";
const MAX_BASE = MAX_NAME_BYTES - EXTENSION.length;

/** The file name (without ".json") for a title: its slug, cut at a hyphen to fit; "talk" when the slug is empty. */
export function fileBaseFor(title: string): string {
  return fit(slugify(title) || "talk", MAX_BASE);
}

/** `base`, or `base-2`, `base-3`… — the first that is not in `taken`, always within the length limit. */
export function uniqueBase(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${fit(base, MAX_BASE - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// Slugs are ASCII, so characters are bytes; cutting at a hyphen keeps whole words when that loses little.
function fit(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, "");
}
