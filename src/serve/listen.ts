// Starts an HTTP server listening, turning the usual failures into messages that say what to do.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { UserError } from "../model/user-error.js";

/** Listens on `host:port` (port 0: any free port); resolves with the port actually bound. */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => reject(listenError(e, host, port));
    server.once("error", onError);
    server.listen({ host: host.replace(/^\[|\]$/g, ""), port }, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (e.code) {
    case "EADDRINUSE":
      return new UserError(`talkdex serve: port ${port} on ${host} is already in use. Stop what uses it, or choose another port with --port N (--port 0 picks a free one).`);
    case "EACCES":
      return new UserError(`talkdex serve: not allowed to listen on port ${port} (ports below 1024 need privileges). Choose another with --port N.`);
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new UserError(`talkdex serve: --host ${host} is not an address of this machine. Use 127.0.0.1 (the default), or 0.0.0.0 to listen on every interface.`, 2);
    default:
      return e;
  }
}
