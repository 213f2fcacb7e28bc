// The video player: a facade that loads nothing from a video host until the visitor presses play,
// and a switcher between the talk's sources. Without JavaScript the facade is a link to the video.
// src/browser/player.ts reads the data-* attributes written here.

import type { BuildContext } from "../../build/context.js";
import type { Site } from "../../build/site.js";
import type { Talk, VideoSource } from "../../model/catalog.js";
import { embedFor, sourceLabels } from "../../model/embed.js";

/**
 * Where the facade's picture comes from: the talk's remote `thumbnail_url` (the one request a
 * visitor's browser makes to another host before play), or a neutral placeholder drawn in CSS.
 */
export type ThumbnailMode = "remote" | "placeholder";

/** The thumbnail mode of a site (`site.thumbnails`, default "remote"). */
export function thumbnailMode(site: Site): ThumbnailMode {
  return site.thumbnails;
}

/** The player of a talk page; `lang` is the BCP 47 tag of the talk's language, when not English. */
export function Player(props: { talk: Talk; ctx: BuildContext; lang?: string }) {
  const { talk, ctx, lang } = props;
  const sources = talk.videos;
  const first = sources[0];
  if (!first) return <p class="no-video">No recording is listed for this talk.</p>;
  const labels = sourceLabels(sources);
  const thumbnail = thumbnailMode(ctx.site) === "remote" ? talk.thumbnailUrl : undefined;
  return (
    <section class="player" aria-label="Video" lang="en">
      <div class="player-stage" data-player="">
        <Facade talk={talk} source={first} label={labels[0] ?? ""} thumbnail={thumbnail} lang={lang} />
      </div>
      <p class="visually-hidden" aria-live="polite" data-player-status=""></p>
      {sources.length > 1 ? (
        <nav class="sources" aria-labelledby="sources-label">
          <h2 id="sources-label" class="sources-label">Recordings</h2>
          <ul>
            {sources.map((s, i) => (
              <li>
                <SourceLink source={s} label={labels[i] ?? ""} current={i === 0} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

function SourceLink(props: { source: VideoSource; label: string; current: boolean }) {
  const { source, label } = props;
  const e = embedFor(source);
  return (
    <a href={source.url} class="source" data-embed={e.embed} data-kind={e.kind} data-start-by={e.startBy} data-start={String(e.start)} data-label={label} aria-current={props.current ? "true" : undefined}>
      {label}
      {source.size ? <span class="source-size"> ({megabytes(source.size)})</span> : null}
    </a>
  );
}

function Facade(props: { talk: Talk; source: VideoSource; label: string; thumbnail?: string; lang?: string }) {
  const { talk, source, label } = props;
  const e = embedFor(source);
  return (
    <a class="player-facade" href={source.url} data-embed={e.embed} data-kind={e.kind} data-start-by={e.startBy} data-start={String(e.start)} data-label={label}>
      <span class="player-poster" aria-hidden="true">
        <span class="player-poster-title" lang={props.lang}>{talk.title}</span>
      </span>
      {props.thumbnail ? <img class="player-thumb" src={props.thumbnail} alt="" width="480" height="270" decoding="async" referrerpolicy="no-referrer" /> : null}
      <span class="play-button" aria-hidden="true"></span>
      <span class="play-label">
        {e.kind === "link" ? "Watch" : "Play"}
        <span class="visually-hidden">
          {" "}
          <span lang={props.lang}>{talk.title}</span>
        </span>{" "}
        <span class="play-source">on {label}</span>
        <span class="play-start"></span>
      </span>
    </a>
  );
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}
