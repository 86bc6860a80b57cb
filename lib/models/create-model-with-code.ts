import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { isUniqueViolation } from "@/lib/result";
import { allocateModelCode } from "./model-code";
import type { OwnerSnapshot } from "./owner-snapshot";
import type { PersonFields } from "./schema";

const CODE_ATTEMPTS = 3;

/** The browser's idempotency key of a form submission (a UUID in a hidden field), or null without one. */
export function requestKeyOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim().slice(0, 100) : null;
}

/**
 * Runs `write` in one transaction with the next registration number (see allocateModelCode). The
 * advisory lock makes a code clash unexpected; a retry with a fresh number still beats a 500 if one
 * slips through. When the submission's request key is taken (a double click that raced the first),
 * `replay` answers with what the first one created.
 */
export async function createModelWithCode<T>(
  write: (tx: Tx, code: string) => Promise<T>,
  { now, replay }: { now?: Date; replay?: () => Promise<T | null> } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => write(tx, await allocateModelCode(tx, now)));
    } catch (err) {
      if (replay && isUniqueViolation(err, "requestKey")) {
        const done = await replay();
        if (done) return done;
      }
      if (attempt < CODE_ATTEMPTS && isUniqueViolation(err, "code")) continue;
      throw err;
    }
  }
}

export type NewModelDossier = PersonFields & { title: string; fieldId: number };

/**
 * What every new model records, whoever enters it: the dossier's identity and person, the owner unit
 * with its name and address as of today (an individual's own address instead), and the committee it is
 * registered with, which also reviews it first.
 */
export function newModelData(
  code: string,
  dossier: NewModelDossier,
  owner: { id: number } & OwnerSnapshot,
  committee: { id: number; level: UnitLevel },
  createdById: number,
) {
  return {
    code,
    kind: dossier.kind,
    title: dossier.title,
    fieldId: dossier.fieldId,
    ownerUnitId: owner.id,
    ownerUnitName: owner.ownerUnitName,
    ownerAddress: dossier.kind === "INDIVIDUAL" ? dossier.address! : owner.ownerAddress,
    registeredWithUnitId: committee.id,
    registeredLevel: committee.level,
    reviewUnitId: committee.id,
    reviewLevel: committee.level,
    personHonorific: dossier.personHonorific ?? null,
    personName: dossier.personName ?? null,
    personPosition: dossier.personPosition ?? null,
    createdById,
  };
}

/**
 * A committee's own entry for a unit of its subtree (on behalf, historic; ADR 0052): registered with
 * and reviewed by the committee itself at its level, marked as entered on behalf, sent (and last
 * changed) at `at`.
 */
export function committeeEntryData(
  actor: Actor,
  code: string,
  dossier: NewModelDossier & { campaignId: number },
  owner: { id: number } & OwnerSnapshot,
  at: Date,
) {
  return {
    ...newModelData(code, dossier, owner, { id: actor.unitId, level: actor.unitLevel }, actor.userId),
    campaignId: dossier.campaignId,
    registeredOnBehalf: true,
    submittedAt: at,
    stateChangedAt: at,
  };
}
