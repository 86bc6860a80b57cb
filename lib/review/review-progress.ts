import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { can, unitSubtreeWhere } from "@/lib/permissions";
import { isCurrent } from "@/lib/org/eras";
import { compareVi } from "@/lib/format";
import { answersForSql } from "@/lib/org/scope-sql";

export type CommitteeProgress = {
  unitId: number;
  unitName: string;
  level: UnitLevel;
  kind: UnitKind;
  /** Models registered with or proposed to the committee (pending + reviewed). */
  received: number;
  /** Models the committee decided on: recognized (including those since proposed upward), not recognized, sent back for revision. */
  reviewed: number;
  /** Models waiting for the committee: submitted, proposed to it, under review. */
  pending: number;
  /** Days the oldest pending model has waited; null when nothing is pending. */
  oldestPendingDays: number | null;
  /** Received something and has nothing pending. */
  done: boolean;
  /**
   * The committee also answers for closed committees merged into it (answersForSql). Its counts are then
   * sums over several committees, and a model that passed from one of them to another counts for both.
   */
  answersForMerged: boolean;
};

export type ReviewProgress = { committees: CommitteeProgress[]; reviewedCount: number; total: number };

const DAY_MS = 86_400_000;
const optionalId = z.preprocess((v) => (v === "" || v == null ? undefined : v), dbId().optional());
const Input = z.object({ campaignId: optionalId, unitId: optionalId });

/**
 * Review progress of the committees directly below the actor's unit in today's tree (a province sees
 * its communes and district-level units: "13/14 đã thẩm định"), for one campaign or all. With `unitId`,
 * below that unit instead, when it is in the actor's subtree (unitSubtreeWhere); else nothing.
 */
export async function reviewProgress(
  actor: Actor,
  input: { campaignId?: number | string; unitId?: number | string } = {},
): Promise<ReviewProgress> {
  const empty: ReviewProgress = { committees: [], reviewedCount: 0, total: 0 };
  if (!can(actor, "view:review-progress:subtree")) return empty;
  const parsed = Input.safeParse(input);
  if (!parsed.success) return empty;
  const { campaignId, unitId } = parsed.data;
  if (unitId !== undefined && unitId !== actor.unitId) {
    const inScope = await prisma.unit.findFirst({ where: { AND: [{ id: unitId }, unitSubtreeWhere(actor)] } });
    if (!inScope) return empty;
  }

  const now = new Date();
  const children = (
    await prisma.unit.findMany({
      where: { parentId: unitId ?? actor.unitId, level: { in: ["COMMUNE", "DISTRICT"] } },
      select: { id: true, name: true, level: true, kind: true, validFrom: true, validTo: true },
    })
  ).filter((u) => isCurrent(u, now));
  if (children.length === 0) return empty;
  const ids = children.map((c) => c.id);
  const campaign = (alias: string) =>
    campaignId ? Prisma.sql`AND ${Prisma.raw(alias)}."campaignId" = ${campaignId}` : Prisma.empty;

  // One pass: the committees' counts from their summary (DashCommittee, kept by triggers, ADR 0053) and
  // the oldest waiting model of each, one probe of the partial index of pending models per unit. A
  // committee answers for the closed committees merged into it (answersForSql): after the 2025
  // reorganisation, imported and earlier reviews were made by the old communes.
  const rows = await prisma.$queryRaw<
    { unitId: number; pending: number; decided: number; movedOn: number; oldest: Date | null; merged: boolean }[]
  >(Prisma.sql`
    SELECT c.id AS "unitId", COALESCE(s.pending, 0) AS pending, COALESCE(s.decided, 0) AS decided,
      COALESCE(s."movedOn", 0) AS "movedOn", o.oldest,
      EXISTS (SELECT 1 FROM "Unit" x WHERE x.id <> c.id AND ${answersForSql("x", "c")}) AS merged
    FROM "Unit" c
    LEFT JOIN LATERAL (
      SELECT sum(d.pending)::float8 AS pending, sum(d."heldReviewed")::float8 AS decided, sum(d."movedOn")::float8 AS "movedOn"
      FROM "DashCommittee" d WHERE d."unitId" IN (SELECT x.id FROM "Unit" x WHERE ${answersForSql("x", "c")})
        ${campaign("d")}) s ON true
    LEFT JOIN LATERAL (
      SELECT min(w.oldest) AS oldest FROM "Unit" x CROSS JOIN LATERAL (
        SELECT m."stateChangedAt" AS oldest FROM "Model" m
        WHERE m."reviewUnitId" = x.id AND m.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED') ${campaign("m")}
        ORDER BY m."stateChangedAt" LIMIT 1) w
      WHERE ${answersForSql("x", "c")}) o ON true
    WHERE c.id = ANY (${ids}::int[])`);

  const committees = children
    .map((c): CommitteeProgress => {
      const h = rows.find((x) => x.unitId === c.id);
      const pending = Number(h?.pending ?? 0);
      // Decided while held, plus recognized here and since proposed upward (held elsewhere now).
      const reviewed = Number(h?.decided ?? 0) + Number(h?.movedOn ?? 0);
      const received = pending + reviewed;
      return {
        unitId: c.id,
        unitName: c.name,
        level: c.level,
        kind: c.kind,
        received,
        reviewed,
        pending,
        oldestPendingDays: h?.oldest
          ? Math.max(0, Math.floor((now.getTime() - new Date(h.oldest).getTime()) / DAY_MS))
          : null,
        done: received > 0 && pending === 0,
        answersForMerged: Boolean(h?.merged),
      };
    })
    // Latest first: the committee with the oldest waiting model on top, then the others by name.
    .sort((a, b) => (b.oldestPendingDays ?? -1) - (a.oldestPendingDays ?? -1) || compareVi(a.unitName, b.unitName));
  return { committees, reviewedCount: committees.filter((c) => c.done).length, total: committees.length };
}
