// Video titles as uploaders write them ("Jane Doe - Title | PyCon 2025", "PyCon 2025: Title (Jane Doe)",
// "Title by Jane Doe", "Title - Jane Doe", "Keynote: Jane Doe") split into the talk's title and speakers.

/** A cleaned-up title and the speakers found in it. */
export interface CleanTitle {
  title: string;
  speakers: string[];
}

/** Options of a cleanup: the uploader's own pattern, and the event's name to strip. */
export interface TitleCleanupOptions {
  /** A regular expression with named groups `title` and (optionally) `speaker`; tried first. */
  pattern?: RegExp;
  /** The event's or playlist's title ("PyCon US 2025"): a prefix or suffix naming it is dropped. */
  eventTitle?: string;
}

// Words that look like a name in a parenthesis or prefix but are not one.
const NOT_NAMES = new Set([
  "keynote", "keynotes", "lightning", "talk", "talks", "workshop", "tutorial", "panel", "live", "remote", "english",
  "part", "intro", "introduction", "opening", "closing", "remarks", "session", "sprint", "sprints", "poster", "posters",
  "day", "room", "track", "stream", "demo", "q&a", "qa", "welcome", "the", "a", "an", "and", "of", "in", "on", "for",
  "with", "to", "how", "why", "what", "python", "django", "your", "my", "our", "is", "are", "from", "using", "beyond",
  // Frequent words of Title Case talk titles, so "Deep Learning - The Practical Way" keeps its title.
  "learning", "deep", "machine", "data", "science", "web", "api", "apis", "code", "testing", "tests", "scaling", "async",
  "software", "open", "source", "cloud", "security", "design", "building", "writing", "modern", "fast", "type", "types",
  "typing", "performance", "development", "programming", "engineering", "analysis", "systems", "network", "networks",
  // Not people: "by Many People", "(Columbia University)".
  "many", "people", "various", "speakers", "guests", "university", "institute", "college", "school", "lab", "labs",
  "project", "foundation", "group", "user", "team", "inc", "ltd", "corp", "company", "gmbh", "llc",
]);
const PARTICLES = new Set(["van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "dos", "das", "y", "bin", "al", "ter"]);

/** Splits a video title into a talk title and speakers; never returns an empty title. */
export function cleanTitle(raw: string, options: TitleCleanupOptions = {}): CleanTitle {
  const text = squeeze(raw);
  if (options.pattern) {
    const groups = options.pattern.exec(text)?.groups;
    const title = groups?.title === undefined ? "" : squeeze(groups.title);
    if (title !== "") return { title, speakers: groups?.speaker === undefined ? [] : splitNames(groups.speaker) };
  }
  let title = stripEventName(text, options.eventTitle);
  let speakers: string[] = [];
  const take = (names: string[] | undefined, rest: string): boolean => {
    if (!names || rest.trim() === "") return false;
    speakers = names;
    title = rest.trim();
    return true;
  };
  // "Title (Jane Doe, John Roe)"
  const paren = /^(.*\S)\s*\(([^()]+)\)$/.exec(title);
  if (paren && take(nameList(paren[2] ?? ""), paren[1] ?? "")) return finish(title, speakers);
  // "Title by Jane Doe"
  const by = /^(.*\S)\s+by\s+([^,]+(?:,\s*[^,]+)*)$/i.exec(title);
  if (by && take(nameList(by[2] ?? ""), by[1] ?? "")) return finish(title, speakers);
  // "Keynote: Jane Doe" names a person; "Keynote: The Future" is a title and stays whole.
  const keynote = /^(keynotes?)\s*(?::|[-–—])\s*(.+)$/i.exec(title);
  if (keynote) {
    const names = nameList(keynote[2] ?? "");
    return names ? { title: capitalise(keynote[1] ?? "Keynote"), speakers: names } : finish(title, []);
  }
  // "Jane Doe - Title" or "Title - Jane Doe", with a dash or bar ("Name: Title" is far more often
  // "Topic: Subtitle"). When both sides look like names, nobody can tell: the title stays whole.
  const lead = /^(.+?)\s+[-–—|]\s+(.+)$/.exec(title);
  const trail = /^(.+)\s+[-–—|]\s+([^-–—|]+)$/.exec(title);
  const leadNames = lead ? nameList(lead[1] ?? "") : undefined;
  const trailNames = trail ? nameList(trail[2] ?? "") : undefined;
  if (leadNames && trailNames) return finish(title, []);
  if (lead && take(leadNames, lead[2] ?? "")) return finish(title, speakers);
  if (trail && take(trailNames, trail[1] ?? "")) return finish(title, speakers);
  return finish(title, speakers);
}

function finish(title: string, speakers: string[]): CleanTitle {
  return { title: squeeze(title), speakers };
}

/** Drops a leading "PyCon 2025: " or a trailing " | PyCon 2025" when it names the event or a year. */
function stripEventName(title: string, eventTitle: string | undefined): string {
  const event = eventTitle === undefined ? "" : fold(eventTitle);
  const namesEvent = (part: string): boolean => {
    const folded = fold(part);
    if (folded === "") return false;
    if (event !== "" && (folded === event || folded.includes(event))) return true;
    // "EuroPython 2024", "PyCon DE & PyData 2025": a short segment with a year, not a sentence.
    return /\b(?:19[89]\d|20\d\d)\b/.test(part) && part.split(/\s+/).length <= 6;
  };
  let result = title;
  for (;;) {
    const suffix = /^(.*\S)\s*(?:\||\s[-–—]\s|::)\s*([^|]+)$/.exec(result);
    if (!suffix || !namesEvent(suffix[2] ?? "") || nameList(suffix[1] ?? "")) break;
    result = suffix[1] ?? result;
  }
  for (;;) {
    const prefix = /^([^:|]+?)\s*(?::|\||\s[-–—]\s)\s*(.+)$/.exec(result);
    // "DjangoCon 2012 Keynote - Geoff Schmidt": what would remain is a name, not a title.
    if (!prefix || !namesEvent(prefix[1] ?? "") || nameList(prefix[2] ?? "")) break;
    result = prefix[2] ?? result;
  }
  return result;
}

/** The names in "Jane Doe, John Roe & Ann Poe", or undefined unless every part looks like a person's name. */
function nameList(text: string): string[] | undefined {
  const names = splitNames(text);
  return names.length > 0 && names.every(looksLikeName) ? names : undefined;
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|&|\band\b|\bund\b|\by\b|\bet\b|;)\s*/)
    .map(squeeze)
    .filter((n) => n !== "");
}

/** Two to five words, capitalised except for particles (van, de…), no digits, none of the title words above. */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\d/.test(text)) return false;
  return words.every((w, i) => {
    const lower = w.toLowerCase();
    if (NOT_NAMES.has(lower)) return false;
    if (i > 0 && i < words.length - 1 && PARTICLES.has(lower)) return true;
    return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w);
  });
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
