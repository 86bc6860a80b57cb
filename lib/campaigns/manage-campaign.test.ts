import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/types";
import { createModel, createOrgTree, createUser, type OrgTree } from "@/tests/fixtures";
import { createCampaignDraft, getCampaign, listCampaigns, setCampaignStatus, updateCampaign } from "./manage-campaign";

let tree: OrgTree;
let other: OrgTree;
let officer: Actor;
let otherOfficer: Actor;
let admin: Actor;
const actorAt = async (role: Role, unitId: number) => {
  const u = await createUser(prisma, { role, unitId });
  return (await loadActor(u.id, 0))!;
};
const input = (over: Record<string, unknown> = {}) => ({
  code: `DVK-${Math.random().toString(36).slice(2, 8)}`,
  name: "Phong trào “Dân vận khéo” năm 2027",
  startDate: "01/01/2027",
  endDate: "31/12/2027",
  registrationDeadline: "30/06/2027",
  guidanceRef: "Hướng dẫn số 12-HD/BDVTU ngày 05/01/2027",
  targets: "100% chi bộ cơ sở đăng ký ít nhất 1 mô hình",
  criteria: "HQ | Hiệu quả | 40\nST | Sáng tạo | 30\nNR | Khả năng nhân rộng | 30",
  ...over,
});

beforeAll(async () => {
  tree = await createOrgTree(prisma);
  other = await createOrgTree(prisma);
  officer = await actorAt("PROVINCE_OFFICER", tree.province.id);
  otherOfficer = await actorAt("PROVINCE_OFFICER", other.province.id);
  admin = await actorAt("ADMIN", tree.province.id);
});

describe("campaigns", () => {
  it("the province officer creates one for its province (planned), with weighted criteria, audited", async () => {
    expect(await createCampaignDraft(officer, input({ ownerUnitId: other.province.id }))).toMatchObject({
      reason: "not-found",
    });
    const r = await createCampaignDraft(officer, input());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = await prisma.campaign.findUniqueOrThrow({
      where: { id: r.id },
      include: { criteria: { orderBy: { sortOrder: "asc" } } },
    });
    expect(c).toMatchObject({
      status: "PLANNED",
      ownerUnitId: tree.province.id,
      targets: "100% chi bộ cơ sở đăng ký ít nhất 1 mô hình",
    });
    expect(c.registrationDeadline?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(c.criteria.map((x) => [x.code, x.maxScore])).toEqual([
      ["HQ", 40],
      ["ST", 30],
      ["NR", 30],
    ]);
    expect(await prisma.auditLog.count({ where: { action: "campaign.create", entityId: String(r.id) } })).toBe(1);
  });

  it("refuses bad input with Vietnamese messages", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ endDate: "01/01/2026" }, "endDate", /sau ngày bắt đầu/],
      [{ registrationDeadline: "01/02/2028" }, "registrationDeadline", /trong thời gian/],
      [{ criteria: "HQ Hiệu quả" }, "criteria", /Dòng 1/],
      [{ criteria: "HQ | A | 10\nHQ | B | 10" }, "criteria", /bị trùng/],
      [{ startDate: "32/13/2027" }, "startDate", /không hợp lệ/],
      // A day that does not exist is not rolled over to another (31/02 → 03/03).
      [{ endDate: "31/02/2026" }, "endDate", /Ngày kết thúc: ngày không hợp lệ/],
      [{ startDate: "2027-04-31" }, "startDate", /không hợp lệ/],
    ];
    const before = await prisma.campaign.count();
    for (const [over, field, msg] of cases) {
      const r = await createCampaignDraft(officer, input(over));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.[field]?.[0], field).toMatch(msg);
    }
    // A start that is not a day: said once, not also "the end must come after the start".
    const noStart = await createCampaignDraft(officer, input({ startDate: "31/02/2026" }));
    expect(noStart).toMatchObject({ ok: false, fieldErrors: { startDate: ["Ngày bắt đầu: ngày không hợp lệ."] } });
    expect(noStart.ok ? {} : noStart.fieldErrors).not.toHaveProperty("endDate");
    expect(noStart.ok ? {} : noStart.fieldErrors).not.toHaveProperty("registrationDeadline");
    expect(await prisma.campaign.count()).toBe(before);
  });

  it("opens and closes; an illegal transition and a stale version change nothing", async () => {
    const r = await createCampaignDraft(officer, input());
    if (!r.ok) throw new Error(r.message);
    expect(await setCampaignStatus(officer, { id: r.id, version: 0, status: "CLOSED" })).toMatchObject({
      reason: "illegal",
    });
    expect(await setCampaignStatus(officer, { id: r.id, version: 0, status: "OPEN" })).toEqual({ ok: true });
    expect(await setCampaignStatus(officer, { id: r.id, version: 0, status: "CLOSED" })).toMatchObject({
      reason: "conflict",
    });
    expect(await setCampaignStatus(officer, { id: r.id, version: 1, status: "CLOSED" })).toEqual({ ok: true });
    expect(await prisma.campaign.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: "CLOSED",
      version: 2,
    });
  });

  it("edits keep criterion codes; concurrent edits do not overwrite", async () => {
    const r = await createCampaignDraft(officer, input());
    if (!r.ok) throw new Error(r.message);
    const edit = {
      id: r.id,
      version: 0,
      ...input({ name: "Tên mới của đợt", criteria: "HQ | Hiệu quả thực tế | 50\nST | Sáng tạo | 50" }),
    };
    expect(await updateCampaign(officer, edit)).toEqual({ ok: true });
    expect(await updateCampaign(officer, { ...edit, name: "Ghi đè" })).toMatchObject({ reason: "conflict" });
    const c = await getCampaign(officer, r.id);
    expect(c).toMatchObject({ name: "Tên mới của đợt", version: 1 });
    expect(c!.criteria.find((x) => x.code === "HQ")).toMatchObject({ name: "Hiệu quả thực tế", maxScore: 50 });
    // The line left out (never scored) is gone, not kept behind a "saved".
    expect(c!.criteria.map((x) => x.code)).toEqual(["HQ", "ST"]);
    const event = await prisma.auditLog.findFirstOrThrow({
      where: { action: "campaign.update", entityId: String(r.id) },
    });
    expect(event.data).toMatchObject({
      before: { name: "Phong trào “Dân vận khéo” năm 2027" },
      after: { name: "Tên mới của đợt" },
    });
  });

  it("a criterion models were scored on cannot be left out: named, nothing saved", async () => {
    const r = await createCampaignDraft(officer, input());
    if (!r.ok) throw new Error(r.message);
    const nr = await prisma.criterion.findFirstOrThrow({ where: { campaignId: r.id, code: "NR" } });
    const model = await createModel(prisma, { ownerUnitId: tree.grassroots.id, campaignId: r.id, state: "RECOGNIZED" });
    const reviewer = await createUser(prisma, { role: "COMMUNE_REVIEWER", unitId: tree.commune.id });
    await prisma.score.create({
      data: { modelId: model.id, criterionId: nr.id, reviewerId: reviewer.id, level: "COMMUNE", score: 20 },
    });
    const before = await getCampaign(officer, r.id);
    const res = await updateCampaign(officer, {
      id: r.id,
      version: 0,
      ...input({ name: "Tên khác", criteria: "HQ | Hiệu quả | 50\nST | Sáng tạo | 50" }),
    });
    expect(res).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        criteria: [
          "Tiêu chí “NR” đã được dùng để chấm điểm mô hình nên không bỏ được (sửa tên hoặc điểm tối đa thì được).",
        ],
      },
    });
    expect(await getCampaign(officer, r.id)).toEqual(before);
  });

  it("another province's officer and every other role get not found; nothing changes", async () => {
    const r = await createCampaignDraft(officer, input());
    if (!r.ok) throw new Error(r.message);
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id: r.id } });
    const audits = await prisma.auditLog.count();
    const others = [
      otherOfficer,
      await actorAt("COMMUNE_REVIEWER", tree.commune.id),
      await actorAt("UNIT_CADRE", tree.grassroots.id),
    ];
    for (const a of others) {
      expect(await setCampaignStatus(a, { id: r.id, version: 0, status: "OPEN" })).toMatchObject({
        reason: "not-found",
      });
      expect(await updateCampaign(a, { id: r.id, version: 0, ...input({ name: "Lén sửa" }) })).toMatchObject({
        reason: "not-found",
      });
      expect(await getCampaign(a, r.id)).toBeNull();
      expect((await listCampaigns(a))?.some((c) => c.id === r.id) ?? false).toBe(false);
    }
    expect(await createCampaignDraft(others[1], input())).toMatchObject({ reason: "not-found" });
    expect(await prisma.campaign.findUniqueOrThrow({ where: { id: r.id } })).toEqual(row);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("the administrator manages every province's campaigns and must name the province", async () => {
    expect(await createCampaignDraft(admin, input())).toMatchObject({
      fieldErrors: { ownerUnitId: ["Vui lòng chọn tỉnh."] },
    });
    const r = await createCampaignDraft(admin, input({ ownerUnitId: other.province.id }));
    if (!r.ok) throw new Error(r.message);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: r.id } })).ownerUnitId).toBe(other.province.id);
    expect(await setCampaignStatus(admin, { id: r.id, version: 0, status: "OPEN" })).toEqual({ ok: true });
    expect(await getCampaign(otherOfficer, r.id)).not.toBeNull();
    expect(await getCampaign(officer, r.id)).toBeNull();
  });
});
