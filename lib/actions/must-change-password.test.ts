/**
 * A temporary password (new account, administrator's reset) must be changed before anything else, and
 * not only on the pages: every registry endpoint called directly with such a session — a server action
 * posted by hand, a route handler — is sent to the password change (actions) or answered as to a stranger
 * (routes), and changes nothing. Only changing the password and signing out stay open.
 *
 * Unlike the matrix, the real lib/auth/actor.ts runs here: only the session cookie's claims and Next's
 * request context are stood in for.
 */
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/auth/types";
import { TEST_PASSWORD } from "@/tests/fixtures";
import { REGISTRY, type Call, type RegistryEntry } from "./registry";
import { createKit, fingerprint, type Kit } from "./test-kit";

type Session = { uid: number; sv: number; sid: string };
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionTokenClaims: async () => session.current }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ getAll: () => [] }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
const Redirected = vi.hoisted(() => class Redirected extends Error {});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  notFound: () => {
    throw new Error("notFound() called");
  },
}));

const root = path.resolve(__dirname, "../..");

/** What a temporary password still allows, and what needs no session at all. */
const OPEN = new Set([
  "app/(portal)/tai-khoan/actions.ts#changeOwnPasswordAction",
  "app/(portal)/actions.ts#signOutAction",
  "app/(portal)/actions.ts#signOutEverywhereAction",
]);
const guarded = REGISTRY.filter((e) => e.permission !== "public" && !OPEN.has(`${e.module}#${e.export}`));

let kit: Kit;
beforeAll(async () => {
  kit = await createKit();
  await prisma.user.updateMany({
    where: { id: { in: Object.values(kit.actors).map((a) => a.userId) } },
    data: { mustChangePassword: true },
  });
});

async function signedIn(actor: Actor) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  session.current = { uid: user.id, sv: user.sessionVersion, sid: await createSession(user.id) };
}

async function run(entry: RegistryEntry, args: unknown[]) {
  const mod = (await import(/* @vite-ignore */ path.join(root, entry.module))) as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  try {
    return { result: await mod[entry.export](...args) };
  } catch (err) {
    if (err instanceof Redirected) return { redirectedTo: err.message };
    throw err;
  } finally {
    session.current = null;
  }
}

/** A call for an entry the matrix cannot build: the refusal must come before the arguments are read. */
function bareCall(entry: RegistryEntry): Call {
  const args =
    entry.kind === "route"
      ? [new Request("http://localhost/api/x?id=1"), { params: Promise.resolve({ id: "1" }) }]
      : [{}, new FormData()];
  return { args, target: { table: "model", id: 0 } };
}

describe("a session whose temporary password is not yet changed", () => {
  it.each(guarded.map((e) => [`${e.module} ${e.export}`, e] as const))("%s refuses", async (_name, entry) => {
    const actor = kit.actors[entry.roles[0]];
    const call = entry.fixture ? await entry.fixture(kit, actor, "in") : bareCall(entry);
    const before = await fingerprint(call.target);
    await signedIn(actor);
    const answer = await run(entry, call.args);
    if (entry.kind === "action") expect(answer).toEqual({ redirectedTo: "/doi-mat-khau" });
    else expect((answer.result as Response).status).toBe(401);
    expect(await fingerprint(call.target)).toEqual(before);
  });

  it("with no session at all, a form's background lookups answer nothing instead of leaving for the login page", async () => {
    for (const name of ["suggestNumberAction", "searchCandidatesAction"]) {
      const entry = REGISTRY.find((e) => e.export === name)!;
      const call = await entry.fixture!(kit, kit.actors.PROVINCE_OFFICER, "in");
      session.current = null;
      expect(await run(entry, call.args), name).toEqual({ result: null });
    }
  });

  it("may still change the password, and then act", async () => {
    const actor = kit.actors.UNIT_CADRE;
    const password = "bà con hiến đất làm đường 2026";
    const fd = new FormData();
    fd.set("currentPassword", TEST_PASSWORD);
    fd.set("newPassword", password);
    fd.set("confirmPassword", password);
    fd.set("forced", "1");
    const change = REGISTRY.find((e) => e.export === "changeOwnPasswordAction")!;
    await signedIn(actor);
    expect(await run(change, [{}, fd])).toEqual({ redirectedTo: "/" });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);

    // What the test above refused now runs for this person.
    const search = REGISTRY.find((e) => e.export === "searchOriginsAction")!;
    const call = await search.fixture!(kit, actor, "in");
    await signedIn(actor);
    const answer = await run(search, call.args);
    expect(answer.redirectedTo).toBeUndefined();
    expect(await search.outcome!(answer.result, call)).toBe("ok");
  });
});
