import "server-only";
import { headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import type { SessionClaims } from "./sessions";

/**
 * The claims of this request's session cookie, decrypted once, or null (no cookie, not ours, expired).
 *
 * What next-auth's `auth()` does in a server component is run its whole `/api/auth/session` endpoint on a
 * made-up request: decrypt the cookie, run the jwt callback, encrypt a fresh token (whose Set-Cookie a
 * server component cannot send, so it is thrown away), answer in JSON and parse that again. A page only
 * needs the claims; whether they still open the portal is decided by lib/auth/sessions.ts openSession, the
 * same rule the jwt callback applies (ADR 0061). Sign-in, sign-out and the /api/auth routes still go through
 * next-auth.
 */
export async function sessionTokenClaims(): Promise<Partial<SessionClaims> | null> {
  const h = await headers();
  const token = await getToken({
    // Only the cookie: next-auth's own session lookup reads no Authorization header either.
    req: { headers: new Headers({ cookie: h.get("cookie") ?? "" }) },
    secret: process.env.AUTH_SECRET,
    secureCookie: secureCookies(h),
  });
  if (!token) return null;
  return {
    uid: typeof token.uid === "number" ? token.uid : undefined,
    sv: typeof token.sv === "number" ? token.sv : undefined,
    sid: typeof token.sid === "string" ? token.sid : undefined,
  };
}

/** next-auth's choice of cookie name (`__Secure-` prefix): the protocol of AUTH_URL, else of the request. */
function secureCookies(h: Headers): boolean {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (envUrl) return new URL(envUrl).protocol === "https:";
  return (h.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}
