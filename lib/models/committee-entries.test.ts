// A committee's entries for a unit of its subtree (ADR 0052): registration on behalf of a unit without an
// account, and historic entries in a closed campaign.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createCampaign, createUser } from "@/tests/fixtures";
import { dateFromIso, vnTodayIso } from "./dates";
import { getModelDetail } from "./get-model-detail";
import { listUnitModels } from "./list-unit-models";
import { recordHistoricModel } from "./record-historic-model";
import { registerOnBehalf } from "./register-on-behalf";
import { searchEntryUnits } from "./committee-entry";
import { COMPLETE_NARRATIVE, actorOf, createWorld, type World } from "./test-world";
import { withdrawModel } from "./withdraw-model";
import { readUpload } from "@/lib/uploads/read-upload";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/limits";
import { JPEG, PDF, TEXT, file } from "@/lib/uploads/test-files";
import { uploadsText } from "@/lib/i18n/uploads";

let w: World;
let closed: { id: number };
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-entries-"));
  process.env.UPLOAD_DIR = dir;
  w = await createWorld();
  closed = await createCampaign(prisma, {
    ownerUnitId: w.tree.province.id,
    status: "CLOSED",
    startDate: new Date("2024-01-01T00:00:00Z"),
    endDate: new Date("2024-12-31T00:00:00Z"),
  });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file in the file store. */
const storedFiles = () =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

/** A phone photo's size: a JPEG of `bytes` bytes (start and end markers around filler). */
function photo(bytes: number, name: string) {
  const b = new Uint8Array(bytes);
  b.set(JPEG.subarray(0, JPEG.length - 2));
  b.set([0xff, 0xd9], bytes - 2);
  return file(b, name);
}

const counts = async () => ({
  models: await prisma.model.count(),
  events: await prisma.reviewEvent.count(),
  audits: await prisma.auditLog.count(),
  attachments: await prisma.attachment.count(),
  stored: storedFiles().length,
});

function onBehalf(over: Record<string, string> = {}) {
  return {
    ownerUnitId: String(w.tree.grassrootsDirect.id),
    kind: "COLLECTIVE",
    title: "Thôn Nà Lẹng vận động hiến đất mở đường liên thôn",
    fieldId: String(w.fields[0].id),
    campaignId: String(w.campaign.id),
    ...COMPLETE_NARRATIVE,
    ...over,
  };
}

function historic(over: Record<string, string> = {}) {
  return {
    ownerUnitId: String(w.tree.grassrootsDirect.id),
    kind: "COLLECTIVE",
    title: "Chi bộ thôn vận động làm nhà văn hoá năm 2024",
    fieldId: String(w.fields[0].id),
    campaignId: String(closed.id),
    outcome: "RECOGNIZED",
    outcomeDate: "20/12/2024",
    reference: "Quyết định số 45-QĐ/ĐU",
    ...over,
  };
}

describe("registerOnBehalf", () => {
  it("registers for a hamlet of the commune, sent to the commune at once; the timeline says who for whom", async () => {
    const r = await registerOnBehalf(w.communeReviewer, onBehalf());
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const m = await prisma.model.findUniqueOrThrow({
      where: { id: r.id },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(m).toMatchObject({
      state: "SUBMITTED",
      registeredOnBehalf: true,
      historic: false,
      ownerUnitId: w.tree.grassrootsDirect.id,
      ownerUnitName: "Chi bộ thôn Nà Lẹng",
      registeredWithUnitId: w.tree.communeDirect.id,
      reviewUnitId: w.tree.communeDirect.id,
      registeredLevel: "COMMUNE",
      createdById: w.communeReviewer.userId,
    });
    expect(m.events.map((e) => [e.action, e.toState, e.actorId])).toEqual([
      ["CREATE", "DRAFT", w.communeReviewer.userId],
      ["SUBMIT", "SUBMITTED", w.communeReviewer.userId],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "model.register-on-behalf", entityId: String(r.id) },
    });
    expect(audit.actorId).toBe(w.communeReviewer.userId);

    const detail = await getModelDetail(w.communeReviewer, { id: String(r.id) });
    if (!detail.ok) throw new Error(detail.message);
    expect(detail.model.registeredOnBehalf).toBe(true);
    expect(detail.model.timeline[0]).toMatchObject({
      action: "CREATE",
      actor: { fullName: detail.model.createdBy },
      onBehalfOf: "Chi bộ thôn Nà Lẹng",
    });
  });

  it("once the unit has an account, that account owns it: lists it, opens it, may withdraw it", async () => {
    const r = await registerOnBehalf(w.communeReviewer, onBehalf({ title: "Thôn Nà Lẹng giữ gìn vệ sinh môi trường" }));
    if (!r.ok) throw new Error(r.message);
    // An account created for the hamlet after the registration.
    const user = await createUser(prisma, { unitId: w.tree.grassrootsDirect.id, role: "UNIT_CADRE" });
    const cadre = actorOf(user, w.tree.grassrootsDirect);
    const list = await listUnitModels(cadre, { q: "ve sinh moi truong" });
    expect(list.ok && list.items.map((i) => [i.id, i.registeredOnBehalf])).toEqual([[r.id, true]]);
    const detail = await getModelDetail(cadre, { id: String(r.id) });
    expect(detail.ok && detail.model.actions).toContain("WITHDRAW");
    const m = await prisma.model.findUniqueOrThrow({ where: { id: r.id } });
    expect(await withdrawModel(cadre, { id: String(m.id), version: String(m.version) })).toMatchObject({ ok: true });
  });

  it("lets a district and the province register for units below them", async () => {
    const d = await registerOnBehalf(w.districtReviewer, onBehalf({ ownerUnitId: String(w.tree.grassroots.id) }));
    expect(d).toMatchObject({ ok: true });
    const p = await registerOnBehalf(w.provinceOfficer, onBehalf({ ownerUnitId: String(w.tree.grassroots.id) }));
    expect(p).toMatchObject({ ok: true });
    if (!d.ok || !p.ok) return;
    const [md, mp] = await Promise.all([d.id, p.id].map((id) => prisma.model.findUniqueOrThrow({ where: { id } })));
    expect([md.registeredWithUnitId, md.registeredLevel]).toEqual([w.tree.district.id, "DISTRICT"]);
    expect([mp.registeredWithUnitId, mp.registeredLevel]).toEqual([w.tree.province.id, "PROVINCE"]);
  });

  it.each([
    ["a unit of another province", () => w.tree.otherGrassroots.id],
    ["a unit of the same province outside the commune", () => w.tree.grassroots.id],
    ["the committee's own unit", () => w.tree.communeDirect.id],
    ["a unit id that does not exist", () => 99_999_999],
  ])("refuses %s as not found and writes nothing", async (_name, unitId) => {
    const before = await counts();
    expect(await registerOnBehalf(w.communeReviewer, onBehalf({ ownerUnitId: String(unitId()) }))).toMatchObject({
      ok: false,
      code: "not_found",
      fieldErrors: { ownerUnitId: ["Không tìm thấy đơn vị trong phạm vi của bạn."] },
    });
    expect(await counts()).toEqual(before);
  });

  it.each(["cadre", "admin"] as const)("refuses the %s (forbidden) and writes nothing", async (who) => {
    const before = await counts();
    expect(await registerOnBehalf(w[who], onBehalf())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a closed campaign, one past its registration deadline, and an incomplete dossier", async () => {
    const before = await counts();
    const late = await createCampaign(prisma, {
      ownerUnitId: w.tree.province.id,
      registrationDeadline: new Date(dateFromIso(vnTodayIso()).getTime() - 86_400_000),
    });
    const a = await registerOnBehalf(w.communeReviewer, onBehalf({ campaignId: String(closed.id) }));
    expect(a).toMatchObject({ fieldErrors: { campaignId: ["Đợt thi đua đã kết thúc, không thể đăng ký thêm."] } });
    const b = await registerOnBehalf(w.communeReviewer, onBehalf({ campaignId: String(late.id) }));
    expect(b.ok === false && b.fieldErrors?.campaignId?.[0]).toMatch(/^Đã hết hạn đăng ký/);
    const c = await registerOnBehalf(w.communeReviewer, onBehalf({ goals: "ngắn", startDate: "" }));
    expect(c).toMatchObject({ ok: false, code: "invalid" });
    expect(c.ok === false && Object.keys(c.fieldErrors ?? {}).sort()).toEqual(["goals", "startDate"]);
    expect(await counts()).toEqual(before);
  });

  it("registers once when the same form is sent twice", async () => {
    const form = { ...onBehalf({ title: "Thôn Nà Lẹng làm đường điện chiếu sáng" }), requestKey: "k-1" };
    const [a, b] = [await registerOnBehalf(w.communeReviewer, form), await registerOnBehalf(w.communeReviewer, form)];
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
  });
});

describe("recordHistoricModel", () => {
  it("records a typical model of a closed campaign with its outcome, marked historic and dated then", async () => {
    const r = await recordHistoricModel(w.communeReviewer, historic({ outcome: "TYPICAL" }));
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const m = await prisma.model.findUniqueOrThrow({
      where: { id: r.id },
      include: { events: { orderBy: { id: "asc" } }, recognitions: true, typicals: true },
    });
    expect(m).toMatchObject({
      state: "RECOGNIZED",
      historic: true,
      campaignId: closed.id,
      recognizedLevel: "COMMUNE",
      typicalLevel: "COMMUNE",
      registeredWithUnitId: w.tree.communeDirect.id,
    });
    const day = "2024-12-19T17:00:00.000Z"; // midnight of 20/12/2024 in Việt Nam
    expect(m.recognitions.map((x) => [x.level, x.recognizedAt.toISOString(), x.meetingRef])).toEqual([
      ["COMMUNE", day, "Quyết định số 45-QĐ/ĐU"],
    ]);
    expect(m.typicals.map((x) => x.level)).toEqual(["COMMUNE"]);
    expect(m.events.map((e) => [e.action, e.historic, e.createdAt.toISOString()])).toEqual([
      ["CREATE", true, day],
      ["SUBMIT", true, day],
      ["RECOGNIZE", true, day],
      ["DESIGNATE_TYPICAL", true, day],
    ]);
    const detail = await getModelDetail(w.provinceOfficer, { id: String(r.id) });
    expect(detail.ok && [detail.model.historic, detail.model.timeline.every((e) => e.historic)]).toEqual([true, true]);
  });

  it("records a model that was not recognized", async () => {
    const r = await recordHistoricModel(
      w.districtReviewer,
      historic({ outcome: "NOT_RECOGNIZED", ownerUnitId: String(w.tree.grassroots.id) }),
    );
    if (!r.ok) throw new Error(r.message);
    const m = await prisma.model.findUniqueOrThrow({ where: { id: r.id }, include: { recognitions: true } });
    expect([m.state, m.recognizedLevel, m.recognitions.length, m.registeredLevel]).toEqual([
      "NOT_RECOGNIZED",
      null,
      0,
      "DISTRICT",
    ]);
  });

  it("refuses an open campaign, a day before the campaign or in the future, and writes nothing", async () => {
    const before = await counts();
    const a = await recordHistoricModel(w.communeReviewer, historic({ campaignId: String(w.campaign.id) }));
    expect(a).toMatchObject({
      fieldErrors: {
        campaignId: [
          "Chỉ ghi nhận bổ sung được mô hình của đợt thi đua đã kết thúc. Đợt đang mở thì đăng ký như thường lệ.",
        ],
      },
    });
    const b = await recordHistoricModel(w.communeReviewer, historic({ outcomeDate: "31/12/2023" }));
    expect(b).toMatchObject({
      fieldErrors: { outcomeDate: ["Ngày xét công nhận không được trước ngày bắt đầu đợt thi đua (01/01/2024)."] },
    });
    const c = await recordHistoricModel(w.communeReviewer, historic({ outcomeDate: "01/01/2099" }));
    expect(c).toMatchObject({ fieldErrors: { outcomeDate: ["Ngày xét công nhận không được ở tương lai."] } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a unit outside the subtree as not found, and a cadre as forbidden", async () => {
    const before = await counts();
    expect(
      await recordHistoricModel(w.communeReviewer, historic({ ownerUnitId: String(w.tree.otherGrassroots.id) })),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await recordHistoricModel(w.cadre, historic())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await counts()).toEqual(before);
  });
});

describe("evidence files of a committee's entry", () => {
  it("stores a 4 MB phone photo and a PDF with a registration on behalf; the committee and the unit read them", async () => {
    const before = await counts();
    const r = await registerOnBehalf(w.communeReviewer, {
      ...onBehalf({ title: "Thôn Nà Lẹng vận động làm đường có ảnh minh chứng" }),
      files: [photo(4 * 1024 * 1024, "Ảnh họp thôn.jpg"), file(PDF, "Biên bản họp thôn.pdf")],
    });
    if (!r.ok) throw new Error(r.message);
    const files = await prisma.attachment.findMany({ where: { modelId: r.id }, orderBy: { id: "asc" } });
    expect(files.map((f) => [f.fileName, f.mimeType, f.sizeBytes, f.uploadedById, f.progressReportId])).toEqual([
      ["Ảnh họp thôn.jpg", "image/jpeg", 4 * 1024 * 1024, w.communeReviewer.userId, null],
      ["Biên bản họp thôn.pdf", "application/pdf", PDF.length, w.communeReviewer.userId, null],
    ]);
    expect(storedFiles().length).toBe(before.stored + 2);
    expect(
      await prisma.auditLog.count({
        where: { action: "attachment.upload", entityId: { in: files.map((f) => String(f.id)) } },
      }),
    ).toBe(2);
    // The committee holding it and the unit's account (it owns the model) open the files.
    for (const who of [w.communeReviewer, w.cadre]) {
      const read = await readUpload(who, { id: files[1].id });
      expect(read.ok && read.fileName).toBe("Biên bản họp thôn.pdf");
    }
    const detail = await getModelDetail(w.cadre, { id: r.id });
    expect(detail.ok && detail.model.attachments.map((a) => a.fileName)).toEqual([
      "Ảnh họp thôn.jpg",
      "Biên bản họp thôn.pdf",
    ]);
  });

  it("keeps one copy when the same form with a file is sent twice at once", async () => {
    const before = await counts();
    const input = () => ({
      ...onBehalf({ title: "Thôn vận động gửi hai lần có tệp" }),
      requestKey: "entry-evidence-twice-0001",
      files: [file(PDF, "Biên bản.pdf")],
    });
    const [a, b] = await Promise.all([
      registerOnBehalf(w.communeReviewer, input()),
      registerOnBehalf(w.communeReviewer, input()),
    ]);
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
    const after = await counts();
    expect([after.models, after.attachments, after.stored]).toEqual([
      before.models + 1,
      before.attachments + 1,
      before.stored + 1,
    ]);
  });

  it("stores evidence with a historic entry", async () => {
    const r = await recordHistoricModel(w.districtReviewer, {
      ...historic({ ownerUnitId: String(w.tree.grassroots.id), title: "Chi bộ làm nhà văn hoá có biên bản 2024" }),
      files: [file(PDF, "Quyết định công nhận 2024.pdf")],
    });
    if (!r.ok) throw new Error(r.message);
    expect(await prisma.attachment.findMany({ where: { modelId: r.id }, select: { fileName: true } })).toEqual([
      { fileName: "Quyết định công nhận 2024.pdf" },
    ]);
  });

  it("saves nothing when one file is refused, naming each refused file; nor over 10 MB or more than 10 files", async () => {
    const before = await counts();
    const bad = await registerOnBehalf(w.communeReviewer, {
      ...onBehalf({ title: "Thôn vận động với một tệp đổi tên" }),
      files: [file(PDF, "Biên bản.pdf"), file(TEXT, "Ảnh giả.jpg"), photo(MAX_UPLOAD_BYTES + 1, "Ảnh quá lớn.jpg")],
    });
    expect(bad).toEqual({
      ok: false,
      code: "invalid",
      message: uploadsText.invalid,
      fieldErrors: {
        files: [uploadsText.mismatch("Ảnh giả.jpg", uploadsText.kinds.jpeg), uploadsText.tooLarge("Ảnh quá lớn.jpg")],
      },
    });
    expect(await counts()).toEqual(before);

    const many = await recordHistoricModel(w.communeReviewer, {
      ...historic({ title: "Mười một tệp" }),
      files: Array.from({ length: 11 }, (_, i) => file(PDF, `Biên bản ${i + 1}.pdf`)),
    });
    expect(many).toMatchObject({ ok: false, code: "invalid", fieldErrors: { files: [uploadsText.tooMany] } });
    // A refused entry (here: the unit is outside the subtree) writes no file either.
    const outside = await registerOnBehalf(w.communeReviewer, {
      ...onBehalf({ ownerUnitId: String(w.tree.otherGrassroots.id) }),
      files: [file(PDF, "Biên bản.pdf")],
    });
    expect(outside).toMatchObject({ ok: false, code: "not_found" });
    expect(await counts()).toEqual(before);
  });
});

describe("searchEntryUnits", () => {
  it("offers units below the committee today, searched without diacritics; nothing outside", async () => {
    const all = await searchEntryUnits(w.communeReviewer, undefined);
    expect(all.map((u) => u.id)).toContain(w.tree.grassrootsDirect.id);
    expect(all.map((u) => u.id)).not.toContain(w.tree.communeDirect.id);
    expect(all.map((u) => u.id)).not.toContain(w.tree.grassroots.id);
    expect((await searchEntryUnits(w.communeReviewer, "na leng")).map((u) => u.id)).toEqual([
      w.tree.grassrootsDirect.id,
    ]);
    expect(await searchEntryUnits(w.cadre, "na leng")).toEqual([]);
  });
});
