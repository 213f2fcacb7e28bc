// A PeerTube channel or playlist through the instance's REST API (/api/v1), paged with start/count;
// each video's own record is read too, since lists carry a shortened description and no tags.

import { UserError } from "../../model/user-error.js";
import { HttpStatusError } from "../http/http-client.js";
import { safeHttpUrl, toIsoDate } from "../imported-talk.js";
import { toSeconds } from "../iso-duration.js";
import { toIso6393 } from "../language-code.js";
import { isJson, jsonList, str, type ApiContext, type Json } from "./api-context.js";
import { makeTalk, type PlatformVideo } from "./platform-video.js";
import type { SourceResult } from "./source-result.js";

const PAGE = 100;

/** What a PeerTube URL points at. */
export interface PeerTubeTarget {
  origin: string;
  kind: "channel" | "playlist";
  id: string;
}

/** Reads a channel URL (/c/NAME, /video-channels/NAME) or playlist URL (/w/p/ID, /videos/watch/playlist/ID, /video-playlists/ID). */
export function parsePeerTubeUrl(source: string): PeerTubeTarget {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw usage(source);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw usage(source);
  const path = url.pathname;
  const channel = /^\/(?:c|video-channels)\/([\w.@:-]+)/.exec(path)?.[1];
  if (channel !== undefined) return { origin: url.origin, kind: "channel", id: channel };
  const playlist = /^\/(?:w\/p|videos\/watch\/playlist|video-playlists)\/([\w-]+)/.exec(path)?.[1];
  if (playlist !== undefined) return { origin: url.origin, kind: "playlist", id: playlist };
  throw usage(source);
}

/** Reads every public video of the channel or playlist. */
export async function readPeerTube(source: string, ctx: ApiContext & { apiBase?: string }): Promise<SourceResult> {
  const target = parsePeerTubeUrl(source);
  // --api-base replaces the instance's address for the API calls only (tests); video URLs keep the real one.
  const api = `${(ctx.apiBase ?? target.origin).replace(/\/+$/, "")}/api/v1`;
  const get = async (path: string): Promise<Json> => {
    try {
      const body = await ctx.http.getJson(`${api}${path}`);
      if (!isJson(body)) throw new UserError(`${target.origin}${path}: the PeerTube API answered something other than a JSON object.`);
      return body;
    } catch (e) {
      if (e instanceof HttpStatusError && e.status === 404) throw new UserError(`${source}: PeerTube has no such ${target.kind} (404). Check the URL.`);
      throw e;
    }
  };
  const collection = target.kind === "channel" ? `/video-channels/${encodeURIComponent(target.id)}` : `/video-playlists/${encodeURIComponent(target.id)}`;
  const info = await get(collection);
  const title = str(info.displayName) ?? str(info.name);
  const notes: string[] = [];
  const listed: Json[] = [];
  for (let start = 0; ; start += PAGE) {
    ctx.progress.update(`PeerTube: listing ${target.kind} ${target.id} (${listed.length} videos so far)`);
    const page = await get(`${collection}/videos?start=${start}&count=${PAGE}${target.kind === "channel" ? "&sort=publishedAt" : ""}`);
    const data = jsonList(page.data);
    for (const item of data) {
      // Playlist elements wrap the video, which is null when it was deleted or made private.
      const video = target.kind === "playlist" ? item.video : item;
      if (isJson(video)) listed.push(video);
      else notes.push(`playlist element ${String(item.position ?? item.id ?? "?")} has no video (removed or private): skipped`);
    }
    const total = typeof page.total === "number" ? page.total : 0;
    if (data.length === 0 || start + PAGE >= total) break;
  }
  const videos: PlatformVideo[] = [];
  for (const [i, v] of listed.entries()) {
    const uuid = str(v.uuid);
    if (uuid === undefined || !/^[\w-]+$/.test(uuid)) {
      notes.push(`a video without a uuid: skipped`);
      continue;
    }
    ctx.progress.update(`PeerTube: reading video ${i + 1} of ${listed.length}`);
    const full = await get(`/videos/${uuid}`).catch((e: unknown) => {
      if (!(e instanceof UserError)) throw e;
      notes.push(`video ${uuid} could not be read (${e.message.split("\n")[0]}): its list entry is used`);
      return v;
    });
    videos.push(toPlatformVideo(full, uuid, target.origin));
  }
  ctx.progress.done();
  const cleanup = ctx.cleanup.eventTitle === undefined && title !== undefined ? { ...ctx.cleanup, eventTitle: title } : ctx.cleanup;
  return { talks: videos.map((v) => makeTalk(v, cleanup)), notes, ...(title === undefined ? {} : { title }) };
}

function toPlatformVideo(v: Json, uuid: string, origin: string): PlatformVideo {
  const video: PlatformVideo = { title: str(v.name) ?? uuid, video: { type: "peertube", url: `${origin}/videos/watch/${uuid}` } };
  const description = str(v.description);
  if (description !== undefined) video.description = description;
  const date = toIsoDate(v.originallyPublishedAt) ?? toIsoDate(v.publishedAt);
  if (date !== undefined) video.date = date;
  const duration = toSeconds(v.duration);
  if (duration !== undefined) video.duration = duration;
  const language = toIso6393(isJson(v.language) ? v.language.id : undefined);
  if (language !== undefined) video.language = language;
  if (Array.isArray(v.tags)) video.tags = v.tags.filter((t): t is string => typeof t === "string");
  // Paths are relative to the instance; a path that is not one ("//evil", "javascript:") is dropped.
  const path = [str(v.previewPath), str(v.thumbnailPath)].find((p) => p !== undefined && /^\/[\w./-]+$/.test(p));
  const thumbnail = path === undefined ? undefined : safeHttpUrl(`${origin}${path}`);
  if (thumbnail !== undefined) video.thumbnailUrl = thumbnail;
  return video;
}

function usage(source: string): UserError {
  return new UserError(`"${source}" is not a PeerTube channel or playlist URL. Use https://HOST/c/CHANNEL or https://HOST/w/p/PLAYLIST-ID.`, 2);
}
