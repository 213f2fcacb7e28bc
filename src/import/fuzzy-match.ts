// Which schedule session is which recorded talk: fuzzy titles (case, accents, punctuation and small
// spelling differences ignored), speakers as the tie-breaker; doubtful pairs are reported, never guessed.

import { nameTokens, personKey } from "../model/identity.js";

/** What is compared on both sides. */
export interface Matchable {
  title: string;
  speakers: readonly string[];
}

/** The outcome: sure pairs, and the sessions and talks left without one. */
export interface MatchResult {
  /** Session index → talk index. */
  pairs: Map<number, number>;
  /** Sessions with several equally good talks (or sharing their only talk with an equally good session). */
  ambiguous: { session: number; talks: number[]; sessions: number[] }[];
  unmatchedSessions: number[];
  unmatchedTalks: number[];
}

// Below SURE a title needs a speaker in common; below LIKELY nothing matches.
const SURE = 0.75;
const LIKELY = 0.5;
// Scores this close are a tie.
const TIE = 0.05;
const STOP_WORDS = new Set(["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "de", "la", "le", "des", "el", "der", "die", "und"]);

/** Similarity of two titles, 0 to 1: the better of word overlap and letter-pair overlap (for "Postgres" ~ "PostgreSQL"). */
export function titleSimilarity(a: string, b: string): number {
  return similarity(profile(a), profile(b));
}

/** Share of the shorter speaker list also on the other list (0 when either is empty). */
export function speakerOverlap(a: readonly string[], b: readonly string[]): number {
  return overlap(new Set(a.map(personKey)), b.map(personKey));
}

/** Pairs sessions with talks one to one, leaving out what is ambiguous or too far apart. */
export function matchSessions(sessions: readonly Matchable[], talks: readonly Matchable[]): MatchResult {
  // Each title's words and letter pairs are computed once: 600 × 600 pairs take a fraction of a second.
  const talkProfiles = talks.map((t) => ({ title: profile(t.title), speakers: t.speakers.map(personKey) }));
  const bySession = new Map<number, Scored[]>();
  const byTalk = new Map<number, Scored[]>();
  sessions.forEach((session, s) => {
    const title = profile(session.title);
    const speakers = new Set(session.speakers.map(personKey));
    talkProfiles.forEach((talk, t) => {
      const similar = similarity(title, talk.title);
      if (similar < LIKELY) return;
      const shared = overlap(speakers, talk.speakers);
      if (similar < SURE && shared === 0) return;
      const pair = { s, t, score: similar + 0.25 * shared };
      bySession.set(s, [...(bySession.get(s) ?? []), pair]);
      byTalk.set(t, [...(byTalk.get(t) ?? []), pair]);
    });
  });
  const ambiguous: MatchResult["ambiguous"] = [];
  const doubtful = new Set<number>();
  for (const [s, mine] of bySession) {
    const top = Math.max(...mine.map((p) => p.score));
    const rivalsT = mine.filter((p) => p.score >= top - TIE).map((p) => p.t);
    // Two sessions ("Lightning talks", day 1 and day 2) that fit one recording equally well.
    const only = rivalsT.length === 1 ? rivalsT[0] : undefined;
    const rivalsS = only === undefined ? [s] : (byTalk.get(only) ?? []).filter((p) => p.score >= top - TIE).map((p) => p.s);
    if (rivalsT.length > 1 || rivalsS.length > 1) {
      ambiguous.push({ session: s, talks: rivalsT, sessions: rivalsS });
      doubtful.add(s);
    }
  }
  const sure = [...bySession.values()].flat().filter((p) => !doubtful.has(p.s));
  const pairs = new Map<number, number>();
  const usedTalks = new Set<number>();
  for (const p of sure.sort((x, y) => y.score - x.score || x.s - y.s || x.t - y.t)) {
    if (pairs.has(p.s) || usedTalks.has(p.t)) continue;
    pairs.set(p.s, p.t);
    usedTalks.add(p.t);
  }
  const unmatchedSessions = sessions.map((_, s) => s).filter((s) => !pairs.has(s) && !doubtful.has(s));
  const ambiguousTalks = new Set(ambiguous.flatMap((a) => a.talks));
  const unmatchedTalks = talks.map((_, t) => t).filter((t) => !usedTalks.has(t) && !ambiguousTalks.has(t));
  return { pairs, ambiguous, unmatchedSessions, unmatchedTalks };
}

interface Scored {
  s: number;
  t: number;
  score: number;
}

interface TitleProfile {
  words: Map<string, number>;
  wordCount: number;
  pairs: Map<string, number>;
  pairCount: number;
}

function profile(title: string): TitleProfile {
  const w = words(title);
  const b = bigrams(w.join(""));
  return { words: counts(w), wordCount: w.length, pairs: counts(b), pairCount: b.length };
}

function similarity(a: TitleProfile, b: TitleProfile): number {
  if (a.wordCount === 0 || b.wordCount === 0) return 0;
  return Math.max(dice(a.words, a.wordCount, b.words, b.wordCount), dice(a.pairs, a.pairCount, b.pairs, b.pairCount));
}

function overlap(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0 || b.length === 0) return 0;
  return b.filter((k) => a.has(k)).length / Math.min(a.size, b.length);
}

function words(title: string): string[] {
  const all = nameTokens(title);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : all;
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const x of items) map.set(x, (map.get(x) ?? 0) + 1);
  return map;
}

// Sørensen–Dice over multisets.
function dice(a: Map<string, number>, aSize: number, b: Map<string, number>, bSize: number): number {
  if (aSize === 0 || bSize === 0) return 0;
  let shared = 0;
  for (const [x, n] of a) shared += Math.min(n, b.get(x) ?? 0);
  return (2 * shared) / (aSize + bSize);
}
