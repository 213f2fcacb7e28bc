// Human formatting of dates, durations and counts, identical everywhere on the site.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-05-03" → "3 May 2019"; a partial or missing date gives "". */
export function formatDate(date: string | undefined): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return "";
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ""} ${y}`;
}

/** 1759 → "29 min"; 3725 → "1 h 2 min"; under a minute → "45 s". */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 0) return "";
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? (m > 0 ? `${h} h ${m} min` : `${h} h`) : `${m} min`;
}

/** ISO 8601 duration for schema.org ("PT29M19S"). */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m) ? `${s}S` : ""}`;
}

/** 21715 → "21,715"; with a noun, pluralised: (1, "talk") → "1 talk". */
export function count(n: number, noun?: string): string {
  const num = n.toLocaleString("en-US");
  return noun ? `${num} ${noun}${n === 1 ? "" : "s"}` : num;
}
