/** Test-only helpers for lib/review: actors on any unit and a one-query fingerprint of everything a step could write. */
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Role, Unit } from "@/lib/generated/prisma/client";
import { actorOf } from "@/lib/models/test-world";
import { createUser } from "@/tests/fixtures";

export async function actorAt(unit: Unit, role: Role): Promise<Actor> {
  return actorOf(await createUser(prisma, { unitId: unit.id, role }), unit);
}

/** The model row and counts of every table a review step writes, for "nothing changed" assertions. */
export async function reviewFingerprint(modelId: number): Promise<string> {
  const [row] = await prisma.$queryRaw<{ f: string }[]>`
    SELECT json_build_object(
      'model', (SELECT row_to_json(m) FROM "Model" m WHERE m.id = ${modelId}),
      'events', (SELECT count(*) FROM "ReviewEvent" WHERE "modelId" = ${modelId}),
      'undone', (SELECT count(*) FROM "ReviewEvent" WHERE "modelId" = ${modelId} AND "undoneById" IS NOT NULL),
      'recognitions', (SELECT count(*) FROM "Recognition" WHERE "modelId" = ${modelId}),
      'typicals', (SELECT count(*) FROM "TypicalDesignation" WHERE "modelId" = ${modelId}),
      'scores', (SELECT count(*) FROM "Score" WHERE "modelId" = ${modelId}),
      'notifications', (SELECT count(*) FROM "Notification" WHERE "modelId" = ${modelId}),
      'audits', (SELECT count(*) FROM "AuditLog" WHERE entity = 'Model' AND "entityId" = ${String(modelId)})
    )::text AS f`;
  return row.f;
}
