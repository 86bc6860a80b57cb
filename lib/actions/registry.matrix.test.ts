/**
 * The permission matrix, generated from the registry: every entry × every role × an object in and out of
 * the role's scope and, where the entry says so, one in the history of a unit merged into the role's unit
 * (successor rule, ADR 0025). Allowed roles in scope succeed; every other cell gets the entry's refusal,
 * and the target row (its version too), the AuditLog count and the counts of rows a call could add are
 * unchanged.
 */
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { ALL_ROLES, REGISTRY, type Outcome, type RegistryEntry, type Scope } from "./registry";
import { createKit, fingerprint, type Kit } from "./test-kit";

// The session is next-auth's; here the signed-in actor is whoever the cell says. Next's cache and
// navigation need a request: revalidation is a no-op, a redirect ends the call as a success.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => session.actor,
  actorForLookup: async () => session.actor,
  requireActor: async () => {
    if (!session.actor) throw new Error("matrix: no actor");
    return session.actor;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
const Redirected = vi.hoisted(() => class Redirected extends Error {});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  notFound: () => {
    throw new Error("matrix: notFound() called");
  },
}));

const root = path.resolve(__dirname, "../..");

/** Where the object lies for this role: a predecessor's history is in a reviewer's scope, not a cadre's. */
function effectiveScope(entry: RegistryEntry, role: (typeof ALL_ROLES)[number], scope: Scope): "in" | "out" {
  // The administrator's scope is every unit: there is no object outside it, unless it is somebody's own.
  if (role === "ADMIN" && !entry.personal) return "in";
  if (scope !== "successor") return scope;
  if (entry.successor === "none") return "out";
  return role !== "UNIT_CADRE" || entry.successor === "all" ? "in" : "out";
}

export function expected(entry: RegistryEntry, role: (typeof ALL_ROLES)[number], scope: Scope): Outcome {
  const allowed = entry.roles.includes(role);
  const effective = effectiveScope(entry, role, scope);
  if (allowed) return effective === "in" ? "ok" : (entry.refusal?.outOfScope ?? "not_found");
  if (effective === "in") return entry.refusal?.byRole?.[role] ?? entry.refusal?.wrongRole ?? "forbidden";
  return entry.refusal?.wrongRoleOutOfScope ?? entry.refusal?.outOfScope ?? "not_found";
}

let kit: Kit;
beforeAll(async () => {
  kit = await createKit();
});

const runnable = REGISTRY.filter((e) => !e.notInMatrix);

describe.each(runnable.map((e) => [`${e.module} ${e.export}`, e] as const))("%s", (_name, entry) => {
  const scopes: Scope[] = entry.successor ? ["in", "out", "successor"] : ["in", "out"];
  const cells = ALL_ROLES.flatMap((role) => scopes.map((scope) => [role, scope] as const));
  it.each(cells)("%s, object %s of scope", async (role, scope) => {
    const actor = kit.actors[role];
    const call = await entry.fixture!(kit, actor, scope);
    const before = await fingerprint(call.target);
    const mod = (await import(/* @vite-ignore */ path.join(root, entry.module))) as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    session.actor = actor;
    let result: unknown;
    try {
      result = await mod[entry.export](...call.args);
    } catch (err) {
      if (!(err instanceof Redirected)) throw err;
      result = { ok: true, redirectedTo: err.message };
    } finally {
      session.actor = null;
    }
    const outcome = await (entry.outcome ?? (() => "ok"))(result, call);
    const want = expected(entry, role, scope);
    expect(outcome).toBe(want);
    if (want !== "ok") expect(await fingerprint(call.target)).toEqual(before);
  });
});

describe("registry", () => {
  it("runs the successor rule on every entry whose object belongs to a unit", () => {
    const unitScoped = runnable.filter(
      (e) => !e.personal && !e.module.includes("/quan-tri/") && !e.module.includes("/dot-thi-dua/"),
    );
    expect(unitScoped.filter((e) => !e.successor).map((e) => `${e.module} ${e.export}`)).toEqual([]);
    expect(unitScoped.length).toBeGreaterThan(20);
  });

  it("gives every runnable entry a fixture and an outcome, and every other entry a reason", () => {
    for (const e of REGISTRY) {
      if (e.notInMatrix) expect(e.notInMatrix.length, `${e.module} ${e.export}`).toBeGreaterThan(10);
      else expect([typeof e.fixture, typeof e.outcome], `${e.module} ${e.export}`).toEqual(["function", "function"]);
    }
  });
});
