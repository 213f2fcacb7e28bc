// The video player: a facade that loads nothing from a video host until the visitor presses play,
// and a switcher between the talk's sources. Without JavaScript the facade is a link to the video.

import type { BuildContext } from "../../build/context.js";
import type { Talk, VideoSource } from "../../model/catalog.js";
import { embedFor, sourceLabel } from "../../model/embed.js";

/** The player of a talk page. */
export function Player(props: { talk: Talk; ctx: BuildContext }) {
  const { talk } = props;
  const sources = talk.videos;
  const first = sources[0];
  if (!first) return <p class="no-video">No recording is listed for this talk.</p>;
  return (
    <section class="player" aria-label="Video">
      <div class="player-stage" data-player="">
        <Facade talk={talk} source={first} />
      </div>
      {sources.length > 1 ? (
        <div class="sources">
          <p id="sources-label">Other recordings of this talk:</p>
          <ul aria-labelledby="sources-label">
            {sources.map((s, i) => {
              const e = embedFor(s);
              return (
                <li>
                  <a href={s.url} data-source-index={String(i)} data-embed={e.embed} data-kind={e.kind} aria-current={i === 0 ? "true" : undefined}>
                    {sourceLabel(s)}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Facade(props: { talk: Talk; source: VideoSource }) {
  const { talk, source } = props;
  const e = embedFor(source);
  return (
    <a class="player-facade" href={source.url} data-embed={e.embed} data-kind={e.kind}>
      {talk.thumbnailUrl ? <img src={talk.thumbnailUrl} alt="" loading="lazy" decoding="async" /> : null}
      <span class="play-button" aria-hidden="true"></span>
      <span class="play-label">Play video: {talk.title} ({sourceLabel(source)})</span>
    </a>
  );
}
