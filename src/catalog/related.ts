// Related talks: those sharing speakers, tags or the series with a talk, scored and ordered deterministically.

import type { Catalog, Talk } from "../model/catalog.js";
import { sameList } from "./share.js";

// Tags used by more talks than this say little about relatedness ("talk", "python") and would
// make the candidate set huge; only their newest talks are considered.
const TAG_CANDIDATES = 200;

/**
 * A function giving up to `n` related talk paths for a talk: shared speaker 4 points, shared tag
 * 1–3 (rarer tags more), same series (another event) 1; at least 2 points; ties newest first, then by path.
 */
export function relatedTalkFinder(catalog: Catalog): (talk: Talk, n?: number) => string[] {
  // Talks as numbers and score arrays instead of maps of paths: this runs for every talk page
  // (22k pages × hundreds of candidates), where string-keyed maps cost about a second.
  const { talks } = catalog;
  const index = new Map(talks.map((t, i) => [t.path, i]));
  const indexes = (paths: readonly string[]): Int32Array => Int32Array.from(paths, (p) => index.get(p) ?? -1);
  const bySpeaker = new Map(catalog.speakers.map((s) => [s.slug, indexes(s.talks)]));
  const byTag = new Map(catalog.tags.map((t) => [t.slug, { weight: t.talks.length <= 20 ? 3 : t.talks.length <= 200 ? 2 : 1, talks: indexes(t.talks.slice(0, TAG_CANDIDATES)) }]));
  const seriesOf = talks.map((t) => catalog.eventBySlug.get(t.eventSlug)?.series);
  const scores = new Int32Array(talks.length);
  const touched: number[] = [];

  return (talk, n = 6) => {
    const self = index.get(talk.path) ?? -1;
    const add = (i: number, points: number): void => {
      if (i < 0 || i === self) return;
      if (scores[i] === 0) touched.push(i);
      scores[i] = (scores[i] ?? 0) + points;
    };
    for (const slug of talk.speakers) for (const i of bySpeaker.get(slug) ?? []) add(i, 4);
    for (const slug of talk.tags) {
      const tag = byTag.get(slug);
      if (tag) for (const i of tag.talks) add(i, tag.weight);
    }
    const series = self >= 0 ? seriesOf[self] : undefined;
    // Only the best n are needed: keep them in a small sorted array instead of sorting every candidate.
    const best: { i: number; score: number }[] = [];
    for (const i of touched) {
      const other = talks[i] as Talk;
      const sameSeries = series !== undefined && other.eventSlug !== talk.eventSlug && seriesOf[i] === series ? 1 : 0;
      const score = (scores[i] ?? 0) + sameSeries;
      scores[i] = 0;
      if (score < 2) continue;
      let at = best.length;
      while (at > 0 && before(talks, { i, score }, best[at - 1] as { i: number; score: number })) at--;
      if (at < n) {
        best.splice(at, 0, { i, score });
        if (best.length > n) best.pop();
      }
    }
    touched.length = 0;
    return best.map((b) => (talks[b.i] as Talk).path);
  };
}

// Higher score first, then newer, then by path.
function before(talks: readonly Talk[], a: { i: number; score: number }, b: { i: number; score: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const da = talks[a.i]?.date ?? "";
  const db = talks[b.i]?.date ?? "";
  if (da !== db) return da > db;
  return (talks[a.i]?.path ?? "") < (talks[b.i]?.path ?? "");
}

/**
 * The related talks of every talk. Given the catalog of the previous build (sharing its unchanged
 * objects, see `shareUnchanged`), only talks whose candidates may have changed are recomputed:
 * those sharing a speaker, tag or series with a talk whose speakers, tags, event, series or date
 * changed (or that was added or removed). A description edit recomputes nothing.
 */
export function relatedTalks(catalog: Catalog, previous?: Catalog): ReadonlyMap<string, readonly string[]> {
  const touched = previous ? touchedTalks(previous, catalog) : undefined;
  if (previous && touched?.size === 0) return previous.related;
  const find = relatedTalkFinder(catalog);
  if (!previous || !touched) return new Map(catalog.talks.map((t) => [t.path, find(t)]));
  const speakers = new Set<string>();
  const tags = new Set<string>();
  const series = new Set<string>();
  for (const path of touched)
    for (const c of [previous, catalog]) {
      const t = c.talkByPath.get(path);
      if (!t) continue;
      for (const s of t.speakers) speakers.add(s);
      for (const s of t.tags) tags.add(s);
      const e = c.eventBySlug.get(t.eventSlug);
      if (e) series.add(e.series);
    }
  const redo = new Set<string>(touched);
  for (const s of speakers) for (const p of catalog.speakerBySlug.get(s)?.talks ?? []) redo.add(p);
  for (const s of tags) for (const p of catalog.tagBySlug.get(s)?.talks ?? []) redo.add(p);
  for (const s of series) for (const e of catalog.seriesBySlug.get(s)?.events ?? []) for (const p of catalog.eventBySlug.get(e)?.talks ?? []) redo.add(p);
  return new Map(catalog.talks.map((t) => [t.path, redo.has(t.path) ? find(t) : (previous.related.get(t.path) ?? find(t))]));
}

// Paths of talks added, removed, or whose speakers, tags, event, date or series differ.
function touchedTalks(previous: Catalog, catalog: Catalog): Set<string> {
  const touched = new Set<string>();
  const seriesOf = (c: Catalog, t: Talk): string | undefined => c.eventBySlug.get(t.eventSlug)?.series;
  for (const t of catalog.talks) {
    const old = previous.talkByPath.get(t.path);
    if (!old) touched.add(t.path);
    else if (old !== t && (old.date !== t.date || old.eventSlug !== t.eventSlug || !sameList(old.speakers, t.speakers) || !sameList(old.tags, t.tags))) touched.add(t.path);
    else if (seriesOf(previous, old) !== seriesOf(catalog, t)) touched.add(t.path);
  }
  for (const t of previous.talks) if (!catalog.talkByPath.has(t.path)) touched.add(t.path);
  return touched;
}
