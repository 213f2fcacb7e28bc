// Rules `date` (dates that do not exist, events that end before they start) and `recorded-date`.

import { dateProblem, parseDate, titleYear, type CalendarDate } from "../../model/date.js";
import type { Rule } from "../rule.js";

/** Reports recorded, start_date and end_date values that are not real dates. */
export const dateRule: Rule = {
  id: "date",
  severity: "error",
  description: "Dates exist in the calendar (no 2016-13-45) and events end after they start.",
  run({ facts }, report) {
    for (const { talk, data } of facts.talks) {
      if (typeof data.recorded !== "string") continue;
      const problem = dateProblem(data.recorded);
      if (problem) report({ file: talk.file, at: ["recorded"], message: `"recorded" (${data.recorded}) ${problem}.`, hint: 'Write the day the talk was given, as "YYYY-MM-DD".' });
    }
    for (const { event, data } of facts.events) {
      const file = event.category;
      if (!file) continue;
      for (const field of ["start_date", "end_date"])
        if (typeof data[field] === "string") {
          const problem = dateProblem(data[field]);
          if (problem) report({ file, at: [field], message: `"${field}" (${data[field]}) ${problem}.`, hint: 'Write it as "YYYY-MM-DD".' });
        }
      const start = typeof data.start_date === "string" ? parseDate(data.start_date) : undefined;
      const end = typeof data.end_date === "string" ? parseDate(data.end_date) : undefined;
      if (start && end && end.day < start.day)
        report({ file, at: ["end_date"], message: `The event ends (${end.iso}) before it starts (${start.iso}).`, hint: "Swap or correct the dates." });
    }
  },
};

/** Reports talks recorded far outside their event's dates (or, without dates, its title's year). */
export const recordedDateRule: Rule = {
  id: "recorded-date",
  severity: "warning",
  description: "A talk's recorded date lies within its event's dates (start_date/end_date, else the year in its title).",
  run({ repo, facts }, report) {
    const tolerance = repo.config.recordedTolerance;
    for (const { event, data } of facts.events) {
      const start = typeof data.start_date === "string" ? parseDate(data.start_date) : undefined;
      const end = typeof data.end_date === "string" ? parseDate(data.end_date) : start;
      const year = typeof data.title === "string" ? titleYear(data.title) : undefined;
      if (!start && year === undefined) continue;
      for (const talk of event.talks) {
        const rec = talk.file.value as Record<string, unknown> | undefined;
        const recorded = typeof rec?.recorded === "string" ? parseDate(rec.recorded) : undefined;
        if (!recorded) continue;
        if (start && end) {
          if (recorded.day < start.day - tolerance || recorded.day > end.day + tolerance)
            report({
              file: talk.file,
              at: ["recorded"],
              message: `Recorded on ${recorded.iso}, ${distance(recorded, start, end)} the event's dates (${start.iso} to ${end.iso}).`,
              hint: "Check the recorded date (an upload date is often used by mistake) or the event's dates.",
            });
        } else if (year !== undefined && Math.abs(recorded.year - year) > 1) {
          report({
            file: talk.file,
            at: ["recorded"],
            message: `Recorded in ${recorded.year}, but the event's title says ${year}.`,
            hint: "Check the recorded date (an upload date is often used by mistake).",
          });
        }
      }
    }
  },
};

function distance(d: CalendarDate, start: CalendarDate, end: CalendarDate): string {
  const days = d.day < start.day ? start.day - d.day : d.day - end.day;
  return `${days} day(s) ${d.day < start.day ? "before" : "after"}`;
}
