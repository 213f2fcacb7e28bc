// A YouTube playlist or channel through the YouTube Data API v3: playlistItems (paged), then videos in
// batches of 50 for durations, tags and languages. Every call costs one quota unit; the count is reported.

import { UserError } from "../../model/user-error.js";
import { HttpStatusError } from "../http/http-client.js";
import { parseIsoDuration } from "../iso-duration.js";
import { safeHttpUrl, toIsoDate } from "../imported-talk.js";
import { toIso6393 } from "../language-code.js";
import { isJson, jsonList, str, type ApiContext, type Json } from "./api-context.js";
import { makeTalk, watchUrl, type PlatformVideo } from "./platform-video.js";
import type { SourceResult } from "./source-result.js";

/** The public API's address; tests point `apiBase` at a local server. */
export const YOUTUBE_API_BASE = "https://www.googleapis.com/youtube/v3";
const BATCH = 50;
const THUMBNAIL_SIZES = ["maxres", "standard", "high", "medium", "default"];

/** Reads a playlist or channel URL (or a bare playlist id) through the API. */
export async function readYouTubeApi(source: string, ctx: ApiContext & { apiKey: string; apiBase?: string }): Promise<SourceResult> {
  const base = (ctx.apiBase ?? YOUTUBE_API_BASE).replace(/\/+$/, "");
  let units = 0;
  const call = async (path: string, params: Record<string, string>): Promise<Json> => {
    const query = new URLSearchParams({ ...params, key: ctx.apiKey });
    units++;
    try {
      const body = await ctx.http.getJson(`${base}/${path}?${query}`);
      if (!isJson(body)) throw new UserError(`YouTube Data API ${path}: the response is not a JSON object.`);
      return body;
    } catch (e) {
      throw e instanceof HttpStatusError ? explain(e, source) : e;
    }
  };
  const playlistId = await resolvePlaylist(source, call);
  const notes: string[] = [];
  const ids: string[] = [];
  let title: string | undefined;
  let pageToken: string | undefined;
  do {
    ctx.progress.update(`YouTube: listing playlist ${playlistId} (${ids.length} videos so far)`);
    const page = await call("playlistItems", { part: "snippet,contentDetails,status", maxResults: String(BATCH), playlistId, ...(pageToken ? { pageToken } : {}) });
    for (const item of jsonList(page.items)) {
      const snippet = isJson(item.snippet) ? item.snippet : {};
      const id = str(isJson(item.contentDetails) ? item.contentDetails.videoId : undefined) ?? str(isJson(snippet.resourceId) ? snippet.resourceId.videoId : undefined);
      const privacy = str(isJson(item.status) ? item.status.privacyStatus : undefined);
      if (id === undefined || !/^[\w-]{11}$/.test(id)) notes.push("a playlist item without a video id: skipped");
      else if (privacy === "private" || privacy === "privacyStatusUnspecified" || /^(?:private|deleted) video$/i.test(str(snippet.title) ?? ""))
        notes.push(`video ${id} is private or removed: skipped`);
      else if (!ids.includes(id)) ids.push(id);
    }
    pageToken = str(page.nextPageToken);
  } while (pageToken !== undefined);
  const videos: PlatformVideo[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    ctx.progress.update(`YouTube: reading videos ${i + 1}–${i + batch.length} of ${ids.length}`);
    // No maxResults here: videos.list rejects it together with id.
    const page = await call("videos", { part: "snippet,contentDetails,recordingDetails", id: batch.join(",") });
    const byId = new Map(jsonList(page.items).map((v) => [str(v.id), v]));
    for (const id of batch) {
      const v = byId.get(id);
      if (!v) notes.push(`video ${id} is listed but not available (removed or private): skipped`);
      else videos.push(toPlatformVideo(id, v));
    }
  }
  ctx.progress.done();
  const listTitle = await playlistTitle(playlistId, call).catch(() => undefined);
  if (listTitle !== undefined) title = listTitle;
  notes.push(`used ${units} YouTube API quota unit(s) (the default daily quota is 10,000)`);
  const cleanup = ctx.cleanup.eventTitle === undefined && title !== undefined ? { ...ctx.cleanup, eventTitle: title } : ctx.cleanup;
  return { talks: videos.map((v) => makeTalk(v, cleanup)), notes, ...(title === undefined ? {} : { title }) };
}

type Call = (path: string, params: Record<string, string>) => Promise<Json>;

async function resolvePlaylist(source: string, call: Call): Promise<string> {
  if (/^(?:PL|UU|OL|FL|LL)[\w-]{10,}$/.test(source)) return source;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw usage(source);
  }
  const list = url.searchParams.get("list");
  if (list !== null && /^[\w-]+$/.test(list)) return list;
  const channel = /^\/channel\/(UC[\w-]{22})/.exec(url.pathname)?.[1];
  // A channel's uploads are the playlist "UU" + the channel id without its "UC".
  if (channel !== undefined) return `UU${channel.slice(2)}`;
  const handle = /^\/(@[\w.-]+)/.exec(url.pathname)?.[1];
  if (handle !== undefined) {
    const found = await call("channels", { part: "contentDetails", forHandle: handle });
    const first = jsonList(found.items)[0];
    const uploads = isJson(first?.contentDetails) && isJson(first.contentDetails.relatedPlaylists) ? str(first.contentDetails.relatedPlaylists.uploads) : undefined;
    if (uploads === undefined) throw new UserError(`YouTube has no channel ${handle}: check the URL.`);
    return uploads;
  }
  throw usage(source);
}

async function playlistTitle(id: string, call: Call): Promise<string | undefined> {
  const found = await call("playlists", { part: "snippet", id });
  const snippet = jsonList(found.items)[0]?.snippet;
  return isJson(snippet) ? str(snippet.title) : undefined;
}

function toPlatformVideo(id: string, v: Json): PlatformVideo {
  const snippet = isJson(v.snippet) ? v.snippet : {};
  const details = isJson(v.contentDetails) ? v.contentDetails : {};
  const recording = isJson(v.recordingDetails) ? v.recordingDetails : {};
  const video: PlatformVideo = { title: str(snippet.title) ?? id, video: { type: "youtube", url: watchUrl("youtube", id) } };
  const description = str(snippet.description);
  if (description !== undefined) video.description = description;
  const date = toIsoDate(recording.recordingDate) ?? toIsoDate(snippet.publishedAt);
  if (date !== undefined) video.date = date;
  const duration = parseIsoDuration(str(details.duration) ?? "");
  if (duration !== undefined && duration > 0) video.duration = duration;
  const language = toIso6393(snippet.defaultAudioLanguage) ?? toIso6393(snippet.defaultLanguage);
  if (language !== undefined) video.language = language;
  if (Array.isArray(snippet.tags)) video.tags = snippet.tags.filter((t): t is string => typeof t === "string");
  const thumbnails = isJson(snippet.thumbnails) ? snippet.thumbnails : {};
  const best = THUMBNAIL_SIZES.map((size) => (isJson(thumbnails[size]) ? safeHttpUrl(thumbnails[size].url) : undefined)).find((u) => u !== undefined);
  video.thumbnailUrl = best ?? `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
  return video;
}

/** Turns YouTube's error answers into messages that say what to do. */
function explain(e: HttpStatusError, source: string): UserError {
  let reason = "";
  let message = "";
  try {
    const body = JSON.parse(e.body) as { error?: { message?: string; errors?: { reason?: string }[] } };
    reason = body.error?.errors?.[0]?.reason ?? "";
    message = body.error?.message ?? "";
  } catch {
    // Not YouTube's JSON error: the generic message below will do.
  }
  if (reason === "keyInvalid" || /API key not valid/i.test(message))
    return new UserError("The YouTube API key was refused (keyInvalid). Check --api-key or YOUTUBE_API_KEY: create a key for the YouTube Data API v3 at https://console.cloud.google.com/apis/credentials.");
  if (reason === "quotaExceeded" || reason === "dailyLimitExceeded" || reason === "rateLimitExceeded")
    return new UserError(`YouTube's quota for this API key is used up (${reason}). What was fetched is cached: run the same import again after the quota resets (midnight Pacific time) to continue.`);
  if (reason === "accessNotConfigured" || reason === "forbidden")
    return new UserError(`YouTube refused the request (${reason}${message ? `: ${message}` : ""}). Enable the YouTube Data API v3 for the key's project.`);
  if (e.status === 404 || reason === "playlistNotFound")
    return new UserError(`YouTube cannot find ${source} (${reason || e.status}): the playlist or channel does not exist or is private.`);
  return e;
}

function usage(source: string): UserError {
  return new UserError(`"${source}" is not a YouTube playlist or channel URL. Use https://www.youtube.com/playlist?list=…, https://www.youtube.com/channel/UC…, https://www.youtube.com/@handle, or a yt-dlp JSON file.`, 2);
}
