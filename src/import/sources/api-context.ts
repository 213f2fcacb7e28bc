// What every network source needs: the HTTP client, a progress line, the title cleanup.

import type { HttpClient } from "../http/http-client.js";
import type { Progress } from "../progress.js";
import type { TitleCleanupOptions } from "../title-cleanup.js";

/** Shared by the YouTube, PeerTube and Vimeo readers. */
export interface ApiContext {
  http: HttpClient;
  progress: Progress;
  cleanup: TitleCleanupOptions;
}

/** A JSON object, as untrusted input. */
export type Json = Record<string, unknown>;

/** Whether a value is a JSON object. */
export function isJson(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The objects of an array field (anything else is dropped). */
export function jsonList(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isJson) : [];
}

/** A string field, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
