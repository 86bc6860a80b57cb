import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKey, NotificationParams } from "./messages";

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
  if (cadres.length === 0) return 0;
  const json = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")) as Prisma.InputJsonObject;
  const { count } = await tx.notification.createMany({
    data: cadres.map((u) => ({ userId: u.id, modelId: model.id, messageKey, params: json })),
  });
  return count;
}
