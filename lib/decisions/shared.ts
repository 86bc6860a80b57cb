import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { Db, Tx } from "@/lib/db/client";
import type { Gender, Issuer, ModelKind, Prisma } from "@/lib/generated/prisma/client";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { addYearsIso, dateFromIso, vnTodayIso } from "@/lib/models/dates";
import { unitSubtreeWhere } from "@/lib/permissions";
import type { FieldErrors } from "@/lib/models/result";
import { formatNumberText, registerFor } from "./numbering";

/** Decisions the actor may see: those of issuers whose unit is in the actor's subtree. */
export function decisionScopeWhere(actor: Actor): Prisma.DecisionWhereInput {
  return { issuer: { unit: unitSubtreeWhere(actor) } };
}

export function issuerScopeWhere(actor: Actor): Prisma.IssuerWhereInput {
  return { unit: unitSubtreeWhere(actor) };
}

type Client = Db | Tx;

export type Numbering = { register: string; numberText: string };

/**
 * Register and number text for (issuer, number, date), or the field errors to show: the date at most one
 * year ahead, a term configured for Party issuers, and the number unused in that register.
 */
export async function checkNumbering(
  db: Client,
  issuer: Issuer,
  number: number,
  decisionDate: Date,
  exceptDecisionId?: number,
): Promise<{ numbering: Numbering } | { fieldErrors: FieldErrors }> {
  if (decisionDate.getTime() > dateFromIso(addYearsIso(vnTodayIso(), 1)).getTime()) {
    return { fieldErrors: { decisionDate: [M.dateTooFar] } };
  }
  const register = registerFor(issuer, decisionDate);
  if (!register) return { fieldErrors: { issuerId: [M.issuerNoTerm] } };
  const taken = await db.decision.findFirst({
    where: { issuerId: issuer.id, register, number, ...(exceptDecisionId ? { id: { not: exceptDecisionId } } : {}) },
    select: { id: true },
  });
  if (taken) {
    const next = await nextNumber(db, issuer.id, register);
    return { fieldErrors: { number: [M.numberTaken(register, issuer.name, next)] } };
  }
  return { numbering: { register, numberText: formatNumberText(issuer, number) } };
}

export async function nextNumber(db: Client, issuerId: number, register: string): Promise<number> {
  const agg = await db.decision.aggregate({ where: { issuerId, register }, _max: { number: true } });
  return (agg._max.number ?? 0) + 1;
}

type CandidateModel = {
  id: number;
  code: string;
  title: string;
  kind: ModelKind;
  recognizedLevel: string | null;
  ownerUnitName: string;
  ownerAddress: string;
  personHonorific: Gender | null;
  personName: string | null;
  personPosition: string | null;
};

export type HonoreeData = {
  modelId: number;
  kind: ModelKind;
  honorific: Gender | null;
  name: string;
  position: string | null;
  address: string;
  modelTitle: string;
};

/**
 * The honoree line as the model was registered: names and addresses are the registration's snapshot, so
 * a list made after the 2025 reorganisation still prints the unit names of the time.
 */
export function honoreeFromModel(m: CandidateModel): HonoreeData {
  if (m.kind === "COLLECTIVE") {
    return { modelId: m.id, kind: m.kind, honorific: null, name: m.ownerUnitName, position: null, address: m.ownerAddress, modelTitle: m.title };
  }
  return {
    modelId: m.id,
    kind: m.kind,
    honorific: m.personHonorific,
    name: m.personName ?? m.ownerUnitName,
    position: m.personPosition,
    address: m.ownerAddress,
    modelTitle: m.title,
  };
}

/**
 * Loads the models to add, scoped to the actor; each must exist in scope and be recognized. Returns the
 * honoree lines in the order given, or one Vietnamese message per problem naming the model.
 */
export async function eligibleHonorees(
  db: Client,
  modelScope: Prisma.ModelWhereInput,
  modelIds: number[],
): Promise<{ honorees: HonoreeData[] } | { errors: string[] }> {
  const unique = [...new Set(modelIds)];
  const rows = await db.model.findMany({
    where: { id: { in: unique }, ...modelScope },
    select: {
      id: true, code: true, title: true, kind: true, recognizedLevel: true, ownerUnitName: true, ownerAddress: true,
      personHonorific: true, personName: true, personPosition: true,
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: string[] = [];
  for (const id of unique) {
    const m = byId.get(id);
    if (!m) errors.push(M.honoreeModelNotFound(id));
    else if (m.recognizedLevel == null) errors.push(M.honoreeNotRecognized(m.code, m.title));
  }
  if (errors.length) return { errors };
  return { honorees: unique.map((id) => honoreeFromModel(byId.get(id)!)) };
}

/** Sort orders per kind continue after `start` (collectives and individuals are numbered separately). */
export function withSortOrder<T extends { kind: ModelKind }>(rows: T[], start: Record<ModelKind, number> = { COLLECTIVE: 0, INDIVIDUAL: 0 }) {
  const next = { ...start };
  return rows.map((r) => ({ ...r, sortOrder: ++next[r.kind] }));
}
