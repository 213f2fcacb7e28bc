// A Vimeo showcase (album) through the Vimeo API with a personal access token, paged with page/per_page.

import { UserError } from "../../model/user-error.js";
import { HttpStatusError } from "../http/http-client.js";
import { safeHttpUrl, toIsoDate } from "../imported-talk.js";
import { toSeconds } from "../iso-duration.js";
import { toIso6393 } from "../language-code.js";
import { isJson, jsonList, str, type ApiContext, type Json } from "./api-context.js";
import { makeTalk, watchUrl, type PlatformVideo } from "./platform-video.js";
import type { SourceResult } from "./source-result.js";

/** The public API's address; tests point `apiBase` at a local server. */
export const VIMEO_API_BASE = "https://api.vimeo.com";
const PER_PAGE = 100;

/** The user and album of a showcase URL: vimeo.com/showcase/ID (the token's owner), vimeo.com/USER/albums/ID or /album/ID. */
export function parseVimeoUrl(source: string, user: string | undefined): { user: string; album: string } {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw usage(source);
  }
  if (!/(?:^|\.)vimeo\.com$/.test(url.hostname)) throw usage(source);
  const showcase = /^\/(?:showcase|album)\/(\d+)/.exec(url.pathname)?.[1];
  if (showcase !== undefined) return { user: user ?? "me", album: showcase };
  const owned = /^\/([\w-]+)\/(?:albums|showcase)\/(\d+)/.exec(url.pathname);
  if (owned?.[1] !== undefined && owned[2] !== undefined) return { user: user ?? owned[1], album: owned[2] };
  throw usage(source);
}

/** Reads every video of the showcase. */
export async function readVimeo(source: string, ctx: ApiContext & { token: string; user?: string; apiBase?: string }): Promise<SourceResult> {
  const { user, album } = parseVimeoUrl(source, ctx.user);
  const base = (ctx.apiBase ?? VIMEO_API_BASE).replace(/\/+$/, "");
  const headers = { authorization: `bearer ${ctx.token}`, accept: "application/vnd.vimeo.*+json;version=3.4" };
  const owner = user === "me" ? "/me" : `/users/${encodeURIComponent(user)}`;
  const get = async (path: string): Promise<Json> => {
    try {
      const body = await ctx.http.getJson(`${base}${path}`, headers);
      if (!isJson(body)) throw new UserError(`Vimeo API ${path}: the response is not a JSON object.`);
      return body;
    } catch (e) {
      if (e instanceof HttpStatusError && e.status === 401) throw new UserError("Vimeo refused the access token (401). Check --token or VIMEO_TOKEN: create one with the \"public\" and \"private\" scopes at https://developer.vimeo.com/apps.");
      if (e instanceof HttpStatusError && (e.status === 404 || e.status === 403)) throw new UserError(`Vimeo cannot show showcase ${album} of ${user} (${e.status}): it does not exist or the token may not read it.`);
      throw e;
    }
  };
  const info = await get(`${owner}/albums/${album}`);
  const title = str(info.name);
  const notes: string[] = [];
  const videos: PlatformVideo[] = [];
  for (let page = 1; ; page++) {
    ctx.progress.update(`Vimeo: reading showcase ${album}, page ${page} (${videos.length} videos so far)`);
    const body = await get(`${owner}/albums/${album}/videos?page=${page}&per_page=${PER_PAGE}`);
    for (const v of jsonList(body.data)) {
      const id = /^\/videos\/(\d+)$/.exec(str(v.uri) ?? "")?.[1];
      if (id === undefined) notes.push("a showcase entry without a video id: skipped");
      else if (isJson(v.privacy) && ["nobody", "password", "contacts", "users"].includes(str(v.privacy.view) ?? "")) notes.push(`video ${id} is private: skipped`);
      else videos.push(toPlatformVideo(v, id));
    }
    const next = isJson(body.paging) ? body.paging.next : null;
    if (typeof next !== "string" || jsonList(body.data).length === 0) break;
  }
  ctx.progress.done();
  const cleanup = ctx.cleanup.eventTitle === undefined && title !== undefined ? { ...ctx.cleanup, eventTitle: title } : ctx.cleanup;
  return { talks: videos.map((v) => makeTalk(v, cleanup)), notes, ...(title === undefined ? {} : { title }) };
}

function toPlatformVideo(v: Json, id: string): PlatformVideo {
  const video: PlatformVideo = { title: str(v.name) ?? id, video: { type: "vimeo", url: watchUrl("vimeo", id) } };
  const description = str(v.description);
  if (description !== undefined) video.description = description;
  const date = toIsoDate(v.release_time) ?? toIsoDate(v.created_time);
  if (date !== undefined) video.date = date;
  const duration = toSeconds(v.duration);
  if (duration !== undefined) video.duration = duration;
  const language = toIso6393(v.language);
  if (language !== undefined) video.language = language;
  if (Array.isArray(v.tags)) video.tags = jsonList(v.tags).map((t) => str(t.name) ?? "").filter((t) => t !== "");
  const sizes = isJson(v.pictures) ? jsonList(v.pictures.sizes) : [];
  const largest = sizes.sort((a, b) => (Number(b.width) || 0) - (Number(a.width) || 0)).map((s) => safeHttpUrl(s.link)).find((u) => u !== undefined);
  if (largest !== undefined) video.thumbnailUrl = largest;
  return video;
}

function usage(source: string): UserError {
  return new UserError(`"${source}" is not a Vimeo showcase URL. Use https://vimeo.com/showcase/ID (with --user NAME unless it is the token owner's), or a yt-dlp JSON file.`, 2);
}
