// Calendar dates as pyvideo/data writes them: "YYYY-MM-DD" with an optional "Thh:mm:ss[+hh:mm]".

/** A date that exists, split into parts; `day` counts days since 1970-01-01 for comparisons. */
export interface CalendarDate {
  year: number;
  month: number;
  dayOfMonth: number;
  /** Days since the Unix epoch. */
  day: number;
  /** The original text's date part, "YYYY-MM-DD". */
  iso: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:[+-](\d{2}):(\d{2})|Z)?)?$/;

// A matched group as a number (an optional group that did not match stays undefined).
const num = (x: string | undefined): number | undefined => (x === undefined ? undefined : Number(x));

/** Why a date string is not a real date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return "is not written as YYYY-MM-DD (optionally followed by Thh:mm:ss and a UTC offset)";
  // Each group read by its index: `m.map(…)` over the match deoptimized this check in a build.
  const y = num(m[1]);
  const mo = num(m[2]);
  const d = num(m[3]);
  const h = num(m[4]);
  const mi = num(m[5]);
  const s = num(m[6]);
  const oh = num(m[7]);
  const om = num(m[8]);
  if (mo === undefined || mo < 1 || mo > 12) return `has month ${m[2]}, which does not exist`;
  if (d === undefined || d < 1 || d > daysInMonth(y as number, mo)) return `has day ${m[3]}, which does not exist in ${m[1]}-${m[2]}`;
  if (h !== undefined && (h > 23 || (mi as number) > 59 || (s as number) > 59)) return "has a time of day that does not exist";
  if (oh !== undefined && (oh > 14 || (om as number) > 59)) return "has a UTC offset that does not exist";
  return undefined;
}

/** Parses the date part of a valid date string; undefined when it is not a real date. */
export function parseDate(text: string): CalendarDate | undefined {
  if (dateProblem(text) !== undefined) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const dayOfMonth = Number(text.slice(8, 10));
  return { year, month, dayOfMonth, day: Date.UTC(year, month - 1, dayOfMonth) / 86_400_000, iso: text.slice(0, 10) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year in an event title like "PyCon US 2019" (1990–2099), if there is exactly one. */
export function titleYear(title: string): number | undefined {
  const years = title.match(/\b(?:19[89]\d|20\d\d)\b/g);
  return years?.length === 1 ? Number(years[0]) : undefined;
}
