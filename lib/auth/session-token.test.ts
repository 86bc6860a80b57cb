// The page path of a session (lib/auth/actor.ts): the cookie is decrypted by sessionTokenClaims and checked by
// openSession, without next-auth's auth() (ADR 0061). These tests replay a real cookie from the real sign-in
// route and check that the page path refuses what the jwt callback refuses.
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { signInJar, type Jar } from "@/lib/accounts/auth-jar";
import { createUnit } from "@/tests/fixtures";
import { hashPassword } from "./password";
import { revokeSession } from "./sessions";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ getAll: () => [] }),
}));
const Redirected = vi.hoisted(() => class Redirected extends Error {});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

const { sessionTokenClaims } = await import("./session-token");
const { getActor, requireActor, ServiceUnavailableError } = await import("./actor");

const PASSWORD = "Mat-khau-dung-2025";
let unitId: number;
let seq = 0;

const cookieOf = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
/** The next request carries this cookie header (as Next's headers() gives it), over http unless told. */
function asRequest(cookie: string, proto = "http") {
  request.headers = new Headers({ cookie, "x-forwarded-proto": proto });
}

async function signedIn() {
  seq += 1;
  const user = await prisma.user.create({
    data: {
      username: `phien-token${seq}`,
      fullName: `Lê Thị ${seq}`,
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_CADRE",
      unitId,
    },
  });
  const jar = await signInJar(user.username, PASSWORD);
  const sid = (await prisma.authSession.findFirstOrThrow({ where: { userId: user.id } })).key;
  return { user, jar, sid };
}

beforeAll(async () => {
  unitId = (await createUnit(prisma, { level: "PROVINCE" })).id;
});

afterEach(() => {
  request.headers = new Headers();
});

describe("sessionTokenClaims: the claims of the session cookie, or null", () => {
  it("reads the claims next-auth's sign-in put in the cookie", async () => {
    const { user, jar, sid } = await signedIn();
    asRequest(cookieOf(jar));
    expect(await sessionTokenClaims()).toEqual({ uid: user.id, sv: user.sessionVersion, sid });
  });

  it("no cookie, a tampered cookie, or the cookie under the other name (https vs http) gives null", async () => {
    const { jar } = await signedIn();
    asRequest("");
    expect(await sessionTokenClaims()).toBeNull();
    const [name, value] = [...jar].find(([k]) => k.endsWith("authjs.session-token"))!;
    const flipped = value.slice(0, -8) + (value.slice(-8) === "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA");
    asRequest(`${name}=${flipped}`);
    expect(await sessionTokenClaims()).toBeNull();
    // Over https next-auth reads only `__Secure-authjs.session-token`; this cookie was issued over http.
    asRequest(cookieOf(jar), "https");
    expect(await sessionTokenClaims()).toBeNull();
    // Nor is a cookie renamed to it: the cookie's name is the salt of its encryption key.
    asRequest(`__Secure-${name}=${value}`, "https");
    expect(await sessionTokenClaims()).toBeNull();
  });

  it("over https it reads the __Secure- cookie, as next-auth issues it there", async () => {
    const name = "__Secure-authjs.session-token";
    const token = await encode({ token: { uid: 7, sv: 2, sid: "abc" }, secret: process.env.AUTH_SECRET!, salt: name });
    asRequest(`${name}=${token}`, "https");
    expect(await sessionTokenClaims()).toEqual({ uid: 7, sv: 2, sid: "abc" });
    asRequest(`${name}=${token}`, "http");
    expect(await sessionTokenClaims()).toBeNull();
  });

  it("a cookie read while valid is refused once it has expired (decryptions are kept, the expiry is checked)", async () => {
    const name = "authjs.session-token";
    const claims = { uid: 8, sv: 1, sid: "het-han" };
    const token = await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: name, maxAge: 60 });
    asRequest(`${name}=${token}`);
    expect(await sessionTokenClaims()).toEqual(claims);
    expect(await sessionTokenClaims()).toEqual(claims);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // jose accepts 15 s past the expiry; a minute and 16 s later the cookie is dead.
      vi.setSystemTime(Date.now() + 76_000);
      expect(await sessionTokenClaims()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the page path refuses what the jwt callback refuses", () => {
  it("a signed-in cookie gives the Actor; after sign-out the replayed cookie gives nobody", async () => {
    const { user, jar, sid } = await signedIn();
    asRequest(cookieOf(jar));
    expect(await getActor()).toMatchObject({ userId: user.id, unitId });
    await revokeSession(sid);
    await expect(requireActor()).rejects.toThrow(Redirected);
    expect(await getActor()).toBeNull();
  });

  it("a bumped sessionVersion (sign-out everywhere, password change) or a disabled account ends it", async () => {
    const a = await signedIn();
    asRequest(cookieOf(a.jar));
    await prisma.user.update({ where: { id: a.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getActor()).toBeNull();
    const b = await signedIn();
    asRequest(cookieOf(b.jar));
    expect(await getActor()).not.toBeNull();
    await prisma.user.update({ where: { id: b.user.id }, data: { disabled: true } });
    expect(await getActor()).toBeNull();
  });

  it("idle for 30 minutes ends it; a page within the idle time keeps it", async () => {
    const { jar, sid } = await signedIn();
    asRequest(cookieOf(jar));
    await prisma.authSession.update({ where: { key: sid }, data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) } });
    expect(await getActor()).not.toBeNull();
    // That page was use: lastSeenAt moved to now.
    const seen = (await prisma.authSession.findUniqueOrThrow({ where: { key: sid } })).lastSeenAt;
    expect(Date.now() - seen.getTime()).toBeLessThan(60_000);
    await prisma.authSession.update({ where: { key: sid }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getActor()).toBeNull();
  });

  it("the database unreachable: the error page (ServiceUnavailableError), not signed out", async () => {
    const { user, jar } = await signedIn();
    asRequest(cookieOf(jar));
    const url = process.env.DATABASE_URL;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/none";
    try {
      await expect(getActor()).rejects.toThrow(ServiceUnavailableError);
    } finally {
      process.env.DATABASE_URL = url;
      errors.mockRestore();
    }
    expect(await getActor()).toMatchObject({ userId: user.id });
  });
});
