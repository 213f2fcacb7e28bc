// Human formatting of dates, durations and counts, identical everywhere on the site.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-05-03" → "3 May 2019"; a partial or missing date gives "". */
export function formatDate(date: string | undefined): string {
  if (!date) return "";
  let text = FORMATTED_DATES.get(date);
  if (text === undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "";
    // Read by position, not `split("-").map(Number)`: the list `split` gives deoptimized the talk
    // list's item (compiled three times in a build) the first time a new date came.
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const d = Number(date.slice(8, 10));
    FORMATTED_DATES.set(date, (text = `${d} ${MONTHS[m - 1] ?? ""} ${y}`));
  }
  return text;
}

// Each date formatted once (a cache of a pure function: the snapshot's 21,000 talks have ≈ 4,000
// dates, shown on ≈ 200,000 list items).
const FORMATTED_DATES = new Map<string, string>();

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
  const num = grouped(n);
  return noun ? `${num} ${noun}${n === 1 ? "" : "s"}` : num;
}

// `n.toLocaleString("en-US")`, without asking ICU for a whole integer (a build formats ≈ 100,000
// counts, and each call through ICU cost a few microseconds).
function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString("en-US");
  const digits = String(n);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}
