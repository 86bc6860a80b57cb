/**
 * Test-only: makes a race real. Holds a row with SELECT … FOR UPDATE, starts the requests, waits until
 * `waiters` of them are blocked on a lock in this database (all loaded and checked, each at its write),
 * then releases the row. Fails, instead of releasing silently, when the waiters never appear: a test that
 * would pass without the race is not a concurrency test.
 */
import { prisma } from "@/lib/db/client";

export async function whileRowLocked<T>(
  table: "Model" | "Decision",
  id: number,
  start: () => Promise<T>[],
  waiters = 2,
): Promise<T[]> {
  let release!: () => void;
  let locked!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, id);
      locked();
      await gate;
    },
    { timeout: 20_000 },
  );
  await isLocked;
  const running = Promise.allSettled(start());
  let seen = 0;
  for (let i = 0; i < 250 && seen < waiters; i++) {
    const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    seen = Number(n);
    if (seen < waiters) await new Promise((r) => setTimeout(r, 20));
  }
  release();
  await holder;
  const settled = await running;
  if (seen < waiters)
    throw new Error(`whileRowLocked: ${seen} of ${waiters} requests ever waited on the row lock; no race happened`);
  return settled.map((s) => {
    if (s.status === "rejected") throw s.reason;
    return s.value;
  });
}
