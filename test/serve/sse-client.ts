// A server-sent-events client for the serve tests: connects as an open page would, and waits for
// named events.

import { request, type ClientRequest } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

/** One received event. */
export interface ServerEvent {
  event: string;
  data: string;
}

/** A connected stream. */
export interface EventStream {
  readonly events: ServerEvent[];
  /** The next event named `name` not yet taken (waits up to `timeoutMs`). */
  next(name: string, timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
}

/** Connects to `/_talkdex/events` as the page at `pagePath` would; resolves once the hello arrived. */
export async function connectEvents(port: number, pagePath: string): Promise<EventStream> {
  const events: ServerEvent[] = [];
  let taken = 0;
  let wake: () => void = () => {};
  let req: ClientRequest | undefined;
  await new Promise<void>((resolve, reject) => {
    req = request({ host: "127.0.0.1", port, agent: false, path: `/_talkdex/events?path=${encodeURIComponent(pagePath)}` }, (res) => {
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
          if (event === undefined) continue;
          events.push({ event, data });
          if (event === "hello") resolve();
          wake();
        }
      });
    });
    req.on("error", reject);
    req.end();
  });
  const next = async (name: string, timeoutMs = 10_000): Promise<ServerEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = events.findIndex((e, i) => i >= taken && e.event === name);
      if (index >= 0) {
        taken = index + 1;
        return events[index] as ServerEvent;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${name}" event within ${timeoutMs} ms (got: ${events.map((e) => e.event).join(", ")})`);
      await Promise.race([new Promise<void>((ok) => (wake = ok)), sleep(Math.min(left, 200))]);
    }
  };
  return { events, next, close: () => req?.destroy() };
}
