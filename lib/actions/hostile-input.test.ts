/**
 * Hostile input, property-based (fast-check), over every runnable entry of the action registry: the
 * entry's own fixture builds a valid call for an allowed role in scope, then every form field / string /
 * id argument is replaced by random and hostile values (long strings, NUL and control characters, bidi
 * overrides, zero-width-only text, emoji, SQL and HTML, numbers past int4 and int8, wrong types,
 * duplicated and unknown fields). Each call must succeed or answer a Vietnamese message — never throw,
 * never a 5xx — and afterwards no text column of any table holds a control character, a bidi override,
 * non-NFC text or raw HTML markup.
 */
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { REGISTRY, type RegistryEntry } from "./registry";
import { createKit, type Kit } from "./test-kit";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => session.actor,
  actorForLookup: async () => session.actor,
  requireActor: async () => {
    if (!session.actor) throw new Error("hostile: no actor");
    return session.actor;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
const Redirected = vi.hoisted(() => class Redirected extends Error {});
const NotFound = vi.hoisted(() => class NotFound extends Error {});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  notFound: () => {
    throw new NotFound("not found");
  },
}));

const root = path.resolve(__dirname, "../..");
const RUNS = Number(process.env.HOSTILE_RUNS ?? 8);

const HOSTILE_STRINGS = [
  "\u0000",
  "Mô hình\u0000 dân vận",
  "chuông\u0007 thoát\u001b[31m",
  "\u202Etxt.exe",
  "\u2066cô lập\u2069",
  "\u200B".repeat(30),
  "\uFEFF\u200B \u200C",
  "Gia đình 👨‍👩‍👧 🇻🇳",
  '\' OR 1=1; DROP TABLE "Model"; --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "2147483648",
  "-2147483649",
  "9223372036854775808",
  "99999999999999999999999999",
  "-1",
  "0",
  "1.5",
  "1e309",
  "NaN",
  "Infinity",
  "",
  "   ",
  "null",
  "undefined",
  "[object Object]",
  "Vie\u0323\u0302t Nam",
  "x".repeat(3000),
  "\uD800 lẻ",
] as const;

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

/** What happens to one value: replaced, valid value with hostile text around it, or left alone. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), value: hostileString }),
  fc.record({
    kind: fc.constant("wrap" as const),
    value: fc.constantFrom("\u0000", "\u202E", "\u0007", "\u200B", " \u001b "),
  }),
  fc.record({ kind: fc.constant("keep" as const) }),
  fc.record({ kind: fc.constant("duplicate" as const), value: hostileString }),
);
type Mutation = { kind: "replace" | "wrap" | "keep" | "duplicate"; value?: string };

const mutate = (v: string, m: Mutation) =>
  m.kind === "replace" ? m.value! : m.kind === "wrap" ? `${m.value}${v}${m.value}` : v;

/** Applies mutations to every argument of a call (FormData, strings, numbers, plain objects, a route's Request). */
function hostileArgs(args: unknown[], muts: Mutation[], extra: string | null): unknown[] {
  let i = 0;
  const next = () => muts[i++ % muts.length];
  return args.map((arg) => {
    if (arg instanceof FormData) {
      const fd = new FormData();
      for (const [k, v] of arg.entries()) {
        if (typeof v !== "string") {
          fd.append(k, v);
          continue;
        }
        const m = next();
        fd.append(k, mutate(v, m));
        if (m.kind === "duplicate") fd.append(k, m.value!);
      }
      if (extra !== null) fd.append("__proto__", extra);
      return fd;
    }
    if (arg instanceof Request) {
      const url = new URL(arg.url);
      // A lone surrogate cannot be percent-encoded (URIError from the test itself): a browser sends U+FFFD.
      const id = mutate("1", next()).toWellFormed();
      url.pathname = url.pathname.replace(/\/\d+(?=\/|$)/, `/${encodeURIComponent(id)}`);
      return new Request(url, { headers: arg.headers });
    }
    if (typeof arg === "string") return mutate(arg, next());
    if (typeof arg === "number") return mutate(String(arg), next());
    if (arg && typeof arg === "object" && "params" in arg) {
      const m = next();
      return { params: Promise.resolve({ id: mutate("1", m) }) };
    }
    if (arg && typeof arg === "object" && !Array.isArray(arg)) {
      return Object.fromEntries(
        Object.entries(arg).map(([k, v]) => [
          k,
          typeof v === "string" || typeof v === "number" ? mutate(String(v), next()) : v,
        ]),
      );
    }
    return arg;
  });
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Every string inside a result (message, field errors …). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === "object" && !(v instanceof ReadableStream))
    Object.values(v).forEach((x) => strings(x, out));
  return out;
}

/** "ok" or a Vietnamese refusal; anything else is described for the failure message. */
function judge(result: unknown): string {
  if (result instanceof Response) return result.status < 500 ? "ok" : `HTTP ${result.status}`;
  if (result === undefined || result === null || Array.isArray(result)) return "ok";
  if (typeof result !== "object") return "ok";
  const r = result as { ok?: boolean; message?: unknown; fieldErrors?: unknown; error?: unknown };
  if (r.ok !== false && r.message === undefined && r.fieldErrors === undefined && r.error === undefined) return "ok";
  if (r.ok === true) return "ok";
  const texts = strings({ message: r.message, fieldErrors: r.fieldErrors, error: r.error });
  return texts.length > 0 && texts.every((t) => VIETNAMESE.test(t) || t.trim() === "")
    ? texts.some((t) => VIETNAMESE.test(t))
      ? "ok"
      : `no Vietnamese message: ${JSON.stringify(texts).slice(0, 200)}`
    : `non-Vietnamese message: ${JSON.stringify(texts).slice(0, 200)}`;
}

/** Text columns of every table holding what normalisation must have removed. */
async function dirtyText(): Promise<string[]> {
  const cols = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')
      AND table_name NOT IN ('_prisma_migrations', 'LoginAttempt', 'AuthSession')`;
  const found: string[] = [];
  for (const { table_name: t, column_name: c } of cols) {
    const rows = await prisma.$queryRawUnsafe<{ v: string }[]>(
      `SELECT "${c}" AS v FROM "${t}" WHERE "${c}" ~ '[\\x01-\\x08\\x0B-\\x1F\\x7F\\u0080-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B\\uFEFF]'
         OR "${c}" IS NOT NFC NORMALIZED OR "${c}" ~* '<(script|img|iframe|svg)' LIMIT 3`,
    );
    for (const r of rows) found.push(`${t}.${c}: ${JSON.stringify(r.v.slice(0, 80))}`);
  }
  return found;
}

let kit: Kit;
beforeAll(async () => {
  kit = await createKit();
});

const runnable = REGISTRY.filter((e) => !e.notInMatrix && e.fixture && e.roles.length > 0);

describe("hostile input over every registered action and route (fast-check)", () => {
  it("covers the registry", () => {
    expect(runnable.length).toBeGreaterThan(10);
  });

  it.each(runnable.map((e) => [`${e.module} ${e.export}`, e] as const))(
    "%s: a Vietnamese answer or success, never a throw or a 5xx, nothing dirty stored",
    async (_name, entry: RegistryEntry) => {
      const role = entry.roles[0];
      const actor = kit.actors[role];
      const mod = (await import(/* @vite-ignore */ path.join(root, entry.module))) as Record<
        string,
        (...a: unknown[]) => unknown
      >;
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          fc.option(hostileString),
          async (muts, extra) => {
            const call = await entry.fixture!(kit, actor, "in");
            const args = hostileArgs(call.args, muts, extra);
            session.actor = actor;
            let result: unknown;
            try {
              result = await mod[entry.export](...args);
            } catch (err) {
              if (err instanceof Redirected || err instanceof NotFound) result = { ok: true };
              else throw new Error(`threw ${(err as Error).name}: ${(err as Error).message}`.slice(0, 400));
            } finally {
              session.actor = null;
            }
            const verdict = judge(result);
            if (verdict !== "ok") throw new Error(verdict);
          },
        ),
        { numRuns: RUNS, endOnFailure: true },
      );
      expect(await dirtyText()).toEqual([]);
    },
    120_000,
  );
});
