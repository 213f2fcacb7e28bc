// A list of talks as every list page shows it: title, speakers, event, date, duration, language.

import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Talk } from "../../model/catalog.js";
import { langTag } from "../../model/language.js";
import { formatDate, formatDuration } from "../format.js";

/** Speaker links of a talk, comma-separated. */
export function SpeakerLinks(props: { talk: Talk; catalog: Catalog; ctx: BuildContext }) {
  const { talk, catalog, ctx } = props;
  return (
    <>
      {talk.speakers.map((slug, i) => (
        <>
          {i > 0 ? ", " : ""}
          <a href={href(ctx.site, paths.speaker(slug))}>{catalog.speakerBySlug.get(slug)?.name ?? talk.speakerNames[i] ?? slug}</a>
        </>
      ))}
    </>
  );
}

/** One talk in a list. */
export function TalkItem(props: { talk: Talk; catalog: Catalog; ctx: BuildContext; showEvent?: boolean }) {
  const { talk, catalog, ctx } = props;
  const event = catalog.eventBySlug.get(talk.eventSlug);
  const lang = talk.language && talk.language !== "eng" ? catalog.languageByCode.get(talk.language) : undefined;
  return (
    <li class="talk-item">
      <a class="talk-title" href={href(ctx.site, paths.talk(talk.path))} lang={lang ? langTag(lang.code) : undefined}>
        {talk.title}
      </a>
      <span class="talk-meta">
        {talk.speakers.length > 0 ? (
          <span class="speakers">
            <SpeakerLinks talk={talk} catalog={catalog} ctx={ctx} />
          </span>
        ) : null}
        {props.showEvent !== false && event ? (
          <span class="event">
            <a href={href(ctx.site, paths.event(event.slug))}>{event.title}</a>
          </span>
        ) : null}
        {talk.date ? <time datetime={talk.date}>{formatDate(talk.date)}</time> : null}
        {talk.duration ? <span class="duration">{formatDuration(talk.duration)}</span> : null}
        {lang ? <span class="language">{lang.name}</span> : null}
      </span>
    </li>
  );
}

/** A list of talks (by path). */
export function TalkList(props: { talks: readonly string[]; catalog: Catalog; ctx: BuildContext; showEvent?: boolean }) {
  const { catalog } = props;
  return (
    <ol class="talk-list">
      {props.talks.map((p) => {
        const talk = catalog.talkByPath.get(p);
        return talk ? <TalkItem talk={talk} catalog={catalog} ctx={props.ctx} showEvent={props.showEvent} /> : null;
      })}
    </ol>
  );
}
