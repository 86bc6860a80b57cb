import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  assertPortFree,
  EmbeddedPgError,
  freePort,
  startEmbeddedPostgres,
  unreachableAncestor,
  type EmbeddedPg,
} from "./embedded";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-embedded-"));
fs.chmodSync(scratch, 0o755);
const running: EmbeddedPg[] = [];
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("initialises once, keeps data across restarts, and refuses a data folder already in use", async () => {
    const dataDir = path.join(scratch, "cluster");
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort(), fast: true });
    running.push(first);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('Dân vận khéo')");
    await client.end();
    // No half-made folders are left beside the cluster.
    expect(fs.readdirSync(scratch).filter((n) => n.includes(".init-"))).toEqual([]);

    await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), fast: true })).rejects.toThrow(
      /đang được một PostgreSQL khác \(pid \d+\) sử dụng/,
    );

    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir, port: await freePort(), fast: true });
    running.push(again);
    const c2 = new pg.Client({ connectionString: again.url });
    await c2.connect();
    const { rows } = await c2.query("SELECT v FROM kept");
    await c2.end();
    expect(rows).toEqual([{ v: "Dân vận khéo" }]);
    await again.stop();
  });

  it("is ready once it accepts connections, even when its log goes to files (logging_collector = on)", async () => {
    // A cluster set up like many servers: the start-up lines go to log files, stderr never says "ready".
    const dataDir = path.join(scratch, "collector");
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort(), fast: true });
    await first.stop();
    fs.appendFileSync(
      path.join(dataDir, "postgresql.conf"),
      "\nlogging_collector = on\nlog_directory = 'log'\nlog_filename = 'postgresql-%a.log'\n",
    );
    const started = Date.now();
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), fast: true });
    running.push(db);
    expect(Date.now() - started).toBeLessThan(60_000);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query("SHOW logging_collector");
    await client.end();
    expect(rows).toEqual([{ logging_collector: "on" }]);
    expect(fs.readdirSync(path.join(dataDir, "log")).length).toBeGreaterThan(0);
    await db.stop();
  });

  it("says clearly when the port is taken", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      await expect(assertPortFree(port)).rejects.toThrow(
        new EmbeddedPgError(
          `Cổng ${port} đang được chương trình khác sử dụng. Hãy dừng chương trình đó hoặc chọn cổng khác.`,
        ),
      );
      await expect(startEmbeddedPostgres({ dataDir: path.join(scratch, "never"), port })).rejects.toThrow(
        /Cổng \d+ đang được/,
      );
      expect(fs.existsSync(path.join(scratch, "never"))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it("finds the folder another user cannot enter", () => {
    const locked = path.join(scratch, "locked");
    fs.mkdirSync(path.join(locked, "inner"), { recursive: true });
    fs.chmodSync(locked, 0o700);
    const stranger = { uid: 4242, gid: 4242 };
    expect(unreachableAncestor(path.join(locked, "inner", "pg"), stranger)).toBe(locked);
    fs.chmodSync(locked, 0o755);
    expect(unreachableAncestor(path.join(locked, "inner", "pg"), stranger)).toBeUndefined();
  });
});
