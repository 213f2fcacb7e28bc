// What reading a video source yields: talks, notes about what was left out, and the collection's facts.

import type { ImportedTalk } from "../imported-talk.js";

/** The talks of one playlist, channel, showcase or schedule-less source, ready to plan. */
export interface SourceResult {
  talks: ImportedTalk[];
  /** Things left out or doubtful, for the user: "skipped private video abc123". */
  notes: string[];
  /** The playlist's or channel's title, a default for the event's title. */
  title?: string;
  /** The playlist's public page. */
  url?: string;
}
