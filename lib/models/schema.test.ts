import { describe, expect, it } from "vitest";
import { ModelDraftInput, ModelSubmitInput, ProgressReportInput } from "./schema";
import { zodFieldErrors } from "@/lib/result";
import { addYearsIso, vnTodayIso } from "./dates";

const base = {
  kind: "COLLECTIVE",
  title: "Dân vận khéo trong vận động hiến đất làm đường",
  fieldId: "1",
  campaignId: "2",
  registeredWithUnitId: "3",
};

describe("model schemas", () => {
  it("coerces FormData strings: blank → undefined, ids → numbers, dd/MM/yyyy and yyyy-MM-dd → dates, NFC", () => {
    const nfd = "Dân vận khéo ở thôn Nà Lẹng".normalize("NFD");
    const a = ModelDraftInput.parse({ ...base, title: nfd, goals: "", startDate: "05/03/2026", replicatedFromId: "" });
    expect(a).toMatchObject({
      title: nfd.normalize("NFC"),
      fieldId: 1,
      campaignId: 2,
      registeredWithUnitId: 3,
      goals: undefined,
      replicatedFromId: undefined,
    });
    expect(a.startDate?.toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(ModelDraftInput.parse({ ...base, startDate: "2026-03-05" }).startDate?.toISOString()).toBe(
      "2026-03-05T00:00:00.000Z",
    );
  });

  it("accepts a start date exactly one year ahead, refuses the day after", () => {
    const limit = addYearsIso(vnTodayIso(), 1);
    expect(ModelDraftInput.safeParse({ ...base, startDate: limit }).success).toBe(true);
    const next = new Date(`${limit}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const r = ModelDraftInput.safeParse({ ...base, startDate: next.toISOString().slice(0, 10) });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(zodFieldErrors(r.error).startDate).toEqual(["Ngày bắt đầu không được quá 1 năm kể từ hôm nay."]);
  });

  it("title: exactly 10 and 300 characters pass after trimming; 9 and 301 fail; < or > anywhere fails", () => {
    expect(ModelDraftInput.safeParse({ ...base, title: `  ${"a".repeat(10)}  ` }).success).toBe(true);
    expect(ModelDraftInput.safeParse({ ...base, title: "a".repeat(300) }).success).toBe(true);
    expect(ModelDraftInput.safeParse({ ...base, title: "a".repeat(9) }).success).toBe(false);
    expect(ModelDraftInput.safeParse({ ...base, title: "a".repeat(301) }).success).toBe(false);
    for (const t of ["Mô hình a > b dân vận", "Mô hình <img src=x> dân"]) {
      const r = ModelDraftInput.safeParse({ ...base, title: t });
      expect(r.success).toBe(false);
      if (!r.success) expect(zodFieldErrors(r.error).title).toEqual(["Không được chứa ký tự < hoặc >"]);
    }
  });

  it("drops person fields of a collective model", () => {
    const a = ModelDraftInput.parse({ ...base, personName: "Lường Văn Pó", personHonorific: "MALE" });
    expect(a.personName).toBeUndefined();
    expect(a.personHonorific).toBeUndefined();
  });

  it("requires every person field of an individual model, each with its own message", () => {
    const r = ModelDraftInput.safeParse({ ...base, title: "ngắn", kind: "INDIVIDUAL", personHonorific: "X" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(zodFieldErrors(r.error)).toMatchObject({
      title: ["Tên mô hình phải có ít nhất 10 ký tự."],
      personHonorific: ["Vui lòng chọn Ông hoặc Bà."],
      personName: ["Vui lòng nhập họ và tên cá nhân."],
      personPosition: ["Vui lòng nhập chức vụ hoặc nghề nghiệp."],
      address: ["Vui lòng nhập địa chỉ (thôn, xã, tỉnh)."],
    });
  });

  it("submit schema requires the narrative (min 30 characters) and the start date", () => {
    const r = ModelSubmitInput.safeParse({
      ...base,
      goals: "a".repeat(29),
      methods: "a".repeat(30),
      expectedResults: "a".repeat(30),
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(zodFieldErrors(r.error)).sort()).toEqual(["goals", "startDate"]);
  });

  it("progress report: vi-VN number formats, zero allowed, today allowed", () => {
    const r = ProgressReportInput.parse({
      modelId: "1",
      reportDate: vnTodayIso(),
      note: "x",
      moneyVnd: "0",
      landM2: "1.234,56",
      roadKm: "0,5",
      households: "0",
    });
    expect(r).toMatchObject({ moneyVnd: 0, landM2: 1234.56, roadKm: 0.5, households: 0 });
    expect(r.workdays).toBeUndefined();
  });

  it("long texts refuse markup with a Vietnamese message but keep a plain '<' (found by the hostile-input test)", () => {
    const report = (note: string) => ProgressReportInput.safeParse({ modelId: "1", reportDate: vnTodayIso(), note });
    for (const note of ["<img src=x onerror=alert(1)>", "Đã họp </p>", "<!-- x -->", "<script>alert(1)</script>"]) {
      const r = report(note);
      expect(r.success).toBe(false);
      if (!r.success) expect(zodFieldErrors(r.error).note?.[0]).toMatch(/thẻ HTML/);
    }
    for (const note of ["Dưới < 5 hộ còn khó khăn", "3<5 km đường", "a < b"]) expect(report(note).success).toBe(true);
    const draft = ModelDraftInput.safeParse({ kind: "COLLECTIVE", title: "Mô hình", goals: "<img src=x>" });
    expect(draft.success).toBe(false);
    if (!draft.success) expect(zodFieldErrors(draft.error).goals?.[0]).toMatch(/thẻ HTML/);
  });
});
