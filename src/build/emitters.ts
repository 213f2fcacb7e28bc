// The emitters of a build, in order; each is a pure function of the Catalog and the context.

import { api } from "../emit/api/api.js";
import { feeds } from "../emit/feeds/feeds.js";
import { machineFiles } from "../emit/machine/machine-files.js";
import { eventPages } from "../emit/pages/event-page.js";
import { homePage } from "../emit/pages/home-page.js";
import { listPages } from "../emit/pages/list-pages.js";
import { staticPages } from "../emit/pages/static-pages.js";
import { talkPages } from "../emit/pages/talk-page.js";
import { searchIndex } from "../search/build-index.js";
import type { Emitter } from "./context.js";

/**
 * Every emitter of the site. The order is the build's: the feeds and the API, tens of thousands of
 * small files rendered faster than one thread creates them, come first, so that the writer catches
 * up while the pages render (last, it kept the build waiting for it at the end); the list pages,
 * which show no ReST text, come before the pages that do, while the check's worker still renders
 * the texts (the talk pages waited for them).
 */
export const EMITTERS: readonly Emitter[] = [feeds, api, homePage, listPages, talkPages, eventPages, staticPages, machineFiles, searchIndex];

/** The emitters whose files show ReST texts as HTML (`ctx.rst`): a build gives them the check's HTML first. */
export const SHOWS_RST: ReadonlySet<Emitter> = new Set([talkPages, eventPages]);
