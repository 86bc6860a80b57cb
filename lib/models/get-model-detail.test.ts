import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getModelDetail } from "./get-model-detail";
import { reportProgress } from "./report-progress";
import { createWorld, modelOf, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

describe("getModelDetail", () => {
  it("returns the model with its timeline (actor names, levels), reviewer comments, reports, recognitions and replication origin", async () => {
    const origin = await modelOf(w, "RECOGNIZED", { title: "Mô hình gốc được công nhận cấp xã" });
    const m = await modelOf(w, "RECOGNIZED", { replicatedFromId: origin.id, revisions: 1 });
    await reportProgress(w.cadre, {
      modelId: String(m.id),
      reportDate: "2026-05-02",
      note: "Đã làm xong 1 km",
      moneyVnd: "2000000",
      roadKm: "1",
    });
    const res = await getModelDetail(w.cadre, { id: String(m.id) });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const d = res.model;
    expect(d).toMatchObject({
      id: m.id,
      state: "RECOGNIZED",
      replicatedFrom: { id: origin.id, title: "Mô hình gốc được công nhận cấp xã" },
    });
    expect(d.timeline[0]).toMatchObject({
      action: "CREATE",
      actor: { id: w.cadre.userId, fullName: w.cadre.fullName },
    });
    expect(d.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(["SUBMIT", "REQUEST_REVISION", "RESUBMIT", "RECOGNIZE"]),
    );
    const ts = d.timeline.map((e) => e.createdAt.getTime());
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    // Its revision request was answered by sending again (the amber box is for what is still open).
    expect(d.reviewerComments).toEqual([]);
    expect(d.recognitions).toEqual([expect.objectContaining({ level: "COMMUNE", unitName: "Xã Tân Lập" })]);
    expect(d.progressReports).toEqual([
      expect.objectContaining({ note: "Đã làm xong 1 km", moneyVnd: 2000000, roadKm: 1, createdBy: w.cadre.fullName }),
    ]);
    expect(d.editable).toBe(false);
    expect(d.canReport).toBe(true);
    expect(d.actions).toEqual([]);
  });

  it("the reviewer-comments box holds the open revision request, not one already answered by sending again", async () => {
    const open = await modelOf(w, "NEEDS_REVISION");
    const o = await getModelDetail(w.cadre, { id: String(open.id) });
    if (!o.ok) throw new Error(o.message);
    expect(o.model.reviewerComments.map((e) => e.action)).toEqual(["REQUEST_REVISION"]);
    expect(o.model.reviewerComments.every((e) => e.comment && e.actor.id !== w.cadre.userId)).toBe(true);

    const answered = await modelOf(w, "RECOGNIZED", { revisions: 1 });
    const a = await getModelDetail(w.cadre, { id: String(answered.id) });
    if (!a.ok) throw new Error(a.message);
    expect(a.model.timeline.map((e) => e.action)).toContain("REQUEST_REVISION");
    expect(a.model.reviewerComments.map((e) => e.action)).not.toContain("REQUEST_REVISION");
  });

  it("tells the cadre what it can do with a draft and prefills the edit form", async () => {
    const m = await modelOf(w, "DRAFT");
    const res = await getModelDetail(w.cadre, { id: m.id });
    if (!res.ok) throw new Error(res.message);
    expect(res.model.editable).toBe(true);
    expect(res.model.actions).toEqual(["UPDATE", "SUBMIT"]);
    expect(res.model.formValues).toMatchObject({
      id: String(m.id),
      version: String(m.version),
      title: m.title,
      startDate: "2026-01-15",
    });
  });

  it("shows the holding committee's reviewer the review buttons", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const res = await getModelDetail(w.communeReviewer, { id: m.id });
    if (!res.ok) throw new Error(res.message);
    expect(res.model.actions).toEqual(["START_REVIEW", "REQUEST_REVISION", "RECOGNIZE", "NOT_RECOGNIZE"]);
  });

  it("is not found for another unit's cadre, another province's cadre, an out-of-subtree reviewer, and a junk id", async () => {
    const m = await modelOf(w, "SUBMITTED");
    for (const who of ["otherUnitCadre", "foreignCadre", "districtReviewer"] as const) {
      expect(await getModelDetail(w[who], { id: m.id })).toMatchObject({
        ok: false,
        code: "not_found",
        message: "Không tìm thấy mô hình.",
      });
    }
    expect(await getModelDetail(w.cadre, { id: "abc" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      state: "SUBMITTED",
      version: m.version,
    });
  });

  it("is visible to the province and the administrator (read only)", async () => {
    const m = await modelOf(w, "SUBMITTED");
    for (const who of ["provinceOfficer", "admin"] as const) {
      const res = await getModelDetail(w[who], { id: m.id });
      expect(res.ok && res.model.editable).toBe(false);
    }
  });
});
