import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export type AuditEntry = {
  /** Null when nobody is signed in (e.g. a failed login for an unknown username). */
  actorId: number | null;
  /** Dotted verb, e.g. "auth.login.success", "model.recognize". */
  action: string;
  /** Prisma model name, e.g. "User", "Model". */
  entity: string;
  entityId?: string | number | bigint | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
};

/**
 * Appends one AuditLog row. Pass the transaction client of the change being audited so the
 * event and the change commit or roll back together (the table itself refuses UPDATE and DELETE).
 */
export async function audit(tx: Pick<Tx, "auditLog">, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      data: entry.data ?? {},
      ip: entry.ip ?? null,
    },
  });
}
