// The speakers A–Z: `/speakers.html` lists the letters, `/speakers/{a…z|other}.html` the names of each.

import type { BuildContext } from "../../build/context.js";
import { paths } from "../../build/paths.js";
import { href } from "../../build/site.js";
import type { Catalog, Speaker } from "../../model/catalog.js";
import type { OutputFile } from "../../output/output-file.js";
import { count } from "../format.js";
import { Layout } from "./layout.js";
import { pageTitle, paginate, Pagination } from "./pagination.js";
import { page } from "./render-page.js";
import { LETTER_KEYS, letterLabel, letterOf, sortByName } from "./sort-key.js";
import { UNKNOWN_SPEAKER_SLUG } from "./speaker-pages.js";

// Names per letter page: the biggest letter of the snapshot (A, 1,412 names) stays on one ~150 KB page.
const NAMES_PER_PAGE = 2000;

/** speakers.html and one page per letter that has speakers. */
export function speakersIndex(catalog: Catalog, ctx: BuildContext, hasUnknownPage: boolean): OutputFile[] {
  const buckets = new Map<string, Speaker[]>();
  for (const s of sortByName(catalog.speakers, (x) => x.name, (x) => x.slug)) {
    const key = letterOf(s.name);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(s);
    else buckets.set(key, [s]);
  }
  const letters = LETTER_KEYS.filter((k) => buckets.has(k)).map((key) => ({ key, speakers: buckets.get(key) ?? [] }));
  const { site } = ctx;
  const files: OutputFile[] = [
    page(
      paths.speakers,
      <Layout ctx={ctx} meta={{ title: "Speakers", path: paths.speakers, description: `${count(catalog.speakers.length, "speaker")}, A to Z.` }}>
        <h1>Speakers</h1>
        <p>{count(catalog.speakers.length, "speaker")}, by the first letter of their name. Names in other scripts, or starting with a digit or symbol, are under “Other”.</p>
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
    ),
  ];
  for (const { key, speakers } of letters) {
    const first = paths.speakersLetter(key);
    const title = `Speakers: ${key === "other" ? "other scripts, digits and symbols" : letterLabel(key)}`;
    for (const p of paginate(first, speakers, NAMES_PER_PAGE)) {
      files.push(
        page(
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
        ),
      );
    }
  }
  return files;
}
