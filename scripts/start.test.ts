// The start script's failure modes: one clear Vietnamese message, a non-zero exit, no stack trace.
import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../lib/db/embedded";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function start(env: Record<string, string>) {
  const res = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}

function expectCleanFailure(r: { code: number | null; out: string }, message: RegExp) {
  expect(r.code).toBe(1);
  expect(r.out).toMatch(message);
  expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames
}

describe("npm start refuses bad situations clearly", () => {
  it("invalid environment", () => {
    const r = start({ PORT: "abc", DATABASE_URL: "mysql://x" });
    expectCleanFailure(r, /Biến môi trường không hợp lệ/);
    expect(r.out).toContain("DATABASE_URL");
    expect(r.out).toContain("PORT");
  });

  it("web port already in use", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      expectCleanFailure(start({ PORT: String(port) }), new RegExp(`Cổng ${port} đang được chương trình khác sử dụng`));
    } finally {
      blocker.close();
    }
  });

  it("database unreachable", async () => {
    // A port with nothing listening: connection refused.
    const dead = await freePort();
    const web = await freePort();
    const r = start({ PORT: String(web), DATABASE_URL: `postgresql://u:p@127.0.0.1:${dead}/dvk` });
    expectCleanFailure(r, new RegExp(`Không kết nối được PostgreSQL tại 127\\.0\\.0\\.1:${dead}`));
  });
});
