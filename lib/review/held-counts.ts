import "server-only";
import { prisma } from "@/lib/db/client";
import type { ModelState, UnitLevel } from "@/lib/generated/prisma/enums";
import { MODEL_STATES } from "@/lib/workflow/state-machine";

/** dash_level_rank of the SQL (QueueCount.recLevel / typLevel; 0 = none). */
const LEVEL_RANK: Record<UnitLevel, number> = { PROVINCE: 1, DISTRICT: 2, COMMUNE: 3, GRASSROOTS: 4 };

/** Every state at 0. */
export function emptyStateCounts(): Record<ModelState, number> {
  return Object.fromEntries(MODEL_STATES.map((s) => [s, 0])) as Record<ModelState, number>;
}

export type HeldCounts = {
  /** The committee's received models per state (DRAFT is not received: always 0). */
  byState: Record<ModelState, number>;
  /** Recognized at the committee's level and still open to it (the queue's recognizedActionableWhere). */
  recognizedOpen: number;
};

/**
 * What one committee holds (Model.reviewUnitId), from the QueueCount summary the Model triggers keep exact
 * (ADR 0063): a few rows per committee, whatever its number of models. The queue's unfiltered chips and
 * total and the home card read this; any other filter counts the rows themselves.
 */
export async function heldCounts(unitId: number, level: UnitLevel): Promise<HeldCounts> {
  const rows = await prisma.queueCount.findMany({
    where: { reviewUnitId: unitId, n: { gt: 0 } },
    select: { state: true, recLevel: true, typLevel: true, n: true },
  });
  const byState = emptyStateCounts();
  let recognizedOpen = 0;
  const rank = LEVEL_RANK[level];
  for (const r of rows) {
    if (r.state === "DRAFT") continue;
    byState[r.state] += r.n;
    if (r.state === "RECOGNIZED" && r.recLevel === rank && (level !== "PROVINCE" || r.typLevel !== rank))
      recognizedOpen += r.n;
  }
  return { byState, recognizedOpen };
}
