// The one slug function of talkdex, reproducing pyvideo.org's URLs (Pelican's slugify), and the
// small helpers that say which text each pyvideo.org URL is derived from.
import { transliterate } from "./transliterate.js";

// HTML 4 named entities (Python's html.entities.name2codepoint) plus `apos`, as `name:hex-code-point`.
// markupsafe (Pelican's striptags) knows these; HTML5-only names stay as text here, and no title in
// pyvideo/data uses one.
const ENTITY_SOURCE = `apos:27
quot:22 amp:26 lt:3c gt:3e nbsp:a0 iexcl:a1 cent:a2 pound:a3 curren:a4 yen:a5 brvbar:a6 sect:a7
uml:a8 copy:a9 ordf:aa laquo:ab not:ac shy:ad reg:ae macr:af deg:b0 plusmn:b1 sup2:b2 sup3:b3
acute:b4 micro:b5 para:b6 middot:b7 cedil:b8 sup1:b9 ordm:ba raquo:bb frac14:bc frac12:bd
frac34:be iquest:bf Agrave:c0 Aacute:c1 Acirc:c2 Atilde:c3 Auml:c4 Aring:c5 AElig:c6 Ccedil:c7
Egrave:c8 Eacute:c9 Ecirc:ca Euml:cb Igrave:cc Iacute:cd Icirc:ce Iuml:cf ETH:d0 Ntilde:d1
Ograve:d2 Oacute:d3 Ocirc:d4 Otilde:d5 Ouml:d6 times:d7 Oslash:d8 Ugrave:d9 Uacute:da Ucirc:db
Uuml:dc Yacute:dd THORN:de szlig:df agrave:e0 aacute:e1 acirc:e2 atilde:e3 auml:e4 aring:e5
aelig:e6 ccedil:e7 egrave:e8 eacute:e9 ecirc:ea euml:eb igrave:ec iacute:ed icirc:ee iuml:ef
eth:f0 ntilde:f1 ograve:f2 oacute:f3 ocirc:f4 otilde:f5 ouml:f6 divide:f7 oslash:f8 ugrave:f9
uacute:fa ucirc:fb uuml:fc yacute:fd thorn:fe yuml:ff OElig:152 oelig:153 Scaron:160 scaron:161
Yuml:178 fnof:192 circ:2c6 tilde:2dc Alpha:391 Beta:392 Gamma:393 Delta:394 Epsilon:395 Zeta:396
Eta:397 Theta:398 Iota:399 Kappa:39a Lambda:39b Mu:39c Nu:39d Xi:39e Omicron:39f Pi:3a0 Rho:3a1
Sigma:3a3 Tau:3a4 Upsilon:3a5 Phi:3a6 Chi:3a7 Psi:3a8 Omega:3a9 alpha:3b1 beta:3b2 gamma:3b3
delta:3b4 epsilon:3b5 zeta:3b6 eta:3b7 theta:3b8 iota:3b9 kappa:3ba lambda:3bb mu:3bc nu:3bd
xi:3be omicron:3bf pi:3c0 rho:3c1 sigmaf:3c2 sigma:3c3 tau:3c4 upsilon:3c5 phi:3c6 chi:3c7
psi:3c8 omega:3c9 thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002 emsp:2003 thinsp:2009 zwnj:200c
zwj:200d lrm:200e rlm:200f ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c
rdquo:201d bdquo:201e dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032
Prime:2033 lsaquo:2039 rsaquo:203a oline:203e frasl:2044 euro:20ac image:2111 weierp:2118
real:211c trade:2122 alefsym:2135 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5
lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203 empty:2205
nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 minus:2212 lowast:2217 radic:221a
prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229 cup:222a int:222b there4:2234 sim:223c
cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 sub:2282 sup:2283 nsub:2284 sube:2286
supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 lfloor:230a
rfloor:230b lang:2329 rang:232a loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666
`;

const ENTITIES: ReadonlyMap<string, string> = new Map(
  ENTITY_SOURCE.split(/\s+/)
    .filter((pair) => pair !== "")
    .map((pair): [string, string] => {
      const [name = "", hex = "0"] = pair.split(":");
      return [name, String.fromCodePoint(parseInt(hex, 16))];
    }),
);

// Python's str.split()/str.strip() whitespace, which differs from JavaScript's \s (\x1c-\x1f, \x85).
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, "g");
const PY_SPACE_EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");
const TAG_OR_COMMENT = /<!--.*?-->|<[^>]*>/g;
const ENTITY = /&([^& ;]*);/g;
const NON_WORD = /[^\w\t\n\v\f\r\x1c-\x20-]/g;
const HYPHENS_AND_SPACES = /[-\t\n\v\f\r\x1c-\x20]+/g;
const PLAIN_ASCII = /^[^<&\x80-\uffff]*$/;

/** Strips a string the way Python's str.strip() does. */
export function pyStrip(text: string): string {
  return text.replace(PY_SPACE_EDGES, "");
}

/** markupsafe's Markup(text).striptags(): drop tags and comments, squeeze whitespace, unescape entities. */
export function stripTags(text: string): string {
  const squeezed = pyStrip(text.replace(TAG_OR_COMMENT, "")).replace(PY_SPACE_RUN, " ");
  return squeezed.replace(ENTITY, (whole, name: string) => {
    const named = ENTITIES.get(name);
    if (named !== undefined) return named;
    const code = /^#[xX][0-9a-fA-F]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    // Python's chr() accepts any code point up to 0x10FFFF, surrogates included.
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// NFKC comes after this and before transliteration, as in pyvideo.org: it composes kana written with
// combining (han)dakuten (ホ + ゚ → ポ). Squeezing Python whitespace matters for \x85 and friends.
function markupToText(text: string): string {
  return /[<&]/.test(text) ? stripTags(text) : pyStrip(text).replace(PY_SPACE_RUN, " ");
}

/**
 * pyvideo.org's slug of any text (Pelican ≥ 4.5 slugify with its default SLUG_REGEX_SUBSTITUTIONS):
 * strip tags, unescape entities, NFKC, transliterate (unidecode 1.3.6), drop non-word characters,
 * trim, squeeze runs of spaces and hyphens into one hyphen, lower-case. The result is ASCII.
 */
export function slugify(text: string): string {
  // Most text is plain ASCII without markup: the steps before the regexes would not change it.
  const ascii = PLAIN_ASCII.test(text) ? text : transliterate(markupToText(text).normalize("NFKC"));
  // Transliteration left only ASCII, where ASCII \w equals Python's Unicode-aware \w.
  return ascii
    .toLowerCase()
    .replace(NON_WORD, "")
    .replace(PY_SPACE_EDGES, "")
    .replace(HYPHENS_AND_SPACES, "-");
}

// Pelican's DEFAULT_CATEGORY in pyvideo's configuration, used when an event has no title.
const UNDEFINED_EVENT = "Undefined";

/**
 * Slug of an event: pyvideo.org files talks under the slugified `title` of category.json, not under
 * the folder name (they differ for a few events). Without a usable title pyvideo falls back to
 * "Undefined", merging unrelated events; we fall back to the folder name instead.
 */
export function eventSlug(folderName: string, categoryTitle: unknown): string {
  if (typeof categoryTitle === "string" && categoryTitle !== "") {
    const slug = slugify(categoryTitle);
    if (slug !== "") return slug;
  }
  return slugify(folderName) || slugify(UNDEFINED_EVENT);
}

/**
 * Slug of a talk: the `slug` field wins, used verbatim apart from surrounding whitespace (pyvideo
 * does not slugify it); a missing, null or blank `slug` falls back to slugify(title), and a missing
 * title to Pelican's placeholder "Title". Two talks of one event with the same slug get one URL on
 * pyvideo.org, where one page overwrites the other: the checker's unique-slug rule exists for that.
 */
export function talkSlug(raw: { slug?: unknown; title?: unknown }): string {
  if (typeof raw.slug === "string") {
    const given = pyStrip(raw.slug);
    // The slug names a file of the site: one safe path segment only (every snapshot slug is one);
    // anything else ("../x", "a/b") is slugified like a title, so no data can write outside the site.
    if (SAFE_SEGMENT.test(given)) return given;
    const slugified = slugify(given);
    if (slugified !== "") return slugified;
  }
  const title = raw.title === undefined || raw.title === null ? "Title" : String(raw.title);
  return slugify(title);
}

/** A file-name segment that cannot leave its folder: letters, digits, `_ - . ~`, not starting with a dot. */
export const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._~-]*$/;

/** Slug of a speaker page: slugify(name); names with the same slug share one pyvideo.org page. */
export function speakerSlug(name: string): string {
  return slugify(name);
}

/** Slug of a tag page: slugify(tag), so "Machine Learning" and "machine-learning" share one page. */
export function tagSlug(tag: string): string {
  return slugify(tag);
}

/**
 * The names pyvideo.org reads from a `speakers` or `tags` value (Pelican's ensure_metadata_list):
 * a string is split on ";" (or else ","), every item is stripped, blanks are dropped, repeats
 * are dropped keeping the first.
 */
export function metadataList(value: unknown): string[] {
  const items: unknown[] = Array.isArray(value)
    ? value
    : typeof value === "string"
      ? value.split(value.includes(";") ? ";" : ",")
      : [];
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item !== "string") continue;
    const name = pyStrip(item);
    if (name !== "") seen.add(name);
  }
  return [...seen];
}

// Pelican's AUTHOR in pyvideo's configuration: the speaker of every talk that names none.
const UNKNOWN_SPEAKER = "Unknown";

/** The speaker pages a talk appears on: its speakers, or pyvideo's "Unknown" speaker when it names none. */
export function speakerPageNames(speakers: unknown): string[] {
  const names = metadataList(speakers);
  return names.length > 0 ? names : [UNKNOWN_SPEAKER];
}

/** The paths pyvideo.org writes, relative to the site root, for each kind of page and feed. */
export const pyvideoPaths = Object.freeze({
  talk: (event: string, talk: string): string => `${event}/${talk}.html`,
  event: (event: string): string => `events/${event}.html`,
  speaker: (speaker: string): string => `speaker/${speaker}.html`,
  tag: (tag: string): string => `tag/${tag}/index.html`,
  /** Link form of a tag page (pyvideo links to the folder). */
  tagUrl: (tag: string): string => `tag/${tag}/`,
  feed: (kind: "event" | "speaker" | "tag", slug: string, format: "atom" | "rss"): string =>
    `feeds/${kind}_${slug}.${format}.xml`,
});
