// The emitters of a build, in order; each is a pure function of the Catalog and the context.

import { eventPages } from "../emit/pages/event-page.js";
import { homePage } from "../emit/pages/home-page.js";
import { staticPages } from "../emit/pages/static-pages.js";
import { talkPages } from "../emit/pages/talk-page.js";
import type { Emitter } from "./context.js";

/** Every emitter of the site. */
export const EMITTERS: readonly Emitter[] = [homePage, talkPages, eventPages, staticPages];
