// Faults (issue 14): a portal process killed in the middle of a bulk review leaves every item either
// fully applied or untouched. The bulk review runs in a separate Node process (tests/faults/
// bulk-review-child.ts, the real use case on this file's database); the test holds a SHARE lock on
// "Recognition" once a few items are committed, so the next item's transaction is caught after it has
// updated its model and while it waits to insert the recognition; then the process gets SIGKILL, or
// (the database side failing instead) its connection is terminated.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { bulkReview } from "./bulk-review";
import { rvi } from "@/lib/i18n/review";
import { reviewFingerprint } from "./test-helpers";

const APP = "dvk-bulk-kill";
const root = path.resolve(__dirname, "../..");
let w: World;

beforeAll(async () => {
  w = await createWorld();
}, 60_000);

async function until<T>(what: string, ms: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

type Fault = "SIGKILL of the process" | "its database connection cut (pg_terminate_backend)";

describe("a bulk review interrupted in the middle of an item", () => {
  it.each<Fault>(["SIGKILL of the process", "its database connection cut (pg_terminate_backend)"])(
    "%s: each item fully applied (state, event, recognition, audit, notification) or not at all; the rest can be redone",
    async (fault) => {
      const models = [];
      for (let i = 0; i < 12; i++) models.push(await modelOf(w, "UNDER_REVIEW"));
      const ids = models.map((m) => m.id);
      const before = new Map<number, string>();
      for (const m of models) before.set(m.id, await reviewFingerprint(m.id));
      const items = models.map((m) => ({ modelId: m.id, version: m.version }));
      const input = { items, action: "RECOGNIZE" as const, meetingRef: "Biên bản họp số 07/BB", noScores: true };

      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set("application_name", APP);
      const child = spawn(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          path.join(root, "tests/faults/bulk-review-child.ts"),
          JSON.stringify({ actor: w.communeReviewer, input }),
        ],
        { cwd: root, env: { ...process.env, DATABASE_URL: url.toString() }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      const exited = new Promise<NodeJS.Signals | number | null>((r) => child.once("exit", (c, s) => r(s ?? c)));

      const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await locker.connect();
      let killedPid: number;
      try {
        await until("three items committed", 30_000, async () =>
          (await prisma.reviewEvent.count({ where: { modelId: { in: ids }, action: "RECOGNIZE" } })) >= 3 ? true : null,
        );
        await locker.query("BEGIN");
        await locker.query('LOCK TABLE "Recognition" IN SHARE MODE');
        // The child's next item: inside its transaction, model row already updated, blocked on the insert.
        // (pg_locks, not pg_stat_activity's query text, which can lag behind the statement that waits.)
        const blocked = await until("the child's transaction to block", 15_000, async () => {
          const { rows } = await locker.query<{ pid: number }>(
            `SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE a.application_name = $1 AND NOT l.granted AND l.relation = '"Recognition"'::regclass`,
            [APP],
          );
          return rows[0];
        });
        killedPid = blocked.pid;
        const { rows: held } = await locker.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks
          WHERE pid = $1 AND relation = '"Model"'::regclass AND mode = 'RowExclusiveLock' AND granted`,
          [blocked.pid],
        );
        // Its transaction has already updated the model row: the kill lands in the middle of the step.
        expect(Number(held[0].n)).toBe(1);

        if (fault === "SIGKILL of the process") {
          child.kill("SIGKILL");
          expect(await exited).toBe("SIGKILL");
        } else {
          // The database side fails instead: the connection in the middle of the transaction is cut.
          await locker.query("SELECT pg_terminate_backend($1)", [blocked.pid]);
          expect(await exited).toBe(1);
        }
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        await locker.query("ROLLBACK").catch(() => {});
      }
      // Its backend rolls back: it finds the client gone (it never receives COMMIT) or was terminated.
      await until("the killed process's backend to end", 10_000, async () => {
        const { rows } = await locker.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [killedPid]);
        return rows.length === 0;
      });
      await locker.end();
      expect(out).not.toMatch(/"ok":true/); // the batch never finished

      // Every item is all or nothing, and the applied ones are a prefix (items run in order).
      const applied: number[] = [];
      for (const [i, m] of models.entries()) {
        const row = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
        const counts = {
          events: await prisma.reviewEvent.count({ where: { modelId: m.id, action: "RECOGNIZE" } }),
          recognitions: await prisma.recognition.count({ where: { modelId: m.id } }),
          audits: await prisma.auditLog.count({
            where: { entity: "Model", entityId: String(m.id), action: "model.recognize" },
          }),
          notifications: await prisma.notification.count({ where: { modelId: m.id, messageKey: "model.recognized" } }),
        };
        if (row.state === "RECOGNIZED") {
          applied.push(i);
          expect(row.version).toBe(m.version + 1);
          expect(row.recognizedLevel).toBe("COMMUNE");
          expect(counts).toEqual({ events: 1, recognitions: 1, audits: 1, notifications: expect.any(Number) });
          expect(counts.notifications).toBeGreaterThan(0);
        } else {
          expect(await reviewFingerprint(m.id)).toBe(before.get(m.id));
        }
      }
      expect(applied.length).toBeGreaterThanOrEqual(3);
      expect(applied.length).toBeLessThan(models.length);
      expect(applied).toEqual([...applied.keys()]);

      // Redoing the whole selection: the applied ones report the version conflict, the rest are applied.
      const again = await bulkReview(w.communeReviewer, input);
      expect(again).toMatchObject({ ok: true, succeeded: models.length - applied.length, failed: applied.length });
      if (again.ok)
        for (const i of applied) expect(again.results[i]).toMatchObject({ ok: false, message: rvi.errors.conflict });
      expect(await prisma.recognition.count({ where: { modelId: { in: ids } } })).toBe(models.length);
      expect(await prisma.model.count({ where: { id: { in: ids }, state: "RECOGNIZED" } })).toBe(models.length);
    },
    60_000,
  );
});
