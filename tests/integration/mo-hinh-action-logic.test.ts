import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  COMPLETE_NARRATIVE,
  createWorld,
  draftForm,
  modelOf,
  modelSnapshot,
  type World,
} from "@/lib/models/test-world";
import { PNG, TEXT } from "@/lib/uploads/test-files";
import {
  createModelFromForm,
  reportProgressFromForm,
  submitModelFromForm,
  updateModelFromForm,
  withdrawModelFromForm,
  searchOrigins,
} from "@/app/(portal)/mo-hinh/action-logic";

process.env.UPLOAD_DIR = path.join(os.tmpdir(), `models-ui-${process.pid}`);

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

function form(values: Record<string, string | undefined>, files: File[] = []): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.set(k, v);
  for (const f of files) fd.append("files", f);
  return fd;
}

const png = (name = "anh-hop-thon.png") => new File([PNG], name, { type: "image/png" });

describe("createModelFromForm", () => {
  it("saves a draft with its photo and reports a refused file by name, keeping the model", async () => {
    const fake = new File([TEXT], "gia-mao.png", { type: "image/png" });
    const s = await createModelFromForm(
      w.cadre,
      form({ ...(draftForm(w) as Record<string, string>), requestKey: "rk-ui-1" }, [png(), fake]),
    );
    expect(s.ok).toBe(true);
    expect(s.fileErrors).toHaveLength(1);
    expect(s.fileErrors![0]).toContain("gia-mao.png");
    const files = await prisma.attachment.findMany({ where: { modelId: s.id } });
    expect(files.map((f) => f.fileName)).toEqual(["anh-hop-thon.png"]);
  });

  it("returns Vietnamese field errors and the typed values for bad input, creating nothing", async () => {
    const before = await prisma.model.count();
    const s = await createModelFromForm(
      w.cadre,
      form({ ...(draftForm(w) as Record<string, string>), kind: "INDIVIDUAL", title: "Ngắn" }),
    );
    expect(s.ok).toBe(false);
    expect(s.fieldErrors?.title?.[0]).toBe("Tên mô hình phải có ít nhất 10 ký tự.");
    expect(s.fieldErrors?.personName?.[0]).toBe("Vui lòng nhập họ và tên cá nhân.");
    expect(s.values?.title).toBe("Ngắn");
    expect(s.attempt).toBe(1);
    expect(await prisma.model.count()).toBe(before);
  });

  it("refuses a reviewer (wrong role) and creates nothing", async () => {
    const before = await prisma.model.count();
    const s = await createModelFromForm(w.communeReviewer, form(draftForm(w) as Record<string, string>, [png()]));
    expect(s).toMatchObject({ ok: false, code: "forbidden" });
    expect(await prisma.model.count()).toBe(before);
  });
});

describe("updateModelFromForm", () => {
  it("another unit's cadre gets 'not found' and the row stays unchanged", async () => {
    const m = await modelOf(w, "DRAFT");
    const before = await modelSnapshot(m.id);
    const s = await updateModelFromForm(
      w.otherUnitCadre,
      form(
        {
          ...(draftForm(w) as Record<string, string>),
          id: String(m.id),
          version: String(m.version),
          title: "Tiêu đề bị sửa trái phép ở đơn vị khác",
        },
        [png()],
      ),
    );
    expect(s).toMatchObject({ ok: false, code: "not_found", message: "Không tìm thấy mô hình." });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("the second tab saving an old version gets the conflict message; the first save stays", async () => {
    const m = await modelOf(w, "DRAFT");
    const base = { ...(draftForm(w) as Record<string, string>), id: String(m.id), version: String(m.version) };
    const first = await updateModelFromForm(
      w.cadre,
      form({ ...base, title: "Bản lưu từ thẻ thứ nhất của trình duyệt" }),
    );
    expect(first.ok).toBe(true);
    const second = await updateModelFromForm(
      w.cadre2,
      form({ ...base, title: "Bản lưu từ thẻ thứ hai của trình duyệt" }),
    );
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    expect(second.message).toContain("tải lại");
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).title).toBe(
      "Bản lưu từ thẻ thứ nhất của trình duyệt",
    );
  });
});

describe("submit and withdraw", () => {
  it("submits a complete draft; an incomplete one lists what is missing and stays a draft", async () => {
    const incomplete = await modelOf(w, "DRAFT", { goals: "", methods: "", expectedResults: "" });
    const s1 = await submitModelFromForm(
      w.cadre,
      form({ id: String(incomplete.id), version: String(incomplete.version) }),
    );
    expect(s1.ok).toBe(false);
    expect(s1.message).toBe("Hồ sơ chưa đủ thông tin để gửi đăng ký. Hãy sửa hồ sơ để bổ sung:");
    expect((await prisma.model.findUniqueOrThrow({ where: { id: incomplete.id } })).state).toBe("DRAFT");

    const ok = await modelOf(w, "DRAFT", { ...COMPLETE_NARRATIVE, startDate: new Date("2026-01-15T00:00:00Z") });
    const s2 = await submitModelFromForm(w.cadre, form({ id: String(ok.id), version: String(ok.version) }));
    expect(s2).toMatchObject({ ok: true, id: ok.id, resubmitted: false });
    expect((await prisma.model.findUniqueOrThrow({ where: { id: ok.id } })).state).toBe("SUBMITTED");
  });

  it("a reviewer cannot withdraw a unit's submitted model; the row stays unchanged", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await modelSnapshot(m.id);
    const s = await withdrawModelFromForm(w.communeReviewer, form({ id: String(m.id), version: String(m.version) }));
    expect(s).toMatchObject({ ok: false, message: "Bạn không có quyền thực hiện thao tác này." });
    expect(await modelSnapshot(m.id)).toEqual(before);
    const own = await withdrawModelFromForm(w.cadre, form({ id: String(m.id), version: String(m.version) }));
    expect(own).toMatchObject({ ok: true, id: m.id });
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).state).toBe("WITHDRAWN");
  });
});

describe("reportProgressFromForm", () => {
  it("adds a dated entry with vi-VN quantities and a photo", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    const s = await reportProgressFromForm(
      w.cadre,
      form(
        {
          modelId: String(m.id),
          reportDate: "2026-03-01",
          note: "Đã bê tông hoá thêm 1,2 km đường",
          moneyVnd: "1.500.000",
          roadKm: "1,2",
        },
        [png("anh-duong.png")],
      ),
    );
    expect(s).toMatchObject({ ok: true, id: m.id });
    const report = await prisma.progressReport.findFirstOrThrow({
      where: { modelId: m.id },
      include: { attachments: true },
    });
    expect(Number(report.moneyVnd)).toBe(1_500_000);
    expect(report.roadKm?.toString()).toBe("1.2");
    expect(report.attachments.map((a) => a.fileName)).toEqual(["anh-duong.png"]);
  });

  it("another unit's cadre cannot report on the model: nothing is written", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    const before = await modelSnapshot(m.id);
    const s = await reportProgressFromForm(
      w.otherUnitCadre,
      form({ modelId: String(m.id), reportDate: "2026-03-01", note: "Báo cáo giả" }, [png()]),
    );
    expect(s).toMatchObject({ ok: false, code: "not_found" });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("a future date is refused in Vietnamese, with the typed note kept", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    const s = await reportProgressFromForm(
      w.cadre,
      form({ modelId: String(m.id), reportDate: "2099-01-01", note: "Ghi chú đã gõ" }),
    );
    expect(s.fieldErrors?.reportDate?.[0]).toBe("Ngày báo cáo không được ở tương lai.");
    expect(s.values?.note).toBe("Ghi chú đã gõ");
  });
});

describe("searchOrigins", () => {
  it("is refused to a reviewer", async () => {
    expect(await searchOrigins(w.communeReviewer, "dan van")).toEqual({
      ok: false,
      message: "Bạn không có quyền thực hiện thao tác này.",
    });
  });
});
