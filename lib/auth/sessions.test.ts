// Session lifecycle (OWASP ASVS 5.0 V7), proved by replaying a captured cookie against the real next-auth
// route handlers (the same jwt callback that auth() runs for every page and server action).
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUnit } from "@/tests/fixtures";
import { handlers } from "./index";
import { hashPassword } from "./password";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { revokeSessions } from "./revoke";
import {
  openSession,
  purgeExpiredSessions,
  readSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  touchSession,
} from "./sessions";
import { signOutEverywhere } from "./sign-out-everywhere";
import { loadActor } from "./load-actor";

const BASE = "http://localhost:3000/api/auth";
const PASSWORD = "Mat-khau-dung-2025";
const MIN = 60 * 1000;
let seq = 0;
let unitId: number;

type Jar = Map<string, string>;

function store(jar: Jar, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

async function call(jar: Jar, method: "GET" | "POST", path: string, body?: Record<string, string>) {
  const headers = new Headers({ cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") });
  if (body) headers.set("content-type", "application/x-www-form-urlencoded");
  const req = new NextRequest(`${BASE}${path}`, { method, headers, body: body && new URLSearchParams(body) });
  const res = await (method === "GET" ? handlers.GET(req) : handlers.POST(req));
  store(jar, res);
  return res;
}

async function signIn(username: string, password = PASSWORD) {
  const jar: Jar = new Map();
  const { csrfToken } = await (await call(jar, "GET", "/csrf")).json();
  await call(jar, "POST", "/callback/credentials", { username, password, csrfToken, callbackUrl: "/" });
  return jar;
}

const copy = (jar: Jar): Jar => new Map(jar);
/** The session the server sees for this cookie jar (null = signed out). */
const sessionOf = async (jar: Jar) =>
  (await (await call(jar, "GET", "/session")).json()) as { uid?: number; sid?: string } | null;

async function makeUser() {
  seq += 1;
  return prisma.user.create({
    data: {
      username: `phien${seq}`,
      fullName: `Trần Văn ${seq}`,
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_CADRE",
      unitId,
    },
  });
}

beforeAll(async () => {
  unitId = (await createUnit(prisma, { level: "PROVINCE" })).id;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("sign-out and revocation are server-side: a replayed old cookie is refused", () => {
  it("sign-out revokes the session row; the cookie captured before sign-out no longer opens anything", async () => {
    const user = await makeUser();
    const jar = await signIn(user.username);
    const stolen = copy(jar);
    const { sid } = (await sessionOf(jar))!;
    expect(sid).toBeTruthy();
    const { csrfToken } = await (await call(jar, "GET", "/csrf")).json();
    await call(jar, "POST", "/signout", { csrfToken, callbackUrl: "/dang-nhap" });
    expect((await prisma.authSession.findUniqueOrThrow({ where: { key: sid! } })).revokedAt).not.toBeNull();
    expect(await sessionOf(stolen)).toBeNull();
    // The user's other sessions are untouched by signing out of one device.
    const other = await signIn(user.username);
    expect((await sessionOf(other))?.uid).toBe(user.id);
  });

  it("sign-out-everywhere ends every device's session, including the one that asked", async () => {
    const user = await makeUser();
    const phone = await signIn(user.username);
    const office = await signIn(user.username);
    const actor = await loadActor(user.id, 0);
    expect(actor).not.toBeNull();
    await signOutEverywhere(actor!);
    expect(await sessionOf(copy(phone))).toBeNull();
    expect(await sessionOf(copy(office))).toBeNull();
    expect(await prisma.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "auth.sessions.revoked", entityId: String(user.id) } })).toBe(
      1,
    );
  });

  it("disabling revokes; re-enabling the account does not bring the old cookie back", async () => {
    const user = await makeUser();
    const jar = await signIn(user.username);
    const stolen = copy(jar);
    // A bare flag flip (any code path): the trigger on User revokes the session rows.
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await sessionOf(copy(stolen))).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabled: false } });
    expect(await sessionOf(copy(stolen))).toBeNull();
    // Also through revokeSessions + re-enable (sessionVersion unchanged afterwards would still not help).
    const jar2 = await signIn(user.username);
    await revokeSessions(user.id, { actorId: null, reason: "disabled" });
    expect(await sessionOf(copy(jar2))).toBeNull();
    // And the person can sign in afresh.
    expect((await sessionOf(await signIn(user.username)))?.uid).toBe(user.id);
  });

  it("a password change revokes every session, also one whose sessionVersion someone reset", async () => {
    const user = await makeUser();
    const jar = await signIn(user.username);
    const stolen = copy(jar);
    const r = await changeOwnPassword((await loadActor(user.id, 0))!, {
      currentPassword: PASSWORD,
      newPassword: "Mat-khau-moi-2026",
      confirmPassword: "Mat-khau-moi-2026",
    });
    expect(r.ok).toBe(true);
    expect(await sessionOf(copy(stolen))).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: 0 } });
    expect(await sessionOf(copy(stolen))).toBeNull();
  });

  it("a token without a session id (issued before this rule, or forged claims) is refused", async () => {
    const user = await makeUser();
    const jar = await signIn(user.username);
    await prisma.authSession.deleteMany({ where: { userId: user.id } });
    expect(await sessionOf(jar)).toBeNull();
  });
});

describe("lifetime: 12 h absolute, 30 min idle; /api/auth/session refreshes extend neither", () => {
  it("polling /api/auth/session does not count as use: 31 minutes without a page or action ends it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = new Date("2026-12-01T01:00:00Z");
    vi.setSystemTime(t0);
    const user = await makeUser();
    const jar = await signIn(user.username);
    const { sid } = (await sessionOf(jar))!;
    for (const m of [10, 20, 29]) {
      vi.setSystemTime(new Date(t0.getTime() + m * MIN));
      expect((await sessionOf(jar))?.uid).toBe(user.id); // re-issued cookie each time
    }
    const refreshed = copy(jar);
    expect((await prisma.authSession.findUniqueOrThrow({ where: { key: sid! } })).lastSeenAt).toEqual(t0);
    vi.setSystemTime(new Date(t0.getTime() + SESSION_IDLE_MS + MIN));
    expect(await sessionOf(refreshed)).toBeNull();
  });

  it("real use (touchSession from a page or action) keeps it alive, but never past 12 h after sign-in", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = new Date("2026-12-02T01:00:00Z");
    vi.setSystemTime(t0);
    const user = await makeUser();
    const jar = await signIn(user.username);
    const { sid } = (await sessionOf(jar))!;
    let t = t0.getTime();
    while (t + 25 * MIN < t0.getTime() + SESSION_ABSOLUTE_MS - 5 * MIN) {
      t += 25 * MIN;
      vi.setSystemTime(new Date(t));
      await touchSession(sid!);
      expect((await sessionOf(jar))?.uid).toBe(user.id);
    }
    // The latest cookie was re-issued minutes ago (its own JWT expiry is ~12 h away): only the server's
    // absolute limit can refuse it.
    const latest = copy(jar);
    vi.setSystemTime(new Date(t0.getTime() + SESSION_ABSOLUTE_MS + MIN));
    await touchSession(sid!);
    expect(await sessionOf(latest)).toBeNull();
  });

  it("a page (openSession) writes lastSeenAt at most once a minute, and keeps the session alive past 30 min", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = new Date("2026-12-02T03:00:00Z");
    vi.setSystemTime(t0);
    const user = await makeUser();
    const jar = await signIn(user.username);
    const { sid } = (await sessionOf(jar))!;
    const claims = { uid: user.id, sv: user.sessionVersion, sid: sid! };
    const lastSeen = async () => (await prisma.authSession.findUniqueOrThrow({ where: { key: sid! } })).lastSeenAt;
    const at = (ms: number) => new Date(t0.getTime() + ms);
    // [time of the page view, lastSeenAt after it]: written on the first view a minute or more after the last write.
    const views: [number, number][] = [
      [10_000, 0],
      [59_999, 0],
      [60_000, 60_000],
      [90_000, 60_000],
      [119_999, 60_000],
      [125_000, 125_000],
      [25 * MIN, 25 * MIN],
      [50 * MIN, 50 * MIN],
    ];
    for (const [view, expected] of views) {
      const s = await openSession(claims, at(view));
      expect(s?.actor.userId).toBe(user.id);
      expect((await lastSeen()).getTime()).toBe(at(expected).getTime());
    }
    // 50 min after sign-in: alive only because the pages touched it (idle timeout 30 min).
    expect(SESSION_IDLE_MS).toBeLessThan(50 * MIN);
    expect(await openSession(claims, at(50 * MIN + SESSION_IDLE_MS + MIN))).toBeNull();
  });

  it("one read gives the page everything: actor, unread notifications, and the same refusals as the jwt check", async () => {
    const user = await makeUser();
    const jar = await signIn(user.username);
    const { sid } = (await sessionOf(jar))!;
    await prisma.notification.createMany({
      data: [1, 2, 3].map((i) => ({
        userId: user.id,
        messageKey: "x",
        params: {},
        readAt: i === 3 ? new Date() : null,
      })),
    });
    const s = await openSession({ uid: user.id, sv: user.sessionVersion, sid: sid! });
    expect(s).toMatchObject({ unread: 2, mustChangePassword: false });
    expect(s?.actor).toMatchObject({ userId: user.id, username: user.username, role: "UNIT_CADRE", unitId });
    expect(await openSession({ uid: user.id, sv: user.sessionVersion + 1, sid: sid! })).toBeNull();
    expect(await openSession({ uid: user.id + 1000, sv: user.sessionVersion, sid: sid! })).toBeNull();
    expect(await readSession("khong-co")).toBeNull();
    // A closed unit's accounts cannot act (as loadSessionUser).
    const closed = await createUnit(prisma, { level: "COMMUNE" });
    await prisma.user.update({ where: { id: user.id }, data: { unitId: closed.id } });
    await prisma.unit.update({ where: { id: closed.id }, data: { validTo: new Date("2025-08-01") } });
    expect(await openSession({ uid: user.id, sv: user.sessionVersion, sid: sid! })).toBeNull();
    await prisma.authSession.update({ where: { key: sid! }, data: { revokedAt: new Date() } });
    await prisma.user.update({ where: { id: user.id }, data: { unitId } });
    expect(await openSession({ uid: user.id, sv: user.sessionVersion, sid: sid! })).toBeNull();
  });

  it("sessions past their absolute lifetime are purged", async () => {
    const user = await makeUser();
    await signIn(user.username);
    const old = await prisma.authSession.findFirstOrThrow({ where: { userId: user.id } });
    await prisma.authSession.update({
      where: { id: old.id },
      data: { createdAt: new Date(Date.now() - SESSION_ABSOLUTE_MS - MIN) },
    });
    expect(await purgeExpiredSessions()).toBeGreaterThanOrEqual(1);
    expect(await prisma.authSession.findUnique({ where: { id: old.id } })).toBeNull();
  });
});

describe("database unreachable during the session check (issue 14, faults)", () => {
  it("the session is neither valid nor ended: no uid, marked unverified, the cookie is kept; the same cookie works again afterwards", async () => {
    const user = await makeUser();
    const jar = await signIn(user.username);
    const { sid } = (await sessionOf(jar))!;
    const [cookieName, cookieValue] = [...jar].find(([k]) => k.includes("session-token"))!;
    const url = process.env.DATABASE_URL;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    // Nothing listens on port 1: every query fails at once, as when the server is stopped.
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/none";
    try {
      const res = await call(jar, "GET", "/session");
      const body = (await res.json()) as { uid?: number; sid?: string; unverified?: boolean } | null;
      // Before the fix this was null (signed out) and the cookie was cleared: the person lost the session.
      expect(body?.unverified).toBe(true);
      expect(body?.uid).toBeUndefined();
      expect(body?.sid).toBeUndefined();
      expect(res.headers.getSetCookie().some((c) => c.startsWith(`${cookieName}=;`))).toBe(false);
      expect(jar.get(cookieName)).toBeTruthy();
    } finally {
      process.env.DATABASE_URL = url;
      errors.mockRestore();
    }
    // Back: the re-issued cookie (carrying the unverified mark) and the original both open the session.
    expect(await sessionOf(jar)).toMatchObject({ uid: user.id, sid });
    expect((await sessionOf(new Map([[cookieName, cookieValue]])))?.uid).toBe(user.id);
    expect(((await sessionOf(jar)) as { unverified?: boolean }).unverified).toBeUndefined();
  });
});
