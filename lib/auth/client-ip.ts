type HeaderSource = { get(name: string): string | null };

/** IPv4, IPv6 (optionally with a zone) or either with a port: anything else is not trusted as a key. */
const PLAUSIBLE_IP = /^[0-9A-Za-z.:%[\]-]{2,64}$/;

/**
 * The client address used as the per-IP throttle key: the first hop of X-Forwarded-For, then
 * X-Real-IP, else "unknown". The first hop is only as trustworthy as the reverse proxy in front of
 * the portal (it must overwrite, not append to, a client-sent header); the per-username limit does
 * not depend on it.
 */
export function clientIp(headers: HeaderSource | null | undefined): string {
  if (!headers) return "unknown";
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded && PLAUSIBLE_IP.test(forwarded)) return forwarded;
  const real = headers.get("x-real-ip")?.trim();
  if (real && PLAUSIBLE_IP.test(real)) return real;
  return "unknown";
}
