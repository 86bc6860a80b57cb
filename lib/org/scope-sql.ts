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

/**
 * The history a unit of today's tree answers for (ADR 0025's successor rule, for per-unit figures): the
 * unit itself and every closed unit of its level that merged into it, directly or through another merged
 * unit (its lineage holds the unit). A commune formed on 1 July 2025 thus shows the reviews of the old
 * communes it absorbed, and a grassroots cell the models of the cells merged into it. `x` and `k` are
 * SQL aliases of "Unit" rows (or of rows with `id` and `level`); `x` is tested against `k`.
 */
export function answersForSql(x: string, k: string): Prisma.Sql {
  for (const a of [x, k]) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) throw new Error(`Bí danh SQL không hợp lệ: ${a}`);
  const [X, K] = [Prisma.raw(`"${x}"`), Prisma.raw(`"${k}"`)];
  return Prisma.sql`(${X}.id = ${K}.id OR (${X}.lineage @> ARRAY[${K}.id]::integer[] AND ${X}.level::text = ${K}.level::text AND ${X}."validTo" IS NOT NULL))`;
}
