// Durations as video platforms and schedules write them, turned into whole seconds.

/** Seconds of an ISO 8601 duration ("PT1H2M3S", "P1DT2H", "PT45.5S"); undefined when it is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  // "P" and "PT" alone match the pattern but say nothing.
  if (!m || /^PT?$/.test(text.trim())) return undefined;
  const [, d, h, mi, s] = m;
  const seconds = Number(d ?? 0) * 86_400 + Number(h ?? 0) * 3_600 + Number(mi ?? 0) * 60 + Number(s ?? 0);
  return Math.round(seconds);
}

/** Seconds of a schedule duration ("00:30", "1:15", "01:02:03"); undefined when it is not one. */
export function parseClockDuration(text: string): number | undefined {
  const m = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 3_600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** A duration in seconds from a number or any of the textual forms above; positive whole seconds only. */
export function toSeconds(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const seconds = /^\d+(?:\.\d+)?$/.test(value.trim())
    ? Math.round(Number(value))
    : (parseIsoDuration(value) ?? parseClockDuration(value));
  return seconds !== undefined && seconds > 0 ? seconds : undefined;
}
