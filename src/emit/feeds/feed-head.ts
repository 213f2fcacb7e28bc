// FeedHead: what a feed says about itself, shared by its Atom and RSS versions.

/** Title, links and date of one feed. */
export interface FeedHead {
  readonly title: string;
  readonly description: string;
  readonly siteName: string;
  /** Absolute URL of this feed file. */
  readonly selfUrl: string;
  /** Absolute URL of the HTML page the feed follows. */
  readonly pageUrl: string;
  /** "YYYY-MM-DD" of the newest item; absent for an empty or undated feed. */
  readonly updated?: string;
}
