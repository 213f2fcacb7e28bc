// A unique <title> per talk page: "Title · Event", with the date (else the speakers, else the
// page's slug) added when talks of one event share a title ("Lightning Talks" on each day).

import type { Event, Talk } from "../model/catalog.js";
import { formatDate } from "../emit/format.js";

/** Page title of every talk, by path. */
export function pageTitles(talks: readonly Talk[], eventBySlug: ReadonlyMap<string, Event>): Map<string, string> {
  const base = (t: Talk) => `${t.title} · ${eventBySlug.get(t.eventSlug)?.title ?? t.eventSlug}`;
  const uses = new Map<string, number>();
  for (const t of talks) uses.set(base(t), (uses.get(base(t)) ?? 0) + 1);
  const titles = new Map<string, string>();
  const taken = new Set<string>();
  for (const t of talks) {
    let title = base(t);
    if ((uses.get(title) ?? 0) > 1) {
      const candidates = [t.date ? formatDate(t.date) : "", t.speakerNames.join(", "), t.path.slice(t.path.indexOf("/") + 1)];
      title = candidates.map((c) => (c ? `${base(t)} (${c})` : "")).find((c) => c && !taken.has(c)) ?? `${base(t)} (${t.path})`;
    }
    taken.add(title);
    titles.set(t.path, title);
  }
  return titles;
}
