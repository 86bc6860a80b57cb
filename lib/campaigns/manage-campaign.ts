import "server-only";
// Campaigns (đợt thi đua) edited in the browser: the province officer for its own province, the
// administrator for every province. Another province's campaign, or a wrong role, is "not found".
import type { CampaignStatus, Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";
import { parseDbId } from "@/lib/validation/text";
import { fieldErrorsOf, type FieldErrors } from "@/lib/accounts/schema";
import { CampaignInput } from "./schema";

export type CampaignResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: "not-found" | "invalid" | "conflict" | "illegal"; message: string; fieldErrors?: FieldErrors };

export const CAMPAIGN_NOT_FOUND = "Không tìm thấy đợt thi đua.";
const notFound = { ok: false, reason: "not-found", message: CAMPAIGN_NOT_FOUND } as const;
const CHECK = "Vui lòng kiểm tra các trường được đánh dấu.";
const criterionInUse = (codes: string) =>
  `Tiêu chí ${codes} đã được dùng để chấm điểm mô hình nên không bỏ được (sửa tên hoặc điểm tối đa thì được).`;
const CONFLICT = "Đợt thi đua vừa được người khác thay đổi. Tải lại trang để xem bản mới nhất.";

export function mayManageCampaigns(actor: Actor): boolean {
  return can(actor, "manage:campaign:province") || (actor.role === "ADMIN" && can(actor, "manage:list:all"));
}

/** The campaigns the actor manages: its own province's (officer), every one (administrator). */
export function campaignScope(actor: Actor): Prisma.CampaignWhereInput {
  if (actor.role === "ADMIN") return {};
  return { ownerUnit: { path: { startsWith: actor.unitPath } } };
}

/** Allowed status changes: planned → open, open → closed, closed → open again (a late round). */
export const CAMPAIGN_TRANSITIONS: Record<CampaignStatus, readonly CampaignStatus[]> = {
  PLANNED: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: ["OPEN"],
};

async function ownerFor(actor: Actor, requested?: number): Promise<number | null> {
  if (actor.role !== "ADMIN") return actor.unitLevel === "PROVINCE" ? actor.unitId : null;
  if (!requested) return null;
  const unit = await prisma.unit.findFirst({
    where: { id: requested, level: "PROVINCE", validTo: null },
    select: { id: true },
  });
  return unit?.id ?? null;
}

const snapshot = (c: {
  code: string;
  name: string;
  startDate: Date;
  endDate: Date;
  registrationDeadline: Date | null;
  guidanceRef: string | null;
  targets: string | null;
  status: CampaignStatus;
}) => ({
  code: c.code,
  name: c.name,
  startDate: c.startDate,
  endDate: c.endDate,
  registrationDeadline: c.registrationDeadline,
  guidanceRef: c.guidanceRef,
  targets: c.targets,
  status: c.status,
});

export async function createCampaignDraft(actor: Actor, input: unknown): Promise<CampaignResult<{ id: number }>> {
  if (!mayManageCampaigns(actor)) return notFound;
  const parsed = CampaignInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, reason: "invalid", message: CHECK, fieldErrors: fieldErrorsOf(parsed.error) };
  const { criteria, ownerUnitId: requested, ...data } = parsed.data;
  // A province officer naming another province's unit gets what any out-of-scope object gets.
  if (actor.role !== "ADMIN" && requested && requested !== actor.unitId) return notFound;
  const ownerUnitId = await ownerFor(actor, requested);
  if (!ownerUnitId)
    return { ok: false, reason: "invalid", message: CHECK, fieldErrors: { ownerUnitId: ["Vui lòng chọn tỉnh."] } };
  if (await prisma.campaign.findUnique({ where: { code: data.code }, select: { id: true } })) {
    return { ok: false, reason: "invalid", message: CHECK, fieldErrors: { code: ["Mã đợt đã được dùng."] } };
  }
  return prisma.$transaction(async (tx) => {
    const c = await tx.campaign.create({
      data: {
        ...data,
        guidanceRef: data.guidanceRef || null,
        targets: data.targets || null,
        registrationDeadline: data.registrationDeadline ?? null,
        status: "PLANNED",
        ownerUnitId,
        criteria: { create: criteria.map((cr, i) => ({ ...cr, sortOrder: i + 1 })) },
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: "campaign.create",
      entity: "Campaign",
      entityId: c.id,
      data: { after: { ...snapshot(c), criteria } },
    });
    return { ok: true, id: c.id } as const;
  });
}

export async function updateCampaign(
  actor: Actor,
  input: { id: unknown; version: unknown } & Record<string, unknown>,
): Promise<CampaignResult> {
  if (!mayManageCampaigns(actor)) return notFound;
  const id = parseDbId(input.id);
  const version = Number(input.version);
  if (id === null) return notFound;
  if (!Number.isInteger(version) || version < 0 || version > 2_147_483_647)
    return { ok: false, reason: "conflict", message: CONFLICT };
  const before = await prisma.campaign.findFirst({
    where: { id, ...campaignScope(actor) },
    include: { criteria: { orderBy: { sortOrder: "asc" } } },
  });
  if (!before) return notFound;
  const parsed = CampaignInput.safeParse({ ...input, code: before.code });
  if (!parsed.success)
    return { ok: false, reason: "invalid", message: CHECK, fieldErrors: fieldErrorsOf(parsed.error) };
  const { criteria, ownerUnitId: _ignored, ...data } = parsed.data;
  void _ignored;
  // A criterion left out of the list is removed, unless models were already scored on it (the scores
  // refer to it): then nothing is saved and the line is named.
  const kept = new Set(criteria.map((c) => c.code));
  const removed = before.criteria.filter((c) => !kept.has(c.code));
  return prisma.$transaction(async (tx) => {
    if (removed.length) {
      const used = await tx.score.groupBy({
        by: ["criterionId"],
        where: { criterionId: { in: removed.map((c) => c.id) } },
        _count: { _all: true },
      });
      if (used.length) {
        const names = removed.filter((c) => used.some((u) => u.criterionId === c.id)).map((c) => `“${c.code}”`);
        return {
          ok: false,
          reason: "invalid",
          message: CHECK,
          fieldErrors: { criteria: [criterionInUse(names.join(", "))] },
        } as const;
      }
    }
    const { count } = await tx.campaign.updateMany({
      where: { id, version },
      data: {
        name: data.name,
        startDate: data.startDate,
        endDate: data.endDate,
        registrationDeadline: data.registrationDeadline ?? null,
        guidanceRef: data.guidanceRef || null,
        targets: data.targets || null,
        version: { increment: 1 },
      },
    });
    if (count !== 1) return { ok: false, reason: "conflict", message: CONFLICT } as const;
    // Criteria keep their codes (scores refer to them): known codes are renamed/reweighted, new ones added,
    // those left out (never scored, checked above) removed.
    if (removed.length) await tx.criterion.deleteMany({ where: { id: { in: removed.map((c) => c.id) } } });
    for (const [i, cr] of criteria.entries()) {
      await tx.criterion.upsert({
        where: { campaignId_code: { campaignId: id, code: cr.code } },
        update: { name: cr.name, maxScore: cr.maxScore, sortOrder: i + 1 },
        create: { campaignId: id, ...cr, sortOrder: i + 1 },
      });
    }
    const after = await tx.campaign.findUniqueOrThrow({ where: { id } });
    await audit(tx, {
      actorId: actor.userId,
      action: "campaign.update",
      entity: "Campaign",
      entityId: id,
      data: {
        before: {
          ...snapshot(before),
          criteria: before.criteria.map((c) => ({ code: c.code, name: c.name, maxScore: c.maxScore })),
        },
        after: { ...snapshot(after), criteria },
      },
    });
    return { ok: true } as const;
  });
}

export async function setCampaignStatus(
  actor: Actor,
  input: { id: unknown; version: unknown; status: unknown },
): Promise<CampaignResult> {
  if (!mayManageCampaigns(actor)) return notFound;
  const id = parseDbId(input.id);
  if (id === null) return notFound;
  const version = Number(input.version);
  if (!Number.isInteger(version) || version < 0 || version > 2_147_483_647)
    return { ok: false, reason: "conflict", message: CONFLICT };
  const before = await prisma.campaign.findFirst({ where: { id, ...campaignScope(actor) } });
  if (!before) return notFound;
  const status = input.status as CampaignStatus;
  if (typeof input.status !== "string" || !CAMPAIGN_TRANSITIONS[before.status].includes(status)) {
    return { ok: false, reason: "illegal", message: "Không thể chuyển đợt thi đua sang trạng thái này." };
  }
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.campaign.updateMany({
      where: { id, version },
      data: { status, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "conflict", message: CONFLICT } as const;
    await audit(tx, {
      actorId: actor.userId,
      action: `campaign.${status === "CLOSED" ? "close" : "open"}`,
      entity: "Campaign",
      entityId: id,
      data: { before: { status: before.status }, after: { status } },
    });
    return { ok: true } as const;
  });
}

export async function listCampaigns(actor: Actor) {
  if (!mayManageCampaigns(actor)) return null;
  return prisma.campaign.findMany({
    where: campaignScope(actor),
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    select: {
      id: true,
      code: true,
      name: true,
      status: true,
      startDate: true,
      endDate: true,
      registrationDeadline: true,
      ownerUnit: { select: { name: true } },
    },
  });
}

export async function getCampaign(actor: Actor, id: number) {
  if (!mayManageCampaigns(actor) || !Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  return prisma.campaign.findFirst({
    where: { id, ...campaignScope(actor) },
    include: { criteria: { orderBy: { sortOrder: "asc" } }, ownerUnit: { select: { name: true } } },
  });
}
