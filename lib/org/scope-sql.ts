// unitSubtreeWhere (lib/permissions.ts) as a raw SQL fragment, for reports written with $queryRaw
// (dashboards, exports). Same rule, same GIN index; lib/permissions.test.ts checks they agree.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/types";

/** `unit` is the SQL alias of the "Unit" row to test, e.g. `unitScopeSql(actor, "u")`. */
export function unitScopeSql(actor: Pick<Actor, "role" | "unitId">, unit: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(unit)) throw new Error(`Bí danh SQL không hợp lệ: ${unit}`);
  const col = Prisma.raw(`"${unit}"`);
  switch (actor.role) {
    case "ADMIN":
      return Prisma.sql`TRUE`;
    case "UNIT_CADRE":
      return Prisma.sql`${col}.id = ${actor.unitId}`;
    default:
      return Prisma.sql`${col}.lineage @> ARRAY[${actor.unitId}]::integer[]`;
  }
}
