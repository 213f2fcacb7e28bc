// The one HTTP client of the import (Node's fetch): timeouts, retries with exponential backoff on
// 429 and 5xx honouring Retry-After, a disk cache of raw responses, errors that say what to do.

import { UserError } from "../../model/user-error.js";
import { redactUrl, type ResponseCache } from "./response-cache.js";

/** How the client behaves; tests shorten every delay. */
export interface HttpOptions {
  /** Per attempt, body included (default 30 s). */
  timeoutMs?: number;
  /** Attempts after the first (default 4). */
  retries?: number;
  /** First backoff delay; doubles each retry (default 1 s). */
  backoffBaseMs?: number;
  /** Longest Retry-After honoured; longer waits fail with a message instead (default 120 s). */
  maxRetryAfterMs?: number;
  cache?: ResponseCache;
  /** Called before each network request (not for cache hits), e.g. for a progress line. */
  onRequest?: (url: string) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** A response that came back with an error status the caller may explain better (403 bad key, 404). */
export class HttpStatusError extends UserError {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${redactUrl(url)}: the server answered ${status}${summary(body)}.`);
  }
}

/** Fetches text and JSON. */
export interface HttpClient {
  getText(url: string, headers?: Record<string, string>): Promise<string>;
  getJson(url: string, headers?: Record<string, string>): Promise<unknown>;
}

/** Creates a client. */
export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 4;
  const base = options.backoffBaseMs ?? 1_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  // `usable` decides whether a 2xx body may be cached: a malformed one is reported, never kept.
  async function getBody(url: string, headers: Record<string, string>, usable: (body: string) => string | undefined): Promise<string> {
    const cached = await options.cache?.get(url);
    if (cached !== undefined && usable(cached) === undefined) return cached;
    let last = "";
    for (let attempt = 0; attempt <= retries; attempt++) {
      options.onRequest?.(url);
      let wait = base * 2 ** attempt;
      try {
        const response = await doFetch(url, { headers: { "user-agent": "talkdex-import", ...headers }, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
        const body = await response.text();
        if (response.ok) {
          const problem = usable(body);
          if (problem !== undefined) throw new UserError(`${redactUrl(url)}: ${problem}; the service may be down or the URL wrong.`);
          await options.cache?.put(url, body);
          return body;
        }
        if (response.status !== 429 && response.status < 500) throw new HttpStatusError(url, response.status, body);
        last = `the server answered ${response.status}${summary(body)}`;
        const after = retryAfterMs(response.headers.get("retry-after"));
        if (after !== undefined) {
          if (after > maxRetryAfter) throw new UserError(`${redactUrl(url)}: the server asks to wait ${Math.ceil(after / 1000)} s (Retry-After). Run the import again later; what was fetched is cached.`);
          wait = after;
        }
      } catch (e) {
        if (e instanceof UserError) throw e;
        last = isTimeout(e) ? `no answer within ${timeoutMs / 1000} s` : `the request failed (${describe(e)})`;
      }
      if (attempt < retries) await sleep(wait);
    }
    throw new UserError(`${redactUrl(url)}: ${last}, ${retries + 1} attempt(s). Check the network and run the import again; what was fetched is cached.`);
  }

  return {
    getText: (url, headers = {}) => getBody(url, headers, () => undefined),
    async getJson(url, headers = {}) {
      return JSON.parse(await getBody(url, { accept: "application/json", ...headers }, jsonProblem)) as unknown;
    },
  };
}

function jsonProblem(body: string): string | undefined {
  try {
    JSON.parse(body);
    return undefined;
  } catch (e) {
    return `the response is not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
}

/** Milliseconds from a Retry-After header: seconds, or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isTimeout(e: unknown): boolean {
  return e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  return cause instanceof Error ? `${e.message}: ${cause.message}` : e.message;
}

function summary(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  return text === "" ? "" : `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}
