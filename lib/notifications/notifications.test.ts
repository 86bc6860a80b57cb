import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { createUser } from "@/tests/fixtures";
import { reviewStep } from "@/lib/review/review-step";
import { listNotifications, unreadCount } from "./list-notifications";
import { markNotificationsRead } from "./mark-read";
import { renderNotification } from "./render-notification";
import { notifyModelOwners } from "./notify";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

describe("renderNotification", () => {
  it("renders the Vietnamese text with the level wording", () => {
    expect(renderNotification("model.recognized", { title: "Dân vận khéo", level: "COMMUNE" })).toBe(
      "Mô hình “Dân vận khéo” đã được công nhận cấp xã.",
    );
    expect(
      renderNotification("model.not_recognized", { title: "X", level: "PROVINCE", comment: "Chưa có kết quả" }),
    ).toBe("Mô hình “X” chưa được công nhận cấp tỉnh: Chưa có kết quả");
    expect(renderNotification("model.proposed", { title: "X", unitName: "Tỉnh Minh Sơn" })).toBe(
      "Mô hình “X” đã được đề nghị lên Tỉnh Minh Sơn xem xét, công nhận.",
    );
    expect(renderNotification("no.such.key", {})).toBe("Bạn có thông báo mới về mô hình.");
  });
});

describe("notifyModelOwners", () => {
  it("writes one row per active cadre of the owning unit, nobody else", async () => {
    const m = await modelOf(w, "SUBMITTED");
    await createUser(prisma, { unitId: w.tree.grassrootsDirect.id, role: "COMMUNE_REVIEWER" });
    const n = await prisma.$transaction((tx) =>
      notifyModelOwners(tx, m, "model.review_started", { title: m.title, level: "COMMUNE" }),
    );
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
    expect(newest).toMatchObject({
      modelId: m2.id,
      messageKey: "model.recognized",
      readAt: null,
      text: `Mô hình “${m2.title}” đã được công nhận cấp xã.`,
    });
    expect(page.items[1]).toMatchObject({ modelId: m1.id, messageKey: "model.review_started" });

    // Someone else's ids are "not found" and change nothing, also mixed with one's own.
    const cadre2Before = await unreadCount(w.cadre2);
    const cadre2Ids = (await listNotifications(w.cadre2)).items.map((i) => i.id);
    expect(cadre2Ids.length).toBeGreaterThan(0);
    const notFound = { ok: false, code: "not_found", message: "Không tìm thấy thông báo." };
    expect(await markNotificationsRead(w.cadre, { ids: cadre2Ids })).toEqual(notFound);
    expect(await markNotificationsRead(w.cadre, { ids: [newest.id, cadre2Ids[0]] })).toEqual(notFound);
    expect(await unreadCount(w.cadre2)).toBe(cadre2Before);
    expect(await unreadCount(w.cadre)).toBe(start);

    expect(await markNotificationsRead(w.cadre, { ids: [newest.id] })).toEqual({ ok: true, count: 1 });
    expect(await unreadCount(w.cadre)).toBe(start - 1);
    expect(await markNotificationsRead(w.cadre)).toEqual({ ok: true, count: start - 1 });
    expect(await unreadCount(w.cadre)).toBe(0);
    expect(await unreadCount(w.cadre2)).toBe(cadre2Before);

    expect(
      (await listNotifications(w.otherUnitCadre)).items.filter((i) => i.modelId === m1.id || i.modelId === m2.id),
    ).toEqual([]);
    expect(await markNotificationsRead(w.cadre, { ids: ["x" as never] })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("pages by 20", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const user = await createUser(prisma, { unitId: w.tree.grassrootsDirect.id, role: "UNIT_CADRE" });
    await prisma.notification.createMany({
      data: Array.from({ length: 25 }, () => ({
        userId: user.id,
        modelId: m.id,
        messageKey: "model.recognized",
        params: { title: m.title },
      })),
    });
    const actor = { ...w.cadre, userId: user.id };
    const p2 = await listNotifications(actor, { page: 2 });
    expect([p2.items.length, p2.total, p2.pageCount, p2.page]).toEqual([5, 25, 2, 2]);
    expect((await listNotifications(actor, { page: 99 })).page).toBe(2);
  });
});

describe("reviewers of the holding committee are told what waits for them", () => {
  const waiting = (userId: number, modelId: number) =>
    prisma.notification.findMany({
      where: { userId, modelId },
      select: { messageKey: true, params: true, readAt: true, id: true },
    });

  it("submit, resubmit and propose notify the committee's reviewers, nobody else", async () => {
    const { submitModel } = await import("@/lib/models/submit-model");
    const m = await modelOf(w, "DRAFT");
    const r = await submitModel(w.cadre, { id: String(m.id), version: String(m.version) });
    expect(r).toMatchObject({ ok: true, reviewUnitId: w.tree.communeDirect.id });
    const got = await waiting(w.communeReviewer.userId, m.id);
    expect(got.map((n) => n.messageKey)).toEqual(["review.submitted"]);
    expect(renderNotification(got[0].messageKey, got[0].params)).toBe(
      `${w.cadre.unitName} đã gửi đăng ký mô hình “${m.title}” (${m.code}), chờ thẩm định cấp xã.`,
    );
    // Not the province, not the district, not the owners.
    expect(await waiting(w.provinceOfficer.userId, m.id)).toEqual([]);
    expect(await waiting(w.districtReviewer.userId, m.id)).toEqual([]);
    expect((await waiting(w.cadre.userId, m.id)).map((n) => n.messageKey)).toEqual([]);

    const started = await reviewStep(w.communeReviewer, {
      modelId: m.id,
      version: m.version + 1,
      action: "START_REVIEW",
    });
    expect(started.ok).toBe(true);
    const asked = await reviewStep(w.communeReviewer, {
      modelId: m.id,
      version: m.version + 2,
      action: "REQUEST_REVISION",
      comment: "Bổ sung biên bản họp thôn.",
    });
    expect(asked.ok).toBe(true);
    const again = await submitModel(w.cadre, { id: String(m.id), version: String(m.version + 3) });
    expect(again).toMatchObject({ ok: true, action: "RESUBMIT" });
    expect((await waiting(w.communeReviewer.userId, m.id)).map((n) => n.messageKey).sort()).toEqual([
      "review.resubmitted",
      "review.submitted",
    ]);

    const recognized = await modelOf(w, "RECOGNIZED");
    const before = await waiting(w.provinceOfficer.userId, recognized.id);
    const proposed = await reviewStep(w.communeReviewer, {
      modelId: recognized.id,
      version: recognized.version,
      action: "PROPOSE",
    });
    expect(proposed.ok).toBe(true);
    const atProvince = await waiting(w.provinceOfficer.userId, recognized.id);
    expect(atProvince.length).toBe(before.length + 1);
    const last = atProvince.find((n) => n.messageKey === "review.proposed")!;
    expect(renderNotification(last.messageKey, last.params)).toBe(
      `${w.communeReviewer.unitName} đề nghị xem xét, công nhận mô hình “${recognized.title}” (${recognized.code}) cấp tỉnh.`,
    );
    expect(
      (await waiting(w.communeReviewer.userId, recognized.id)).filter((n) => n.messageKey === "review.proposed"),
    ).toEqual([]);
  });

  it("opening a notification marks it read; someone else's is not found and stays unread", async () => {
    const { openNotification } = await import("./open-notification");
    const m = await modelOf(w, "DRAFT");
    const { submitModel } = await import("@/lib/models/submit-model");
    await submitModel(w.cadre, { id: String(m.id), version: String(m.version) });
    const [n] = await waiting(w.communeReviewer.userId, m.id);
    expect(n.readAt).toBeNull();
    expect(await openNotification(w.provinceOfficer, { id: n.id })).toMatchObject({ ok: false, code: "not_found" });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
    expect(await openNotification(w.communeReviewer, { id: "abc" })).toMatchObject({ ok: false, code: "not_found" });
    // Past int4 (the largest serial id): not found, not a query PostgreSQL refuses (a fast-check counterexample).
    expect(await openNotification(w.communeReviewer, { id: "2147483648" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await openNotification(w.communeReviewer, { id: n.id })).toEqual({ ok: true, modelId: m.id });
    const readAt = (await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt;
    expect(readAt).not.toBeNull();
    expect(await openNotification(w.communeReviewer, { id: n.id })).toEqual({ ok: true, modelId: m.id });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toEqual(readAt);
  });
});
