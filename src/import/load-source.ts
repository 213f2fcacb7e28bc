// Picks the reader for a source: a yt-dlp file, a YouTube/PeerTube/Vimeo URL, a schedule file or URL.

import { UserError } from "../model/user-error.js";
import type { HttpClient } from "./http/http-client.js";
import type { Progress } from "./progress.js";
import { readSchedule } from "./schedule/import-schedule.js";
import type { Schedule } from "./schedule/schedule-session.js";
import { readPeerTube } from "./sources/peertube-api.js";
import type { SourceResult } from "./sources/source-result.js";
import { readVimeo } from "./sources/vimeo-api.js";
import { readYouTubeApi } from "./sources/youtube-api.js";
import { readYtDlp } from "./sources/yt-dlp.js";
import type { TitleCleanupOptions } from "./title-cleanup.js";

/** The video platforms talkdex imports from. */
export type VideoKind = "youtube" | "peertube" | "vimeo";

/** Everything a network source may need. */
export interface SourceSettings {
  http: HttpClient;
  progress: Progress;
  cleanup: TitleCleanupOptions;
  /** Reads a local file ("-": standard input). */
  readText: (path: string) => Promise<string>;
  apiKey?: string;
  apiBase?: string;
  token?: string;
  user?: string;
}

/** Whether a source names a URL rather than a file. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Reads the talks of a video source. */
export async function loadVideoSource(kind: VideoKind, source: string, s: SourceSettings): Promise<SourceResult> {
  const api = { http: s.http, progress: s.progress, cleanup: s.cleanup, ...(s.apiBase === undefined ? {} : { apiBase: s.apiBase }) };
  if (kind === "youtube" && (isUrl(source) || /^(?:PL|UU)[\w-]{10,}$/.test(source))) {
    if (s.apiKey === undefined || s.apiKey === "")
      throw new UserError("Fetching from YouTube needs a YouTube Data API v3 key: pass --api-key KEY or set YOUTUBE_API_KEY.\nWithout a key, save `yt-dlp -J URL > talks.json` and import that file.", 2);
    return readYouTubeApi(source, { ...api, apiKey: s.apiKey });
  }
  if (kind === "peertube") {
    if (!isUrl(source)) return readYtDlp(await s.readText(source), displayName(source), s.cleanup);
    return readPeerTube(source, api);
  }
  if (kind === "vimeo" && isUrl(source)) {
    if (s.token === undefined || s.token === "")
      throw new UserError("Fetching a Vimeo showcase needs an access token: pass --token TOKEN or set VIMEO_TOKEN.\nWithout one, save `yt-dlp -J URL > talks.json` and import that file.", 2);
    return readVimeo(source, { ...api, token: s.token, ...(s.user === undefined ? {} : { user: s.user }) });
  }
  return readYtDlp(await s.readText(source), displayName(source), s.cleanup);
}

/** Reads a schedule from a file or URL. */
export async function loadSchedule(source: string, s: Pick<SourceSettings, "http" | "readText">): Promise<Schedule> {
  const text = isUrl(source) ? await s.http.getText(source, { accept: "application/json, application/xml, text/xml" }) : await s.readText(source);
  return readSchedule(text, displayName(source));
}

function displayName(source: string): string {
  return source === "-" ? "standard input" : source;
}
