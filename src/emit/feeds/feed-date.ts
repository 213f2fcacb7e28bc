// Feed dates from calendar dates: RFC 3339 for Atom, RFC 822 for RSS, always midnight UTC.

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Used when no talk of a feed has a date: a fixed instant keeps the output deterministic. */
export const NO_DATE = "1970-01-01";

/** "2019-05-03" → "2019-05-03T00:00:00Z". */
export function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}

// A build formats the same few thousand dates for 40,000 items and feeds.
const RSS_DATES = new Map<string, string>();

/** "2019-05-03" (a calendar date as YYYY-MM-DD) → "Fri, 03 May 2019 00:00:00 +0000". */
export function rssDate(date: string): string {
  let text = RSS_DATES.get(date);
  if (text === undefined) {
    // Read by position (dates here are "YYYY-MM-DD"), not `split("-").map(Number)`, whose list
    // deoptimized the RSS item the first time a new date came.
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const d = Number(date.slice(8, 10));
    const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    text = `${DAYS[day] ?? "Thu"}, ${String(d).padStart(2, "0")} ${MONTHS[m - 1] ?? "Jan"} ${y} 00:00:00 +0000`;
    // Dates are calendar days: a long-running server meets a bounded number of them.
    if (RSS_DATES.size < 100_000) RSS_DATES.set(date, text);
  }
  return text;
}
