// The static JSON API under /api/v1/.

import type { Emitter } from "../../build/context.js";

/** Every API file (filled in by the API work). */
export const api: Emitter = () => [];
