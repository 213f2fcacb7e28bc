// Languages: every ISO 639-3 code with its English and native names, pyvideo.org's site languages,
// and a fix hint for codes that are not ISO 639-3. The only module that reads the ISO 639-3 tables
// (the iso-639-3 package's data, compiled into iso-639-3-data.ts by scripts/iso-639-3-data.ts).
import { ISO_639_3_JSON } from "./iso-639-3-data.js";
import { NATIVE_LANGUAGE_NAMES } from "./language-data.js";

/** The ISO 639-3 tables as iso-639-3-data.ts holds them. */
export interface IsoData {
  /** Every code with its English name, and its ISO 639-1 code when it has one. */
  readonly languages: readonly (readonly [code: string, name: string, iso6391?: string])[];
  /** ISO 639-3 code → ISO 639-2/B code, where they differ ("sqi" → "alb"). */
  readonly to2B: Readonly<Record<string, string>>;
}

const ISO = JSON.parse(ISO_639_3_JSON) as IsoData;

/** One ISO 639-3 language. */
export interface Language {
  /** The ISO 639-3 code, as talk files carry it ("eng"). */
  readonly code: string;
  /** English name from the ISO 639-3 tables ("Modern Greek (1453-)"). */
  readonly name: string;
  /** Name in the language itself where CLDR knows it ("Español"), else the English name. */
  readonly nativeName: string;
  /** The two-letter ISO 639-1 code, for languages that have one ("en"). */
  readonly iso6391?: string;
}

/** The 20 languages pyvideo.org's own checks accept (its site languages), as ISO 639-3 codes. */
export const PYVIDEO_LANGUAGES: readonly string[] = Object.freeze([
  "ita", "zho", "por", "ukr", "deu", "eng", "rus", "fra", "spa", "eus",
  "cat", "glg", "kor", "lit", "jpn", "slk", "pol", "heb", "tha", "ces",
]);

// Built once at module load (about 8,000 frozen records, a few milliseconds) and never changed.
const LANGUAGES: ReadonlyMap<string, Language> = new Map(
  ISO.languages.map(([code, name, iso6391]): [string, Language] => {
    const nativeName = NATIVE_LANGUAGE_NAMES[code] ?? name;
    const language: Language = iso6391 === undefined ? { code, name, nativeName } : { code, name, nativeName, iso6391 };
    return [code, Object.freeze(language)];
  }),
);

/** The language of an ISO 639-3 code (exact, lower-case, as in talk files), or undefined. */
export function lookupLanguage(code: string): Language | undefined {
  return LANGUAGES.get(code);
}

/** Whether a string is an ISO 639-3 code (exact, lower-case). */
export function isLanguageCode(code: string): boolean {
  return LANGUAGES.has(code);
}

// Two-letter codes people write for a language that are not its ISO 639-1 code: country codes,
// and the ISO 639-1 codes withdrawn in 1989 (in, iw, ji, jw, mo).
const MISTAKEN_CODES: Readonly<Record<string, string>> = Object.freeze({
  jp: "jpn", cn: "zho", kr: "kor", gr: "ell", cz: "ces", ua: "ukr", dk: "dan", vn: "vie",
  in: "ind", iw: "heb", ji: "yid", jw: "jav", mo: "ron",
});

// Made when a suggestion is first asked for (a build of valid data never does): the names' table
// takes ≈ 40 ms to make, and every thread that checks or builds loads this module.
let byShortCode: ReadonlyMap<string, string> | undefined;
const shortCodes = (): ReadonlyMap<string, string> =>
  (byShortCode ??= new Map([
    ...ISO.languages.filter(([, , one]) => one !== undefined).map(([three, , one]): [string, string] => [one as string, three]),
    ...Object.entries(ISO.to2B).map(([three, b]): [string, string] => [b, three]),
  ]));

// English and native names, folded, to codes. Where one name is several codes, a language with a
// two-letter code wins over one without ("Chinese" is zho, not a regional variety), then the first code.
let byName: ReadonlyMap<string, string> | undefined;
const languageNames = (): ReadonlyMap<string, string> => (byName ??= namesTable());

function namesTable(): ReadonlyMap<string, string> {
  return new Map(
    [...LANGUAGES.values()]
      .sort((a, b) => Number(b.iso6391 !== undefined) - Number(a.iso6391 !== undefined) || (a.code < b.code ? -1 : 1))
      .flatMap(({ code, name, nativeName }): [string, string][] => {
        // "Modern Greek (1453-)" is also "Modern Greek" and "Greek".
        const short = name.includes("(") ? name.replace(/\s*\(.*\)$/, "") : name;
        const names = [name, short, short.replace(/^Modern /, ""), nativeName];
        return [...new Set(names)].map((alias): [string, string] => [foldName(alias), code]);
      })
      .reverse(),
  );
}

function foldName(name: string): string {
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFKD").replace(/\p{M}+/gu, "");
  return plain.toLowerCase().replace(/[\s_-]+/g, " ").trim();
}

/**
 * The ISO 639-3 code someone probably meant, for a fix hint: "en" and "EN" → "eng", "pt-BR" and
 * "pt_BR" → "por", "jp" → "jpn", "fre" (ISO 639-2/B) → "fra", "English" or "Español" → the code of
 * that name. A valid code comes back as it is; undefined when nothing fits.
 */
export function suggestLanguage(input: string): string | undefined {
  const text = input.trim();
  if (isLanguageCode(text)) return text;
  const primary = text.toLowerCase().split(/[-_]/)[0] ?? "";
  if (isLanguageCode(primary)) return primary;
  const byCode = MISTAKEN_CODES[primary] ?? shortCodes().get(primary);
  if (byCode !== undefined) return byCode;
  return languageNames().get(foldName(text)) ?? languageNames().get(foldName(text.replace(/\s*\(.*\)$/, "")));
}

/** The BCP 47 tag for an HTML `lang` attribute: the two-letter code when there is one ("spa" → "es"). */
export function langTag(code: string): string {
  return LANGUAGES.get(code)?.iso6391 ?? code;
}
