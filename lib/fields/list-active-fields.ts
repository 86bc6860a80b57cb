import "server-only";
import { prisma } from "@/lib/db/client";

/** The active fields of activity in their configured order (forms and filters everywhere). */
export function listActiveFields() {
  return prisma.field.findMany({
    where: { active: true },
    select: { id: true, code: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
