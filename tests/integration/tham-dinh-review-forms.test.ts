import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { rvi } from "@/lib/i18n/review";
import { createWorld, modelOf, modelSnapshot, type World } from "@/lib/models/test-world";
import { bulkReviewForm, reviewStepForm } from "@/app/(portal)/tham-dinh/_lib/review-forms";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  return fd;
}

const stepForm = (m: { id: number; version: number }, action: string, extra: Record<string, string> = {}) =>
  form({ modelId: String(m.id), version: String(m.version), action, requestKey: randomUUID(), ...extra });

describe("reviewStepForm", () => {
  it("recognizes with a meeting reference and criterion scores read from score-<id> fields", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const [c1, c2] = w.campaign.criteria;
    const res = await reviewStepForm(
      w.communeReviewer,
      stepForm(m, "RECOGNIZE", {
        meetingRef: "Biên bản số 12/BB-HĐ",
        [`score-${c1.id}`]: "35",
        [`score-${c2.id}`]: "18",
      }),
    );
    expect(res).toMatchObject({ ok: true, action: "RECOGNIZE" });
    const after = await prisma.model.findUniqueOrThrow({
      where: { id: m.id },
      include: { scores: true, recognitions: true },
    });
    expect(after.state).toBe("RECOGNIZED");
    expect(after.recognitions[0].meetingRef).toBe("Biên bản số 12/BB-HĐ");
    expect(after.scores.map((s) => [s.criterionId, s.score]).sort()).toEqual(
      [
        [c1.id, 35],
        [c2.id, 18],
      ].sort(),
    );
  });

  for (const who of ["cadre", "otherUnitCadre", "foreignCadre", "districtReviewer"] as const) {
    it(`refuses ${who} and changes nothing`, async () => {
      const m = await modelOf(w, "SUBMITTED");
      const before = await modelSnapshot(m.id);
      const res = await reviewStepForm(w[who], stepForm(m, "RECOGNIZE", { meetingRef: "BB 1" }));
      expect(res.ok).toBe(false);
      // The owner cadre sees its model but may not review it; to the others it is outside their scope.
      expect(res).toMatchObject({
        ok: false,
        message: who === "cadre" ? "Bạn không có quyền thực hiện thao tác này." : "Không tìm thấy mô hình.",
      });
      expect(await modelSnapshot(m.id)).toEqual(before);
    });
  }

  it("answers a stale version as a conflict with the reload message, and writes nothing", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await modelSnapshot(m.id);
    const res = await reviewStepForm(w.communeReviewer, stepForm({ id: m.id, version: m.version + 5 }, "START_REVIEW"));
    expect(res).toMatchObject({ ok: false, conflict: true, message: rvi.detail.conflict });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("acts once when the same rendered form is sent twice (request key)", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const fd = stepForm(m, "START_REVIEW");
    const first = await reviewStepForm(w.communeReviewer, fd);
    const second = await reviewStepForm(w.communeReviewer, fd);
    expect(first.ok).toBe(true);
    // The repeat gets the first answer back instead of acting again.
    expect(second.ok).toBe(true);
    expect(await prisma.reviewEvent.count({ where: { modelId: m.id, action: "START_REVIEW" } })).toBe(1);
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).state).toBe("UNDER_REVIEW");
  });

  it("requires a reason to request a revision (Vietnamese message), nothing written", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await modelSnapshot(m.id);
    const res = await reviewStepForm(w.communeReviewer, stepForm(m, "REQUEST_REVISION", { comment: "   " }));
    expect(res.ok).toBe(false);
    expect(res.message).toBe("Vui lòng nhập lý do / ý kiến.");
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("rejects a non-numeric score on its own field", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const c = w.campaign.criteria[0];
    const res = await reviewStepForm(w.communeReviewer, stepForm(m, "RECOGNIZE", { [`score-${c.id}`]: "mười" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { [`score-${c.id}`]: ["Điểm phải là số nguyên không âm."] } });
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).state).toBe("SUBMITTED");
  });

  it("rejects a tampered action with a generic message", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const res = await reviewStepForm(w.communeReviewer, stepForm(m, "SUBMIT"));
    expect(res).toMatchObject({
      ok: false,
      message: "Dữ liệu gửi lên không hợp lệ. Vui lòng tải lại trang và thử lại.",
    });
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).state).toBe("SUBMITTED");
  });
});

describe("bulkReviewForm", () => {
  const item = (m: { id: number; version: number; title: string }) => `${m.id}:${m.version}:${m.title}`;

  it("recognizes a selection with one meeting reference and reports each item by title", async () => {
    const a = await modelOf(w, "SUBMITTED", { title: "Mô hình A" });
    const b = await modelOf(w, "UNDER_REVIEW", { title: "Mô hình B" });
    const stale = await modelOf(w, "SUBMITTED", { title: "Mô hình C" });
    const res = await bulkReviewForm(
      w.communeReviewer,
      form({
        action: "RECOGNIZE",
        noScores: "1",
        meetingRef: "BB 7/2026",
        item: [item(a), item(b), item({ ...stale, version: stale.version + 3 })],
      }),
    );
    expect(res).toMatchObject({ ok: true, succeeded: 2, failed: 1 });
    expect(res.results?.map((r) => [r.title, r.ok])).toEqual([
      ["Mô hình A", true],
      ["Mô hình B", true],
      ["Mô hình C", false],
    ]);
    expect(res.results?.[2].message).toBeTruthy();
    const states = await prisma.model.findMany({
      where: { id: { in: [a.id, b.id, stale.id] } },
      orderBy: { id: "asc" },
      select: { state: true },
    });
    expect(states.map((s) => s.state)).toEqual(["RECOGNIZED", "RECOGNIZED", "SUBMITTED"]);
  });

  it("a cadre's bulk request changes none of the models", async () => {
    const a = await modelOf(w, "SUBMITTED");
    const before = await modelSnapshot(a.id);
    const res = await bulkReviewForm(w.cadre, form({ action: "RECOGNIZE", noScores: "1", item: [item(a)] }));
    expect(res.ok ? res.failed : 1).toBe(1);
    expect(await modelSnapshot(a.id)).toEqual(before);
  });

  it("asks for a reason before not recognizing a selection, and for a selection at all", async () => {
    const a = await modelOf(w, "SUBMITTED");
    const before = await modelSnapshot(a.id);
    expect(
      await bulkReviewForm(w.communeReviewer, form({ action: "NOT_RECOGNIZE", comment: " ", item: [item(a)] })),
    ).toMatchObject({
      ok: false,
      message: rvi.bulk.commentRequired,
      fieldErrors: { comment: [rvi.bulk.commentRequired] },
    });
    expect(await bulkReviewForm(w.communeReviewer, form({ action: "RECOGNIZE" }))).toMatchObject({
      ok: false,
      message: rvi.bulk.selectRequired,
    });
    // No action chosen (the form's default), and a recognition without scores or "none given".
    expect(await bulkReviewForm(w.communeReviewer, form({ action: "", item: [item(a)] }))).toMatchObject({
      ok: false,
      message: rvi.errors.bulkActionInvalid,
    });
    expect(await bulkReviewForm(w.communeReviewer, form({ action: "RECOGNIZE", item: [item(a)] }))).toMatchObject({
      ok: false,
      message: rvi.errors.bulkScoresOrNone,
    });
    expect(await modelSnapshot(a.id)).toEqual(before);
  });
});
