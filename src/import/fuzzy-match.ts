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
  const ta = words(a);
  const tb = words(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  return Math.max(dice(ta, tb), dice(bigrams(ta.join("")), bigrams(tb.join(""))));
}

/** Share of the shorter speaker list also on the other list (0 when either is empty). */
export function speakerOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const keys = new Set(a.map(personKey));
  const shared = b.filter((n) => keys.has(personKey(n))).length;
  return shared / Math.min(a.length, b.length);
}

/** Pairs sessions with talks one to one, leaving out what is ambiguous or too far apart. */
export function matchSessions(sessions: readonly Matchable[], talks: readonly Matchable[]): MatchResult {
  const scored: { s: number; t: number; score: number }[] = [];
  sessions.forEach((session, s) =>
    talks.forEach((talk, t) => {
      const title = titleSimilarity(session.title, talk.title);
      const overlap = speakerOverlap(session.speakers, talk.speakers);
      if (title >= SURE || (title >= LIKELY && overlap > 0)) scored.push({ s, t, score: title + 0.25 * overlap });
    }),
  );
  const best = (list: typeof scored) => Math.max(...list.map((p) => p.score));
  const ambiguous: MatchResult["ambiguous"] = [];
  const doubtful = new Set<number>();
  sessions.forEach((_, s) => {
    const mine = scored.filter((p) => p.s === s);
    if (mine.length === 0) return;
    const top = best(mine);
    const rivalsT = mine.filter((p) => p.score >= top - TIE).map((p) => p.t);
    // Two sessions ("Lightning talks", day 1 and day 2) that fit one recording equally well.
    const rivalsS = rivalsT.length === 1 ? scored.filter((p) => p.t === rivalsT[0] && p.score >= top - TIE).map((p) => p.s) : [s];
    if (rivalsT.length > 1 || rivalsS.length > 1) {
      ambiguous.push({ session: s, talks: rivalsT, sessions: rivalsS });
      doubtful.add(s);
    }
  });
  const pairs = new Map<number, number>();
  const usedTalks = new Set<number>();
  for (const p of scored.filter((x) => !doubtful.has(x.s)).sort((x, y) => y.score - x.score || x.s - y.s || x.t - y.t)) {
    if (pairs.has(p.s) || usedTalks.has(p.t)) continue;
    pairs.set(p.s, p.t);
    usedTalks.add(p.t);
  }
  const unmatchedSessions = sessions.map((_, s) => s).filter((s) => !pairs.has(s) && !doubtful.has(s));
  const ambiguousTalks = new Set(ambiguous.flatMap((a) => a.talks));
  const unmatchedTalks = talks.map((_, t) => t).filter((t) => !usedTalks.has(t) && !ambiguousTalks.has(t));
  return { pairs, ambiguous, unmatchedSessions, unmatchedTalks };
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

// Sørensen–Dice over multisets.
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(y, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
