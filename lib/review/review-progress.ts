import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { isCurrent } from "@/lib/org/eras";

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
};

export type ReviewProgress = { committees: CommitteeProgress[]; reviewedCount: number; total: number };

const DAY_MS = 86_400_000;
const Input = z.object({ campaignId: z.preprocess((v) => (v === "" || v == null ? undefined : v), dbId().optional()) });

/**
 * Review progress of the committees directly below the actor's unit in today's tree (a province sees
 * its communes and district-level units: "13/14 đã thẩm định"), for one campaign or all.
 */
export async function reviewProgress(
  actor: Actor,
  input: { campaignId?: number | string } = {},
): Promise<ReviewProgress> {
  const empty: ReviewProgress = { committees: [], reviewedCount: 0, total: 0 };
  if (!can(actor, "view:review-progress:subtree")) return empty;
  const parsed = Input.safeParse(input);
  if (!parsed.success) return empty;
  const { campaignId } = parsed.data;

  const now = new Date();
  const children = (
    await prisma.unit.findMany({
      where: { parentId: actor.unitId, level: { in: ["COMMUNE", "DISTRICT"] } },
      select: { id: true, name: true, level: true, kind: true, validFrom: true, validTo: true },
    })
  ).filter((u) => isCurrent(u, now));
  if (children.length === 0) return empty;
  const ids = children.map((c) => c.id);
  const campaign = campaignId ? Prisma.sql`AND m."campaignId" = ${campaignId}` : Prisma.empty;

  const [held, proposedOn] = await Promise.all([
    prisma.$queryRaw<{ unitId: number; pending: bigint; decided: bigint; oldest: Date | null }[]>(Prisma.sql`
      SELECT m."reviewUnitId" AS "unitId",
             count(*) FILTER (WHERE m.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED')) AS pending,
             count(*) FILTER (WHERE m.state IN ('RECOGNIZED', 'NOT_RECOGNIZED', 'NEEDS_REVISION')) AS decided,
             min(m."stateChangedAt") FILTER (WHERE m.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED')) AS oldest
      FROM "Model" m
      WHERE m."reviewUnitId" IN (${Prisma.join(ids)}) ${campaign}
      GROUP BY m."reviewUnitId"`),
    // Recognized by the committee and since proposed upward: reviewed here, held elsewhere now.
    prisma.$queryRaw<{ unitId: number; n: bigint }[]>(Prisma.sql`
      SELECT r."unitId" AS "unitId", count(DISTINCT r."modelId") AS n
      FROM "Recognition" r JOIN "Model" m ON m.id = r."modelId"
      WHERE r."unitId" IN (${Prisma.join(ids)}) AND m."reviewUnitId" <> r."unitId" ${campaign}
      GROUP BY r."unitId"`),
  ]);

  const committees = children
    .map((c): CommitteeProgress => {
      const h = held.find((x) => x.unitId === c.id);
      const pending = Number(h?.pending ?? 0);
      const reviewed = Number(h?.decided ?? 0) + Number(proposedOn.find((x) => x.unitId === c.id)?.n ?? 0);
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
      };
    })
    // Latest first: the committee with the oldest waiting model on top, then the others by name.
    .sort(
      (a, b) => (b.oldestPendingDays ?? -1) - (a.oldestPendingDays ?? -1) || a.unitName.localeCompare(b.unitName, "vi"),
    );
  return { committees, reviewedCount: committees.filter((c) => c.done).length, total: committees.length };
}
