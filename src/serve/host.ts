// Host names for `--host`: which ones stay on this machine, and how each is written in a URL.

import { isIP } from "node:net";

/** True when `host` only accepts connections from this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === "::ffff:127.0.0.1";
}

/** True for plain host names and IP addresses: nothing a shell, a URL or a browser launcher could misread. */
export function isValidHost(host: string): boolean {
  return isIP(host.replace(/^\[|\]$/g, "")) !== 0 || /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(host);
}

/** The origin to print and link to for a server listening on `host:port` ("all interfaces" → loopback). */
export function originFor(host: string, port: number): string {
  const h = host.replace(/^\[|\]$/g, "");
  if (h === "0.0.0.0" || h === "") return `http://127.0.0.1:${port}`;
  if (h === "::") return `http://[::1]:${port}`;
  return isIP(h) === 6 ? `http://[${h}]:${port}` : `http://${h}:${port}`;
}
