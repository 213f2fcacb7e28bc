// A conference schedule read from any format (pretalx/frab JSON, frab/pentabarf XML), reduced to what talks need.

/** One scheduled session. */
export interface ScheduleSession {
  /** The schedule's id or guid, for messages. */
  id: string;
  title: string;
  speakers: string[];
  abstract: string;
  description: string;
  /** ISO 639-3. */
  language?: string;
  /** Local start time with its offset: "YYYY-MM-DDThh:mm:ss±hh:mm". */
  start?: string;
  /** Seconds. */
  duration?: number;
  track?: string;
  /** The session's page. */
  url?: string;
  /** The speakers opted out of recording: such a session never becomes a talk. */
  doNotRecord: boolean;
}

/** A whole schedule. */
export interface Schedule {
  title: string;
  /** "YYYY-MM-DD". */
  startDate?: string;
  endDate?: string;
  url?: string;
  sessions: ScheduleSession[];
}

/** "2025-05-17T10:30:00+02:00" as pyvideo/data writes times: seconds present, "Z" as "+00:00"; undefined if not a time with an offset. */
export function normaliseStart(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const offset = m[5] === "Z" ? "+00:00" : (m[5] ?? "").replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}${offset}`;
}
