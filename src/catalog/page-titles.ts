// A unique <title> per talk page: "Title · Event", with the date (else the speakers, else the
// page's slug) added when talks of one event share a title ("Lightning Talks" on each day).

import type { Event, Talk } from "../model/catalog.js";
import { formatDate } from "../emit/format.js";

/** Page title of every talk, by path. */
export function pageTitles(talks: readonly Talk[], eventBySlug: ReadonlyMap<string, Event>): Map<string, string> {
  const base = (t: Talk) => `${t.title} · ${eventBySlug.get(t.eventSlug)?.title ?? t.eventSlug}`;
  // Each talk's base title made once (a new string each time it was made again, hashed again).
  const bases = talks.map(base);
  const uses = new Map<string, number>();
  for (const b of bases) uses.set(b, (uses.get(b) ?? 0) + 1);
  const titles = new Map<string, string>();
  const taken = new Set<string>();
  for (let i = 0; i < talks.length; i++) {
    const t = talks[i] as Talk;
    const b = bases[i] as string;
    let title = b;
    if ((uses.get(title) ?? 0) > 1) {
      const candidates = [t.date ? formatDate(t.date) : "", t.speakerNames.join(", "), t.path.slice(t.path.indexOf("/") + 1)];
      title = candidates.map((c) => (c ? `${b} (${c})` : "")).find((c) => c && !taken.has(c)) ?? `${b} (${t.path})`;
    }
    taken.add(title);
    titles.set(t.path, title);
  }
  return titles;
}
