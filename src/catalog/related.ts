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
  // Talks as numbers, their series, events and dates as numbers too, and score arrays instead of
  // maps of paths: this runs for every talk page (22k pages × hundreds of candidates), where
  // string-keyed maps cost about a second and comparing dates and paths as strings a third of the rest.
  const { talks } = catalog;
  const index = new Map(talks.map((t, i) => [t.path, i]));
  const indexes = (paths: readonly string[]): Int32Array => Int32Array.from(paths, (p) => index.get(p) ?? -1);
  const bySpeaker = new Map(catalog.speakers.map((s) => [s.slug, indexes(s.talks)]));
  const byTag = new Map(catalog.tags.map((t) => [t.slug, { weight: t.talks.length <= 20 ? 3 : t.talks.length <= 200 ? 2 : 1, talks: indexes(t.talks.slice(0, TAG_CANDIDATES)) }]));
  // Each talk's series and event as a number (-1: no series), and its date as its rank among the
  // dates (no date ranks lowest, as "" sorts first): equal numbers for equal strings.
  const seriesNumber = numbering();
  const eventNumber = numbering();
  const seriesOf = Int32Array.from(talks, (t) => {
    const series = catalog.eventBySlug.get(t.eventSlug)?.series;
    return series === undefined ? -1 : seriesNumber(series);
  });
  const eventOf = Int32Array.from(talks, (t) => eventNumber(t.eventSlug));
  const dates = [...new Set(talks.map((t) => t.date ?? ""))].sort();
  const rankOf = new Map(dates.map((d, r) => [d, r]));
  const dateRank = Int32Array.from(talks, (t) => rankOf.get(t.date ?? "") ?? 0);
  const pathRank = pathOrder(talks);
  const scores = new Int32Array(talks.length);
  const touched = new Int32Array(talks.length);
  // Whether talk i with `score` ranks before talk j with `other`: higher score first, then newer, then by path.
  const ranksBefore = (i: number, score: number, j: number, other: number): boolean => {
    if (score !== other) return score > other;
    const di = dateRank[i] as number;
    const dj = dateRank[j] as number;
    return di !== dj ? di > dj : (pathRank[i] as number) < (pathRank[j] as number);
  };

  return (talk, n = 6) => {
    const self = index.get(talk.path) ?? -1;
    let count = 0;
    for (const slug of talk.speakers) {
      const list = bySpeaker.get(slug);
      if (list) count = addAll(list, 4, self, scores, touched, count);
    }
    for (const slug of talk.tags) {
      const tag = byTag.get(slug);
      if (tag) count = addAll(tag.talks, tag.weight, self, scores, touched, count);
    }
    const series = self >= 0 ? (seriesOf[self] as number) : -1;
    const event = self >= 0 ? (eventOf[self] as number) : -1;
    // Only the best n are needed: keep them in a small sorted list instead of sorting every candidate.
    const best: number[] = [];
    const bestScore: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = touched[k] as number;
      const score = (scores[i] as number) + (series >= 0 && seriesOf[i] === series && eventOf[i] !== event ? 1 : 0);
      scores[i] = 0;
      if (score < 2) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(i, score, best[at - 1] as number, bestScore[at - 1] as number)) at--;
      if (at < n) {
        best.splice(at, 0, i);
        bestScore.splice(at, 0, score);
        if (best.length > n) {
          best.pop();
          bestScore.pop();
        }
      }
    }
    return best.map((i) => (talks[i] as Talk).path);
  };
}

// Numbers for strings, in order of first appearance: equal strings, equal numbers.
function numbering(): (key: string) => number {
  const numbers = new Map<string, number>();
  return (key) => {
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size));
    return n;
  };
}

// Each talk's rank by path: its number, as a catalog lists its talks by path, else ranked here.
function pathOrder(talks: readonly Talk[]): Int32Array {
  const rank = Int32Array.from(talks, (_, i) => i);
  for (let i = 1; i < talks.length; i++)
    if (!((talks[i - 1] as Talk).path < (talks[i] as Talk).path)) {
      const byPath = [...rank].sort((a, b) => ((talks[a] as Talk).path < (talks[b] as Talk).path ? -1 : 1));
      byPath.forEach((t, r) => (rank[t] = r));
      break;
    }
  return rank;
}

// Adds `points` to the score of each talk of `list` but `self`, noting those touched for the first
// time; returns the count of touched talks.
function addAll(list: Int32Array, points: number, self: number, scores: Int32Array, touched: Int32Array, count: number): number {
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    if (i < 0 || i === self) continue;
    if (scores[i] === 0) touched[count++] = i;
    scores[i] = (scores[i] as number) + points;
  }
  return count;
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
