/**
 * Who may talk to the server: the Host header must name this server (no DNS rebinding), and off the
 * loopback interface every request must carry the access code (a cookie set by the login form, or the
 * X-Tongbao-Code header).
 */
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { hostname, networkInterfaces } from "node:os";

export const CODE_COOKIE = "tongbao_code";
export const CODE_HEADER = "x-tongbao-code";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
const WILDCARDS = ["0.0.0.0", "::", ""];

export const isLoopback = (host: string) => LOOPBACK_NAMES.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** An access code that is easy to read out over the phone: 4821-9930. */
export const newAccessCode = () => `${randomInt(1000, 10000)}-${randomInt(1000, 10000)}`;

/** `[::1]:8080` → `::1`, `example.org:80` → `example.org`. */
function hostnameOf(header: string): { name: string; port?: string } {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(header) ?? /^([^:]+)(?::(\d+))?$/.exec(header);
  return m ? { name: m[1]!.toLowerCase(), ...(m[2] ? { port: m[2] } : {}) } : { name: "" };
}

export interface Access {
  /** True when the Host header names this server at its port. */
  hostAllowed(header: string | undefined): boolean;
  codeRequired: boolean;
  /** True when no code is required or the request carries the right one. */
  codeAccepted(cookieHeader: string | undefined, codeHeader: string | undefined): boolean;
  /** True for the right code typed into the login form. */
  matches(code: string | undefined): boolean;
  /** False when a browser says the request comes from a page of another site (CSRF); no Origin passes. */
  sameOrigin(origin: string | undefined, host: string | undefined): boolean;
}

/** Names this server answers to: loopback names, and the bound address (every interface for 0.0.0.0). */
function knownNames(host: string): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (WILDCARDS.includes(host)) {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(a.address.toLowerCase());
  } else names.add(host.toLowerCase());
  return names;
}

const decoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const digest = (s: string) => createHash("sha256").update(s).digest();

export function createAccess(host: string, port: () => number, code: string | undefined): Access {
  const names = knownNames(host);
  const expected = code === undefined ? undefined : digest(code);
  const matches = (given: string | undefined) => expected !== undefined && given !== undefined && timingSafeEqual(digest(given.trim()), expected);
  const fromCookie = (header: string | undefined) =>
    header
      ?.split(";")
      .map((c) => c.trim().split("="))
      .find(([k]) => k === CODE_COOKIE)?.[1];
  return {
    hostAllowed(header) {
      if (!header) return false;
      const { name, port: given } = hostnameOf(header);
      return names.has(name) && (given ?? "80") === String(port());
    },
    codeRequired: expected !== undefined,
    codeAccepted(cookieHeader, codeHeader) {
      if (expected === undefined) return true;
      const cookie = fromCookie(cookieHeader);
      return matches(codeHeader) || matches(cookie === undefined ? undefined : decoded(cookie));
    },
    matches,
    sameOrigin(origin, host) {
      if (origin === undefined) return true;
      try {
        return new URL(origin).host === host;
      } catch {
        return false;
      }
    },
  };
}
