import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUnit, createUser } from "@/tests/fixtures";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { AUTH_PURGE_CRON, runAuthPurge, scheduleAuthPurge } from "./purge-job";
import { FAILURE_WINDOW_MS } from "./login-throttle";
import { SESSION_ABSOLUTE_MS } from "./sessions";

afterAll(() => stopBoss(2000));

describe("scheduled purge of LoginAttempt and AuthSession rows", () => {
  it("deletes attempts past the throttle window and sessions past 12 h, keeps the rest", async () => {
    const now = new Date();
    const unit = await createUnit(prisma);
    const user = await createUser(prisma, { unitId: unit.id });
    const old = new Date(now.getTime() - FAILURE_WINDOW_MS - 1000);
    await prisma.loginAttempt.createMany({
      data: [
        ...Array.from({ length: 7 }, () => ({ username: "cu", ip: "192.0.2.1", success: false, createdAt: old })),
        { username: "moi", ip: "192.0.2.1", success: false, createdAt: now },
      ],
    });
    await prisma.authSession.createMany({
      data: [
        {
          key: "cu",
          userId: user.id,
          createdAt: new Date(now.getTime() - SESSION_ABSOLUTE_MS - 1000),
          lastSeenAt: now,
        },
        { key: "moi", userId: user.id, createdAt: now, lastSeenAt: now },
      ],
    });
    expect(await runAuthPurge(now)).toEqual({ attempts: 7, sessions: 1 });
    expect(await prisma.loginAttempt.findMany({ select: { username: true } })).toEqual([{ username: "moi" }]);
    expect(await prisma.authSession.findMany({ select: { key: true } })).toEqual([{ key: "moi" }]);
  });

  it("is on the pg-boss schedule (every 15 minutes) once the jobs start", async () => {
    await scheduleAuthPurge(await getBoss());
    const [row] = await prisma.$queryRaw<{ name: string; cron: string }[]>`
      SELECT name, cron FROM pgboss.schedule WHERE name = ${QUEUES.authPurge}`;
    expect(row).toEqual({ name: QUEUES.authPurge, cron: AUTH_PURGE_CRON });
  });
});
