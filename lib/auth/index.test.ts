// Drives the real next-auth route handlers: sign-in through authorize(), the session cookie, and the
// JWT callback that signs a revoked or disabled user out on the next request.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { handlers } from "./index";
import { hashPassword } from "./password";
import { revokeSessions } from "./revoke";
import { CLIENT_IP_HEADER } from "./client-ip";

const BASE = "http://localhost:3000/api/auth";
const PASSWORD = "Mat-khau-dung-2025";
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

async function call(jar: Jar, method: "GET" | "POST", path: string, body?: Record<string, string>, ip = "203.0.113.9") {
  const headers = new Headers({ cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), [CLIENT_IP_HEADER]: ip });
  if (body) headers.set("content-type", "application/x-www-form-urlencoded");
  const req = new NextRequest(`${BASE}${path}`, { method, headers, body: body && new URLSearchParams(body) });
  const res = await (method === "GET" ? handlers.GET(req) : handlers.POST(req));
  store(jar, res);
  return res;
}

async function signIn(username: string, password: string, ip?: string) {
  const jar: Jar = new Map();
  const { csrfToken } = await (await call(jar, "GET", "/csrf")).json();
  const res = await call(jar, "POST", "/callback/credentials", { username, password, csrfToken, callbackUrl: "/" }, ip);
  return { jar, res };
}

const sessionOf = async (jar: Jar) => (await call(jar, "GET", "/session")).json();
const hasSessionCookie = (jar: Jar) => [...jar].some(([k, v]) => k.endsWith("authjs.session-token") && v !== "");

async function makeUser() {
  seq += 1;
  return prisma.user.create({
    data: {
      username: `nguoidung${seq}`,
      fullName: `Lê Văn ${seq}`,
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_CADRE",
      unitId,
    },
  });
}

beforeAll(async () => {
  const unit = await prisma.unit.create({
    data: {
      code: "T09",
      name: "Tỉnh Thử",
      kind: "PROVINCE",
      level: "PROVINCE",
      validFrom: new Date("2025-07-01"),
      path: "/",
    },
  });
  await prisma.unit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
  unitId = unit.id;
});

describe("next-auth route handlers", () => {
  it("signs in with the right password and exposes userId and sessionVersion in the session", async () => {
    const user = await makeUser();
    const { jar, res } = await signIn(user.username, PASSWORD);
    expect(res.status).toBe(302);
    expect(hasSessionCookie(jar)).toBe(true);
    const session = await sessionOf(jar);
    expect(session).toMatchObject({ uid: user.id, sessionVersion: 0, user: { name: user.fullName } });
  });

  it("redirects a wrong password to /dang-nhap with code=invalid and no session", async () => {
    const user = await makeUser();
    const { jar, res } = await signIn(user.username, "sai-mat-khau");
    const location = new URL(res.headers.get("location") ?? "", "http://localhost:3000");
    expect(location.pathname).toBe("/dang-nhap");
    expect(location.searchParams.get("code")).toBe("invalid");
    expect(hasSessionCookie(jar)).toBe(false);
  });

  it("redirects with code=throttled while the client is bursting, and lets the owner in from another client", async () => {
    const user = await makeUser();
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({ username: `doan${i}`, ip: "198.51.100.77", success: false })),
    });
    const { res } = await signIn(user.username, PASSWORD, "198.51.100.77");
    expect(new URL(res.headers.get("location") ?? "", "http://localhost:3000").searchParams.get("code")).toBe(
      "throttled",
    );
    const other = await signIn(user.username, PASSWORD, "198.51.100.78");
    expect(hasSessionCookie(other.jar)).toBe(true);
  });

  it("signs out on sign-out (audited), and on the next request after revokeSessions or being disabled", async () => {
    const revoked = await makeUser();
    const a = await signIn(revoked.username, PASSWORD);
    expect((await sessionOf(a.jar))?.uid).toBe(revoked.id);
    await revokeSessions(revoked.id, { actorId: null, reason: "logout-everywhere" });
    expect(await sessionOf(a.jar)).toBeNull();
    expect(hasSessionCookie(a.jar)).toBe(false);

    const out = await makeUser();
    const c = await signIn(out.username, PASSWORD);
    const { csrfToken } = await (await call(c.jar, "GET", "/csrf")).json();
    await call(c.jar, "POST", "/signout", { csrfToken, callbackUrl: "/dang-nhap" });
    expect(hasSessionCookie(c.jar)).toBe(false);
    expect(await prisma.auditLog.count({ where: { action: "auth.logout", actorId: out.id } })).toBe(1);

    const disabled = await makeUser();
    const b = await signIn(disabled.username, PASSWORD);
    expect((await sessionOf(b.jar))?.uid).toBe(disabled.id);
    await prisma.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    expect(await sessionOf(b.jar)).toBeNull();
  });
});
