// Series: an event's name without its year, so "PyCon US 2018" and "PyCon US 2019" group together.

/** "PyCon US 2019" → "PyCon US"; "EuroPython 2022 (Dublin)" → "EuroPython (Dublin)"; no year → the title. */
export function seriesName(title: string): string {
  const stripped = title
    .replace(/\b(?:19[89]\d|20\d\d)(?:\s*[-/–]\s*(?:19[89]\d|20\d\d|\d\d))?\b/g, " ")
    .replace(/\s*[-–:,]\s*$/g, "")
    .replace(/^\s*[-–:,]\s*/g, "")
    .replace(/\(\s*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return stripped === "" ? title.trim() : stripped;
}
