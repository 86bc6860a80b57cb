import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_PERMISSIONS } from "@/lib/permissions";
import type { NotificationKey, NotificationParams } from "./render-notification";

/**
 * Tells the cadres of the unit that owns a model (active users of role UNIT_CADRE at Model.ownerUnitId)
 * that something happened to it. Called with the transaction of the change, so a rolled-back step
 * notifies nobody. Returns the number of notifications written.
 */
export async function notifyModelOwners(
  tx: Tx,
  model: { id: number; ownerUnitId: number },
  messageKey: NotificationKey,
  params: NotificationParams,
): Promise<number> {
  const cadres = await tx.user.findMany({
    where: { unitId: model.ownerUnitId, role: "UNIT_CADRE", disabled: false },
    select: { id: true },
  });
  return write(tx, cadres, model.id, messageKey, params);
}

/** The roles whose holders review what their committee holds (today: commune, district, province). */
export const REVIEWING_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) =>
  ROLE_PERMISSIONS[r].includes("review:model:subtree"),
);

/**
 * Tells the reviewers of the committee that now holds a model (active users of a reviewing role at
 * Model.reviewUnitId) that a dossier waits for them: submitted, resubmitted, or proposed up to them.
 * In the transaction of the change, like notifyModelOwners.
 */
export async function notifyCommitteeReviewers(
  tx: Tx,
  model: { id: number; reviewUnitId: number },
  messageKey: NotificationKey,
  params: NotificationParams,
): Promise<number> {
  const reviewers = await tx.user.findMany({
    where: { unitId: model.reviewUnitId, role: { in: REVIEWING_ROLES }, disabled: false },
    select: { id: true },
  });
  return write(tx, reviewers, model.id, messageKey, params);
}

async function write(
  tx: Tx,
  users: { id: number }[],
  modelId: number,
  messageKey: NotificationKey,
  params: NotificationParams,
) {
  if (users.length === 0) return 0;
  const json = Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== ""),
  ) as Prisma.InputJsonObject;
  const { count } = await tx.notification.createMany({
    data: users.map((u) => ({ userId: u.id, modelId, messageKey, params: json })),
  });
  return count;
}
