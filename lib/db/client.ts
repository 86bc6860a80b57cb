import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { AbortablePool, withoutRequestSignal } from "./request-abort";

function create(url: string) {
  // Queries of a request the client abandoned are cancelled (lib/db/request-abort.ts).
  const pool = new AbortablePool({
    connectionString: url,
    max: 10,
    // A query must not run for minutes and slow everyone (issue 15); override with
    // DB_STATEMENT_TIMEOUT_MS (0 = none) for long maintenance runs.
    statement_timeout: Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 60_000),
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  // Prisma sends the findUnique calls of one tick as one query, from the async context of the first caller:
  // that caller's request signal would cancel (or refuse) every other request's lookup in the batch, and a
  // person still waiting would get an error page for someone else's closed tab. Unique lookups are short
  // reads, so they run without a request signal. Awaited inside: a Prisma query starts when awaited.
  const unsignalled = async ({ args, query }: { args: unknown; query: (a: unknown) => Promise<unknown> }) =>
    withoutRequestSignal(async () => await query(args));
  return client.$extends({
    query: { $allModels: { findUnique: unsignalled, findUniqueOrThrow: unsignalled } },
  }) as unknown as typeof client;
}

type Client = ReturnType<typeof create>;
const holder = globalThis as unknown as { __dvkPrisma?: Client; __dvkPrismaUrl?: string };

function current(): Client {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start` or set it.");
  // One client per process (Next dev reloads modules); a changed URL (tests) gets a fresh client.
  if (!holder.__dvkPrisma || holder.__dvkPrismaUrl !== url) {
    holder.__dvkPrisma = create(url);
    holder.__dvkPrismaUrl = url;
  }
  return holder.__dvkPrisma;
}

/** Lazily connected client: reads DATABASE_URL on first use, so tests can set it per file. */
export const prisma: Client = new Proxy({} as Client, {
  get(_target, prop) {
    const client = current();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
