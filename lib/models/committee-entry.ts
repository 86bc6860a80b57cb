import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/types";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { eligibleCampaignsWhere } from "@/lib/campaigns/eligible-campaigns";
import { isCurrent } from "@/lib/org/eras";
import { unitLevelLabels } from "@/lib/i18n/vi";
import { fail, type Fail, type FieldErrors } from "@/lib/result";
import { findAllowedCommittees } from "./allowed-committees";
import { ownerSnapshot, type OwnerSnapshot } from "./owner-snapshot";
import { mvi } from "@/lib/i18n/models";

/**
 * What a committee's own entries for a unit (registration on behalf, historic entry; ADR 0052) share:
 * the unit must be below the committee in TODAY's tree and in force, and the committee must be one the
 * unit may register with. Levels a committee acts at: its unit's level.
 */
export const COMMITTEE_ROLES = ["COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER"] as const;

export type EntryUnit = OwnerSnapshot & { id: number; path: string };

export const UNIT_NOT_IN_SCOPE = "Không tìm thấy đơn vị trong phạm vi của bạn.";

/** The owner unit, scoped: outside the actor's subtree (or the actor's own unit, or closed) it does not exist. */
export async function loadEntryUnit(actor: Actor, ownerUnitId: number, db: Tx = prisma): Promise<EntryUnit | Fail> {
  const unit = await db.unit.findFirst({
    where: { id: ownerUnitId, path: { startsWith: actor.unitPath }, NOT: { id: actor.unitId } },
    select: { id: true, path: true, validFrom: true, validTo: true },
  });
  if (!unit || !isCurrent(unit)) return fail("not_found", UNIT_NOT_IN_SCOPE, { ownerUnitId: [UNIT_NOT_IN_SCOPE] });
  const committees = await findAllowedCommittees(unit.id, db);
  if (!committees.some((c) => c.id === actor.unitId))
    return fail("invalid", mvi.errors.invalid, { ownerUnitId: [mvi.errors.committeeNotAllowed] });
  return { id: unit.id, path: unit.path, ...(await ownerSnapshot(unit.id, db)) };
}

/** The campaign, if the owner unit's models may belong to it (run by a unit on the owner's path). */
export function loadEntryCampaign(unit: Pick<EntryUnit, "path">, campaignId: number, db: Tx = prisma) {
  return db.campaign.findFirst({
    where: { id: campaignId, ...eligibleCampaignsWhere({ unitPath: unit.path }) },
    select: { id: true, status: true, registrationDeadline: true, startDate: true },
  });
}

export function campaignError(message: string): Fail {
  return fail("invalid", mvi.errors.invalid, { campaignId: [message] } satisfies FieldErrors);
}

export function activeField(fieldId: number, db: Tx = prisma) {
  return db.field.findFirst({ where: { id: fieldId, active: true }, select: { id: true } });
}

export type UnitChoice = { id: number; code: string; name: string; level: UnitLevel; parentName: string | null };

/**
 * The unit picker of these forms: units in force below the actor in today's tree, matching the search
 * (name without diacritics, or code); without a search, the nearest ones first.
 */
export async function searchEntryUnits(actor: Actor, q: string | undefined, take = 50): Promise<UnitChoice[]> {
  if (!COMMITTEE_ROLES.includes(actor.role as (typeof COMMITTEE_ROLES)[number])) return [];
  const term = q?.trim().slice(0, 100) ?? "";
  const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Unit"
    WHERE path LIKE ${`${actor.unitPath}%`} AND id <> ${actor.unitId}
      AND "validFrom" <= now() AND ("validTo" IS NULL OR "validTo" >= CURRENT_DATE)
      ${term ? Prisma.sql`AND (code = ${term} OR vn_fold(name) LIKE vn_fold(${like}))` : Prisma.empty}
    ORDER BY length(path), name COLLATE "vi-x-icu", id
    LIMIT ${take}`;
  const units = await prisma.unit.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, code: true, name: true, level: true, parent: { select: { name: true } } },
  });
  const order = new Map(rows.map((r, i) => [r.id, i]));
  return units
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((u) => ({ id: u.id, code: u.code, name: u.name, level: u.level, parentName: u.parent?.name ?? null }));
}

/** "Chi bộ thôn Nà Lẹng — xã Tân Lập (cơ sở)": how the picker names a unit. */
export function unitChoiceLabel(u: UnitChoice): string {
  const level = unitLevelLabels[u.level].toLowerCase();
  return u.parentName ? `${u.name} — ${u.parentName} (${level})` : `${u.name} (${level})`;
}
