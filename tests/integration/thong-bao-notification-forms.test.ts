import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { rvi } from "@/lib/i18n/review";
import { createWorld, type World } from "@/lib/models/test-world";
import { markReadForm } from "@/app/(portal)/thong-bao/_lib/notification-forms";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

async function notify(userId: number) {
  return prisma.notification.create({
    data: { userId, messageKey: "model.recognized", params: { title: "Mô hình", level: "COMMUNE" } },
  });
}

describe("markReadForm", () => {
  it("marks one of the person's notifications read, then all; another person's stay unread", async () => {
    const mine1 = await notify(w.cadre.userId);
    const mine2 = await notify(w.cadre.userId);
    const theirs = await notify(w.cadre2.userId);

    const read = async (id: number) => (await prisma.notification.findUniqueOrThrow({ where: { id } })).readAt !== null;
    // Someone else's id, alone or next to one's own, is "not found" and changes nothing.
    const mixed = new FormData();
    mixed.append("id", String(mine1.id));
    mixed.append("id", String(theirs.id));
    expect(await markReadForm(w.cadre, mixed)).toMatchObject({ ok: false, message: "Không tìm thấy thông báo." });
    expect([await read(mine1.id), await read(mine2.id), await read(theirs.id)]).toEqual([false, false, false]);

    const fd = new FormData();
    fd.append("id", String(mine1.id));
    expect(await markReadForm(w.cadre, fd)).toMatchObject({ ok: true, message: rvi.notifications.marked });
    expect([await read(mine1.id), await read(mine2.id), await read(theirs.id)]).toEqual([true, false, false]);

    expect((await markReadForm(w.cadre, new FormData())).ok).toBe(true);
    expect([await read(mine2.id), await read(theirs.id)]).toEqual([true, false]);
  });
});
