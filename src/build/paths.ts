// Output paths of every page kind: pyvideo.org's URL patterns, in one place.

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
  latest: (page: number): string => (page <= 1 ? "latest/index.html" : `latest/${page}.html`),
  search: "search.html",
  about: "pages/about.html",
  notFound: "404.html",
});
