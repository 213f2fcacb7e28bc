// The compact form of the iso-639-3 package's data that src/model/iso-639-3-data.ts holds.

import type { IsoData } from "../src/model/language.js";

/** The package's languages and ISO 639-2/B codes as IsoData. */
export function isoData(languages: readonly { iso6393: string; name: string; iso6391?: string }[], to2B: Readonly<Record<string, string>>): IsoData {
  return {
    languages: languages.map((l) => (l.iso6391 === undefined ? [l.iso6393, l.name] : [l.iso6393, l.name, l.iso6391])),
    to2B: Object.fromEntries(Object.entries(to2B).filter(([three, b]) => b !== three)),
  };
}
