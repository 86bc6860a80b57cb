import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { reportProgress } from "./report-progress";
import { createWorld, modelOf, modelSnapshot, type World } from "./test-world";
import { addYearsIso, vnTodayIso } from "./dates";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const form = (modelId: number, o: Record<string, string> = {}) => ({
  modelId: String(modelId),
  reportDate: "2026-05-20",
  note: "Đã hoàn thành bê tông hóa 1,2 km đường thôn.",
  moneyVnd: "1.250.000.000",
  landM2: "3.250,5",
  roadKm: "1,2",
  workdays: "640",
  households: "45",
  ...o,
});

describe("reportProgress", () => {
  it("adds a dated report with quantities (vi-VN number formats accepted) and an audit row, without touching the model", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    const before = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    const res = await reportProgress(w.cadre, form(m.id));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const r = await prisma.progressReport.findUniqueOrThrow({ where: { id: res.id } });
    expect({
      reportDate: r.reportDate.toISOString().slice(0, 10),
      moneyVnd: r.moneyVnd,
      landM2: r.landM2?.toString(),
      roadKm: r.roadKm?.toString(),
      workdays: r.workdays,
      households: r.households,
      createdById: r.createdById,
    }).toEqual({
      reportDate: "2026-05-20",
      moneyVnd: 1250000000n,
      landM2: "3250.5",
      roadKm: "1.2",
      workdays: 640,
      households: 45,
      createdById: w.cadre.userId,
    });
    expect(await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).toEqual(before);
    expect(await prisma.auditLog.count({ where: { entity: "ProgressReport", entityId: String(res.id) } })).toBe(1);
  });

  it("accepts a report with only the note (quantities optional)", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const res = await reportProgress(w.cadre, {
      modelId: String(m.id),
      reportDate: "2026-05-01",
      note: "Tiếp tục vận động các hộ còn lại.",
    });
    expect(res.ok).toBe(true);
  });

  it.each(["SUBMITTED", "UNDER_REVIEW", "NEEDS_REVISION", "NOT_RECOGNIZED", "RECOGNIZED", "PROPOSED"] as const)(
    "allows reporting on a %s model",
    async (state) => {
      const m = await modelOf(w, state);
      expect((await reportProgress(w.cadre, form(m.id))).ok).toBe(true);
    },
  );

  it.each(["DRAFT", "WITHDRAWN"] as const)("refuses reporting on a %s model and writes nothing", async (state) => {
    const m = await modelOf(w, state);
    const before = await modelSnapshot(m.id);
    expect(await reportProgress(w.cadre, form(m.id))).toEqual({
      ok: false,
      code: "illegal_state",
      message: "Chỉ báo cáo kết quả được cho mô hình đã gửi đăng ký và chưa rút hồ sơ.",
    });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it.each([
    ["otherUnitCadre", "not_found"],
    ["foreignCadre", "not_found"],
    ["communeReviewer", "forbidden"],
    ["provinceOfficer", "forbidden"],
    ["admin", "forbidden"],
  ] as const)("%s gets %s and nothing is written", async (who, code) => {
    const m = await modelOf(w, "RECOGNIZED");
    const before = await modelSnapshot(m.id);
    expect(await reportProgress(w[who], form(m.id))).toMatchObject({ ok: false, code });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it.each([
    ["reportDate", { reportDate: addYearsIso(vnTodayIso(), 1) }, "Ngày báo cáo không được ở tương lai."],
    ["reportDate", { reportDate: "" }, "Vui lòng nhập ngày báo cáo (ngày/tháng/năm)."],
    ["note", { note: "  " }, "Vui lòng nhập nội dung báo cáo."],
    ["moneyVnd", { moneyVnd: "-5" }, "Số tiền (đồng) không được âm."],
    ["moneyVnd", { moneyVnd: "12,5" }, "Số tiền (đồng) phải là số nguyên."],
    ["landM2", { landM2: "abc" }, "Diện tích đất (m²) phải là một số."],
    ["roadKm", { roadKm: "-0,5" }, "Chiều dài đường (km) không được âm."],
    ["roadKm", { roadKm: "1,234" }, "Chiều dài đường (km) chỉ được có tối đa 2 chữ số thập phân."],
    ["workdays", { workdays: "2.5" }, "Số ngày công phải là số nguyên."],
    ["households", { households: "-1" }, "Số hộ không được âm."],
  ])(
    "rejects an invalid %s (%j) with a Vietnamese field error and writes nothing",
    async (field, override, message) => {
      const m = await modelOf(w, "RECOGNIZED");
      const before = await modelSnapshot(m.id);
      const res = await reportProgress(w.cadre, form(m.id, override));
      expect(res).toMatchObject({ ok: false, code: "invalid" });
      if (!res.ok) expect(res.fieldErrors?.[field]).toContain(message);
      expect(await modelSnapshot(m.id)).toEqual(before);
    },
  );
});
