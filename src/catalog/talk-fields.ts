// Reads a raw talk record's fields defensively into the Catalog's types.

import { isRecord } from "../model/json-value.js";
import { dateProblem } from "../model/date.js";
import { lookupLanguage } from "../model/language.js";
import type { RelatedLink, VideoSource } from "../model/catalog.js";
import { urlProblem } from "../model/url.js";

/** A non-empty trimmed string, or undefined. */
export function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** A talk record's description as the catalog keeps it: `description`, else `abstract`. */
export function talkDescription(v: Readonly<Record<string, unknown>>): string | undefined {
  return text(v.description) ?? text(v.abstract);
}

/** A talk record's summary as the catalog keeps it. */
export function talkSummary(v: Readonly<Record<string, unknown>>): string | undefined {
  return text(v.summary);
}

/** Strings of a list, trimmed, blanks and repeats dropped, order kept. */
export function names(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const item of v) if (typeof item === "string" && item.trim() !== "") out.add(item.trim());
  return [...out];
}

/** Video sources with a type and a usable http(s) URL. */
export function videos(v: unknown): VideoSource[] {
  if (!Array.isArray(v)) return [];
  const out: VideoSource[] = [];
  for (const item of v) {
    if (!isRecord(item) || typeof item.type !== "string" || typeof item.url !== "string") continue;
    const url = item.url.trim();
    if (urlProblem(url)) continue;
    const size = typeof item.size === "number" ? item.size : typeof item.length === "number" ? item.length : undefined;
    out.push(size !== undefined && size > 0 ? { type: item.type, url, size } : { type: item.type, url });
  }
  return out;
}

/** Related links with usable URLs; bare strings get no label. */
export function related(v: unknown): RelatedLink[] {
  if (!Array.isArray(v)) return [];
  const out: RelatedLink[] = [];
  for (const item of v) {
    const url = typeof item === "string" ? item.trim() : isRecord(item) && typeof item.url === "string" ? item.url.trim() : undefined;
    if (url === undefined || urlProblem(url)) continue;
    const label = isRecord(item) ? text(item.label)?.trim() : undefined;
    out.push(label ? { url, label } : { url });
  }
  return out;
}

/** A valid ISO 639-3 code, or undefined. */
export function language(v: unknown): string | undefined {
  return typeof v === "string" && lookupLanguage(v) ? v : undefined;
}

/** The "YYYY-MM-DD" part of a valid date, or undefined. */
export function date(v: unknown): string | undefined {
  return typeof v === "string" && dateProblem(v) === undefined ? v.slice(0, 10) : undefined;
}

/** A positive whole number of seconds, or undefined. */
export function seconds(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.round(v) : undefined;
}

/** An http(s) URL, or undefined. */
export function url(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" && !urlProblem(v.trim()) ? v.trim() : undefined;
}
