// The Atom and RSS feeds of a list page: head links (through Layout) and visible links.

import type { BuildContext } from "../../build/context.js";
import { href } from "../../build/site.js";

/** A page's feed pair, as Layout's `meta.feeds` takes it. */
export interface FeedPair {
  readonly title: string;
  readonly atom: string;
  readonly rss: string;
}

/** The feed pair with file stem `stem` under feeds/ ("speaker_ada-lovelace", "language_spa"), as the feeds emitter writes them. */
export function feedPair(title: string, stem: string): FeedPair {
  return { title, atom: `feeds/${stem}.atom.xml`, rss: `feeds/${stem}.rss.xml` };
}

/** "Atom feed · RSS feed" links. */
export function FeedLinks(props: { ctx: BuildContext; feed: FeedPair }) {
  const { ctx, feed } = props;
  return (
    <>
      <a href={href(ctx.site, feed.atom)}>Atom feed</a> · <a href={href(ctx.site, feed.rss)}>RSS feed</a>
    </>
  );
}
