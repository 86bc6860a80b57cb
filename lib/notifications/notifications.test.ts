import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { createUser } from "@/tests/fixtures";
import { reviewStep } from "@/lib/review/review-step";
import { listNotifications, unreadCount } from "./list-notifications";
import { markNotificationsRead } from "./mark-read";
import { renderNotification } from "./messages";
import { notifyModelOwners } from "./notify";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

describe("renderNotification", () => {
  it("renders the Vietnamese text with the level wording", () => {
    expect(renderNotification("model.recognized", { title: "Dân vận khéo", level: "COMMUNE" })).toBe("Mô hình “Dân vận khéo” đã được công nhận cấp xã.");
    expect(renderNotification("model.not_recognized", { title: "X", level: "PROVINCE", comment: "Chưa có kết quả" })).toBe(
      "Mô hình “X” chưa được công nhận cấp tỉnh: Chưa có kết quả",
    );
    expect(renderNotification("model.proposed", { title: "X", unitName: "Tỉnh Minh Sơn" })).toBe("Mô hình “X” đã được đề nghị lên Tỉnh Minh Sơn xem xét, công nhận.");
    expect(renderNotification("no.such.key", {})).toBe("Bạn có thông báo mới về mô hình.");
  });
});

describe("notifyModelOwners", () => {
  it("writes one row per active cadre of the owning unit, nobody else", async () => {
    const m = await modelOf(w, "SUBMITTED");
    await createUser(prisma, { unitId: w.tree.grassrootsDirect.id, role: "COMMUNE_REVIEWER" });
    const n = await prisma.$transaction((tx) => notifyModelOwners(tx, m, "model.review_started", { title: m.title, level: "COMMUNE" }));
    expect(n).toBe(2);
    const rows = await prisma.notification.findMany({ where: { modelId: m.id }, orderBy: { userId: "asc" } });
    expect(rows.map((r) => r.userId)).toEqual([w.cadre.userId, w.cadre2.userId]);
  });
});

describe("listNotifications, unreadCount, markNotificationsRead", () => {
  it("a cadre sees and marks only their own notifications, newest first", async () => {
    const m1 = await modelOf(w, "SUBMITTED");
    const m2 = await modelOf(w, "UNDER_REVIEW");
    await reviewStep(w.communeReviewer, { modelId: m1.id, version: m1.version, action: "START_REVIEW" });
    await reviewStep(w.communeReviewer, { modelId: m2.id, version: m2.version, action: "RECOGNIZE" });

    const start = await unreadCount(w.cadre);
    const page = await listNotifications(w.cadre);
    expect(page.unread).toBe(start);
    const newest = page.items[0];
    expect(newest).toMatchObject({ modelId: m2.id, messageKey: "model.recognized", readAt: null, text: `Mô hình “${m2.title}” đã được công nhận cấp xã.` });
    expect(page.items[1]).toMatchObject({ modelId: m1.id, messageKey: "model.review_started" });

    // Someone else's ids change nothing.
    const cadre2Before = await unreadCount(w.cadre2);
    const cadre2Ids = (await listNotifications(w.cadre2)).items.map((i) => i.id);
    expect(await markNotificationsRead(w.cadre, { ids: cadre2Ids })).toEqual({ ok: true, count: 0 });
    expect(await unreadCount(w.cadre2)).toBe(cadre2Before);

    expect(await markNotificationsRead(w.cadre, { ids: [newest.id] })).toEqual({ ok: true, count: 1 });
    expect(await unreadCount(w.cadre)).toBe(start - 1);
    expect(await markNotificationsRead(w.cadre)).toEqual({ ok: true, count: start - 1 });
    expect(await unreadCount(w.cadre)).toBe(0);
    expect(await unreadCount(w.cadre2)).toBe(cadre2Before);

    expect((await listNotifications(w.otherUnitCadre)).items.filter((i) => i.modelId === m1.id || i.modelId === m2.id)).toEqual([]);
    expect(await markNotificationsRead(w.cadre, { ids: ["x" as never] })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("pages by 20", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const user = await createUser(prisma, { unitId: w.tree.grassrootsDirect.id, role: "UNIT_CADRE" });
    await prisma.notification.createMany({ data: Array.from({ length: 25 }, () => ({ userId: user.id, modelId: m.id, messageKey: "model.recognized", params: { title: m.title } })) });
    const actor = { ...w.cadre, userId: user.id };
    const p2 = await listNotifications(actor, { page: 2 });
    expect([p2.items.length, p2.total, p2.pageCount, p2.page]).toEqual([5, 25, 2, 2]);
    expect((await listNotifications(actor, { page: 99 })).page).toBe(2);
  });
});
