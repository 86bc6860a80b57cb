import "server-only";
import { headers } from "next/headers";
import { decode, getToken, type JWT } from "next-auth/jwt";
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
    decode: decodeOnce,
  });
  if (!token) return null;
  return {
    uid: typeof token.uid === "number" ? token.uid : undefined,
    sv: typeof token.sv === "number" ? token.sv : undefined,
    sid: typeof token.sid === "string" ? token.sid : undefined,
  };
}

/**
 * Decrypted cookies, by cookie value: a person's every page sends the same cookie, and its decryption
 * (a key derivation, a hash, AES and HMAC) was repeated for each. A value decrypts to the same claims
 * forever, so only the expiry is checked again (with jose's 15 s tolerance); whether the claims still open
 * the portal is openSession's question, asked on every request. At most DECODED_MAX entries, oldest first.
 */
const DECODED_MAX = 2000;
const decoded = new Map<string, JWT>();

async function decodeOnce(params: Parameters<typeof decode>[0]): Promise<JWT | null> {
  const key = `${params.salt}\n${params.token ?? ""}`;
  const hit = decoded.get(key);
  if (hit && typeof hit.exp === "number" && Date.now() / 1000 <= hit.exp + 15) return hit;
  decoded.delete(key);
  const payload = await decode(params);
  if (payload && typeof payload.exp === "number") {
    decoded.set(key, payload);
    if (decoded.size > DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  }
  return payload;
}

/** next-auth's choice of cookie name (`__Secure-` prefix): the protocol of AUTH_URL, else of the request. */
function secureCookies(h: Headers): boolean {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (envUrl) return new URL(envUrl).protocol === "https:";
  return (h.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}
