// The speakers A–Z: `/speakers.html` lists the letters, `/speakers/{a…z|other}.html` the names of each.

import { LDQUO, RDQUO } from "#html/marks";
import { unit, type BuildContext, type Unit } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Speaker } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { pageCount, pageSlice, pageTitle, pageUnits, Pagination } from "./pagination.js";
import { page } from "./render-page.js";
import { LETTER_KEYS, letterLabel, letterOf, sortByName } from "./sort-key.js";
import { anonymousTalks, UNKNOWN_SPEAKER_SLUG } from "./speaker-pages.js";

// Names per letter page: the biggest letter of the snapshot (A, 1,412 names) stays on one ~150 KB page.
const NAMES_PER_PAGE = 2000;

/** The speakers of one letter, A to Z. */
interface Letter {
  readonly key: string;
  readonly speakers: readonly Speaker[];
}

/** Every speaker in A–Z buckets (only letters with speakers), computed once for all the index pages. */
function speakerLetters(catalog: Catalog, ctx: BuildContext): readonly Letter[] {
  return ctx.memo("list", "speaker-letters", () => {
    const buckets = new Map<string, Speaker[]>();
    for (const s of sortByName(catalog.speakers, (x) => x.name, (x) => x.slug)) {
      const key = letterOf(s.name);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(s);
      else buckets.set(key, [s]);
    }
    return LETTER_KEYS.filter((k) => buckets.has(k)).map((key) => ({ key, speakers: buckets.get(key) ?? [] }));
  });
}

/** speakers.html and one unit per page of each letter that has speakers. */
export function speakersIndex(catalog: Catalog, ctx: BuildContext): Unit[] {
  return [
    unit(paths.speakers, (c) => speakersPage(c, ctx)),
    ...speakerLetters(catalog, ctx).flatMap(({ key, speakers }) =>
      pageUnits(paths.speakersLetter(key), pageCount(speakers.length, NAMES_PER_PAGE), (c, n) => {
        const letters = speakerLetters(c, ctx);
        const letter = letters.find((l) => l.key === key);
        return letter ? letterPage(letters, letter, ctx, n) : [];
      }),
    ),
  ];
}

function speakersPage(catalog: Catalog, ctx: BuildContext): OutputFile {
  const { site } = ctx;
  const letters = speakerLetters(catalog, ctx);
  const hasUnknownPage = anonymousTalks(catalog, ctx).length > 0;
  return page(
    paths.speakers,
    <Layout ctx={ctx} meta={{ title: "Speakers", path: paths.speakers, description: `${count(catalog.speakers.length, "speaker")}, A to Z.` }}>
      <h1>Speakers</h1>
      <p>{count(catalog.speakers.length, "speaker")}, by the first letter of their name. Names in other scripts, or starting with a digit or symbol, are under {LDQUO}Other{RDQUO}.</p>
      <ul class="chips letters">
        {letters.map((l) => (
          <li>
            <a href={href(site, paths.speakersLetter(l.key))}>
              <span class="visually-hidden">Speakers: </span>
              {letterLabel(l.key)}
            </a>{" "}
            <small>{count(l.speakers.length)}</small>
          </li>
        ))}
      </ul>
      {hasUnknownPage ? (
        <p>
          <a href={href(site, paths.speaker(UNKNOWN_SPEAKER_SLUG))}>Talks with no speaker named</a>
        </p>
      ) : null}
    </Layout>,
  );
}

function letterPage(letters: readonly Letter[], { key, speakers }: Letter, ctx: BuildContext, n: number): OutputFile {
  const { site } = ctx;
  const first = paths.speakersLetter(key);
  const title = `Speakers: ${key === "other" ? "other scripts, digits and symbols" : letterLabel(key)}`;
  const p = pageSlice(first, speakers, NAMES_PER_PAGE, n);
  return page(
    p.path,
    <Layout ctx={ctx} meta={{ title: pageTitle(title, p.page), path: p.path }}>
      <h1>{title}</h1>
      <nav aria-label="Speakers by letter">
        <ul class="chips letters">
          {letters.map((l) => (
            <li>
              <a href={href(site, paths.speakersLetter(l.key))} aria-current={l.key === key ? "page" : undefined}>
                {letterLabel(l.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{count(speakers.length, "speaker")}</p>
      <ul class="name-list">
        {p.items.map((s) => (
          <li>
            <a href={href(site, paths.speaker(s.slug))}>{s.name}</a> <small>{count(s.talks.length, "talk")}</small>
          </li>
        ))}
      </ul>
      <Pagination ctx={ctx} first={first} page={p.page} pages={p.pages} />
    </Layout>,
  );
}
