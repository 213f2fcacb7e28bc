// TalkList for pages that list the same talks many times over: each TalkItem is rendered once and shared.

import type { BuildContext, Html } from "../../build/context.js";
import type { Catalog } from "../../model/catalog.js";
import { TalkItem } from "./talk-list.js";

/** Renders a talk list (by path) exactly as `<TalkList>` does (`showEvent: false` for an event's own page). */
export type RenderTalkList = (talks: readonly string[]) => Html;

/**
 * A TalkList renderer whose items come from `ctx.memo("talk-item", path)`: the list pages show
 * every talk five times or more (year, language, tags, speakers, latest), about 110,000 items on the
 * snapshot, and each is rendered once. Call it inside a unit with the unit's catalog: an item reads
 * only its talk, event, language and speakers, so in an incremental build it is rendered again (and
 * the pages showing it) only when one of those changes.
 */
export function talkListRenderer(catalog: Catalog, ctx: BuildContext, options: { showEvent?: boolean } = {}): RenderTalkList {
  const showEvent = options.showEvent ?? true;
  const item = (path: string): Html | null =>
    ctx.memo(showEvent ? "talk-item" : "talk-item-in-event", path, () => {
      const talk = catalog.talkByPath.get(path);
      const html = talk ? <TalkItem talk={talk} catalog={catalog} ctx={ctx} showEvent={showEvent} /> : null;
      // Reading a character makes V8 flatten the item's rope of small strings in place, once: the
      // five or more pages that include it then copy one flat string instead of walking the rope
      // again (measured: the list pages take about a quarter less time on the snapshot).
      html?.value.charCodeAt(0);
      return html;
    });
  return (talks) => <ol class="talk-list">{talks.map(item)}</ol>;
}
