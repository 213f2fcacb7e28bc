// Related talks: those sharing speakers, tags or the series with a talk, scored and ordered deterministically.

import type { Catalog, Talk } from "../model/catalog.js";

// Tags used by more talks than this say little about relatedness ("talk", "python") and would
// make the candidate set huge; only their newest talks are considered.
const TAG_CANDIDATES = 200;

/** Up to `n` related talk paths for `talk`: shared speaker 4 points, shared tag 1–3 (rarer tags more), same series 1. */
export function relatedTalks(catalog: Catalog, talk: Talk, n = 6): string[] {
  const scores = new Map<string, number>();
  const add = (path: string, points: number): void => {
    if (path !== talk.path) scores.set(path, (scores.get(path) ?? 0) + points);
  };
  for (const slug of talk.speakers) for (const p of catalog.speakerBySlug.get(slug)?.talks ?? []) add(p, 4);
  for (const slug of talk.tags) {
    const tagged = catalog.tagBySlug.get(slug)?.talks ?? [];
    const weight = tagged.length <= 20 ? 3 : tagged.length <= 200 ? 2 : 1;
    for (const p of tagged.slice(0, TAG_CANDIDATES)) add(p, weight);
  }
  const series = catalog.eventBySlug.get(talk.eventSlug)?.series;
  if (series) {
    for (const e of catalog.seriesBySlug.get(series)?.events ?? [])
      if (e !== talk.eventSlug) for (const p of catalog.eventBySlug.get(e)?.talks ?? []) if (scores.has(p)) add(p, 1);
  }
  const ranked: { path: string; score: number; date: string }[] = [];
  for (const [path, score] of scores) if (score >= 2) ranked.push({ path, score, date: catalog.talkByPath.get(path)?.date ?? "" });
  return ranked
    .sort((a, b) => b.score - a.score || (b.date < a.date ? -1 : b.date > a.date ? 1 : 0) || (a.path < b.path ? -1 : 1))
    .slice(0, n)
    .map((r) => r.path);
}
