// List pages: series, events index, speakers (A–Z) and speaker pages, tags, languages, years, latest.

import type { Emitter } from "../../build/context.js";

/** Every list page (filled in by the list-pages work). */
export const listPages: Emitter = () => [];
