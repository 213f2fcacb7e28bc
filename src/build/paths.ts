// Output paths of every page kind: pyvideo.org's URL patterns, in one place.

// Month names as pyvideo.org's archive URLs write them.
const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Site-relative output paths (no leading slash). */
export const paths = Object.freeze({
  home: "index.html",
  talk: (talkPath: string): string => `${talkPath}.html`,
  event: (slug: string): string => `events/${slug}.html`,
  events: "events.html",
  series: (slug: string): string => `series/${slug}.html`,
  speaker: (slug: string): string => `speaker/${slug}.html`,
  speakers: "speakers.html",
  tag: (slug: string): string => `tag/${slug}/index.html`,
  tags: "tags.html",
  language: (code: string): string => `language/${code}.html`,
  languages: "languages.html",
  year: (year: number): string => `archives/${year}/index.html`,
  /** pyvideo.org's month archive; `month` is 1–12 ("archives/2018/May/index.html"). */
  month: (year: number, month: number): string => `archives/${year}/${MONTH_ABBR[month - 1] ?? String(month)}/index.html`,
  archives: "archives.html",
  /** One letter page of the speakers A–Z ("a" … "z", or "other"). */
  speakersLetter: (key: string): string => `speakers/${key}.html`,
  /** Page `n` of a paginated list whose first page is `first`: "x.html" → "x/2.html", "x/index.html" → "x/2.html". */
  page: (first: string, n: number): string => (n <= 1 ? first : `${first.replace(/(\/index)?\.html$/, "")}/${n}.html`),
  latest: (page: number): string => (page <= 1 ? "latest/index.html" : `latest/${page}.html`),
  search: "search.html",
  about: "pages/about.html",
  notFound: "404.html",
});
