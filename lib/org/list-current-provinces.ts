import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";

/** Today's provinces, for the administrator choosing whose campaign it is (anyone else gets none). */
export async function listCurrentProvinces(actor: Actor) {
  if (!can(actor, "manage:org:all")) return [];
  return prisma.unit.findMany({
    where: { level: "PROVINCE", validTo: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
