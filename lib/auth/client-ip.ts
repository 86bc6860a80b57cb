import type { IncomingMessage } from "node:http";

type HeaderSource = { get(name: string): string | null };

/**
 * Set by the portal's own HTTP server (scripts/serve.ts) on every request, after removing whatever the
 * client sent under that name: the one client address the rest of the code may trust.
 */
export const CLIENT_IP_HEADER = "x-dvk-client-ip";

/** IPv4, IPv6 (optionally with a zone) or either with a port: anything else is not trusted as a key. */
const PLAUSIBLE_IP = /^[0-9A-Za-z.:%[\]-]{2,64}$/;

const unmap = (ip: string) => (ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip);

/**
 * The client address, from the socket and as many trusted reverse-proxy hops as configured
 * (`TRUST_PROXY_HOPS`, default 0). With 0 the socket address is the answer and X-Forwarded-For is
 * ignored, so a client cannot choose its own throttle key. With n, the n-th address from the right of
 * "X-Forwarded-For, socket" is taken: each trusted proxy appends the address it saw, whatever the
 * client put in front.
 */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const hops = Number.isInteger(trustedHops) && trustedHops > 0 ? trustedHops : 0;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? ""];
  const picked = chain[Math.max(0, chain.length - 1 - hops)] ?? "";
  const ip = unmap(picked);
  return PLAUSIBLE_IP.test(ip) ? ip : "unknown";
}

/** `TRUST_PROXY_HOPS` as a number (0 when unset or not a non-negative integer). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/**
 * The client address used as the per-client throttle key and in the audit log: only the header our
 * server sets. Client-sent X-Forwarded-For / X-Real-IP are never read here; without our server in
 * front (e.g. `next dev`) the answer is "unknown" and only the per-account delay applies.
 */
export function clientIp(headers: HeaderSource | null | undefined): string {
  const ip = headers?.get(CLIENT_IP_HEADER)?.trim();
  return ip && PLAUSIBLE_IP.test(ip) ? ip : "unknown";
}

/** What scripts/serve.ts does to every request before Next sees it (overwrites any client-sent value). */
export function attachClientIp(req: IncomingMessage, hops: number): void {
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
}
