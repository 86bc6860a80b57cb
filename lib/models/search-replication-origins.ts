import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { foldedContains } from "@/lib/db/search";
import { can } from "@/lib/permissions";
import { provinceScopePaths } from "./province-scope";
import { forbidden, type Result } from "@/lib/result";
import { SearchReplicationOriginsInput } from "./schema";

export type ReplicationOrigin = {
  id: number;
  code: string;
  title: string;
  kind: ModelKind;
  ownerUnitName: string;
  ownerAddress: string;
  recognizedLevel: UnitLevel;
  typicalLevel: UnitLevel | null;
};

/**
 * Picker for "replication of": models recognized (at any level) in the actor's province — and in the
 * provinces merged into it — whose title matches `q` without diacritics. Typical ones and higher
 * recognition first, then Vietnamese alphabetical order.
 */
export async function searchReplicationOrigins(
  actor: Actor,
  input: SearchReplicationOriginsInput = {},
): Promise<Result<{ items: ReplicationOrigin[] }>> {
  if (!can(actor, "register:model:own-unit")) return forbidden();
  const f = SearchReplicationOriginsInput.parse(input);
  const paths = await provinceScopePaths(actor.unitId);
  if (paths.length === 0) return { ok: true, items: [] };

  const inProvince = Prisma.join(
    paths.map((p) => Prisma.sql`"Unit".path LIKE ${`${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`),
    " OR ",
  );
  const rows = await prisma.$queryRaw<ReplicationOrigin[]>`
    SELECT "Model".id, "Model".code, "Model".title, "Model".kind::text AS kind, "Model"."ownerUnitName",
           "Model"."ownerAddress", "Model"."recognizedLevel"::text AS "recognizedLevel",
           "Model"."typicalLevel"::text AS "typicalLevel"
    FROM "Model" JOIN "Unit" ON "Unit".id = "Model"."ownerUnitId"
    WHERE "Model"."recognizedLevel" IS NOT NULL
      AND (${inProvince})
      ${f.q ? Prisma.sql`AND ${foldedContains('"Model"."title"', f.q.normalize("NFC"))}` : Prisma.empty}
      ${f.excludeId ? Prisma.sql`AND "Model".id <> ${f.excludeId}` : Prisma.empty}
    ORDER BY ("Model"."typicalLevel" IS NULL), ${levelRank('"Model"."typicalLevel"')} DESC,
             ${levelRank('"Model"."recognizedLevel"')} DESC, "Model".title COLLATE "vi-x-icu", "Model".id
    LIMIT ${f.limit ?? 20}`;
  return { ok: true, items: rows };
}

function levelRank(column: string): Prisma.Sql {
  return Prisma.sql`CASE ${Prisma.raw(column)} WHEN 'PROVINCE' THEN 3 WHEN 'DISTRICT' THEN 2 WHEN 'COMMUNE' THEN 1 ELSE 0 END`;
}
