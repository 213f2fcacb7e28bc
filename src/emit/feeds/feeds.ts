// Atom and RSS feeds at pyvideo.org's paths.

import type { Emitter } from "../../build/context.js";

/** Every feed (filled in by the feeds work). */
export const feeds: Emitter = () => [];
