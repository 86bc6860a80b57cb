import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { Db, Tx } from "@/lib/db/client";
import type { Gender, Issuer, ModelKind, Prisma } from "@/lib/generated/prisma/client";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { formatDate } from "@/lib/format";
import { addYearsIso, dateFromIso, vnTodayIso } from "@/lib/models/dates";
import { can, unitSubtreeWhere } from "@/lib/permissions";
import type { FieldErrors } from "@/lib/result";
import { registerFor } from "./numbering";

/** Decisions the actor may see: those of issuers whose unit is in the actor's subtree. */
export function decisionScopeWhere(actor: Actor): Prisma.DecisionWhereInput {
  return { issuer: { unit: unitSubtreeWhere(actor) } };
}

/**
 * Decisions the actor may read (list, page, print view, downloads), or null for none. The province officer
 * reads every decision of its subtree, drafts too, as it manages them. The administrator reads the issued
 * ones of every province, imported past decisions among them, and no drafts: a draft is the province's
 * work in progress, not yet a decision. Reading grants nothing else (every write checks
 * `manage:decision:subtree`).
 */
export function decisionReadWhere(actor: Actor): Prisma.DecisionWhereInput | null {
  if (can(actor, "manage:decision:subtree")) return decisionScopeWhere(actor);
  if (can(actor, "view:decision:all")) return { status: "ISSUED" };
  return null;
}

export function issuerScopeWhere(actor: Actor): Prisma.IssuerWhereInput {
  return { unit: unitSubtreeWhere(actor) };
}

type Client = Db | Tx;

/** Issuing bodies in office on a date: a decision dated before the 2025 merger is issued by the body of then. */
export function issuerValidOn(date: Date): Prisma.IssuerWhereInput {
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] };
}

/** The issuer of the actor's subtree, in office on the decision date, or the field error to show. */
export async function issuerForDate(
  db: Client,
  actor: Actor,
  issuerId: number,
  decisionDate: Date,
): Promise<{ issuer: Issuer } | { fieldErrors: FieldErrors }> {
  const issuer = await db.issuer.findFirst({ where: { id: issuerId, ...issuerScopeWhere(actor) } });
  if (!issuer) return { fieldErrors: { issuerId: [M.issuerNotFound] } };
  const inOffice = await db.issuer.count({ where: { id: issuer.id, ...issuerValidOn(decisionDate) } });
  if (!inOffice) return { fieldErrors: { issuerId: [M.issuerNotInOffice(issuer.name, formatDate(decisionDate))] } };
  return { issuer };
}

export type Numbering = { register: string; numberText: string };

/**
 * The register of (issuer, date), or the field errors to show: the date at most one year ahead and a term
 * configured for Party issuers. With a number, also checks it is not taken by an issued decision of that
 * register (a draft's planned number reserves nothing, so only issued numbers count).
 */
export async function checkNumbering(
  db: Client,
  issuer: Issuer,
  number: number | undefined,
  decisionDate: Date,
  exceptDecisionId?: number,
): Promise<{ register: string } | { fieldErrors: FieldErrors }> {
  if (decisionDate.getTime() > dateFromIso(addYearsIso(vnTodayIso(), 1)).getTime()) {
    return { fieldErrors: { decisionDate: [M.dateTooFar] } };
  }
  const register = registerFor(issuer, decisionDate);
  if (!register) return { fieldErrors: { issuerId: [M.issuerNoTerm] } };
  if (number !== undefined && (await numberTaken(db, issuer.id, register, number, exceptDecisionId))) {
    const next = await nextNumber(db, issuer.id, register);
    return { fieldErrors: { number: [M.numberTaken(register, issuer.name, next)] } };
  }
  return { register };
}

export async function numberTaken(
  db: Client,
  issuerId: number,
  register: string,
  number: number,
  exceptDecisionId?: number,
) {
  const taken = await db.decision.findFirst({
    where: { issuerId, register, number, ...(exceptDecisionId ? { id: { not: exceptDecisionId } } : {}) },
    select: { id: true },
  });
  return taken !== null;
}

/** Max issued number + 1 in the register (drafts hold no number). */
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
    return {
      modelId: m.id,
      kind: m.kind,
      honorific: null,
      name: m.ownerUnitName,
      position: null,
      address: m.ownerAddress,
      modelTitle: m.title,
    };
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
      id: true,
      code: true,
      title: true,
      kind: true,
      recognizedLevel: true,
      ownerUnitName: true,
      ownerAddress: true,
      personHonorific: true,
      personName: true,
      personPosition: true,
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
export function withSortOrder<T extends { kind: ModelKind }>(
  rows: T[],
  start: Record<ModelKind, number> = { COLLECTIVE: 0, INDIVIDUAL: 0 },
) {
  const next = { ...start };
  return rows.map((r) => ({ ...r, sortOrder: ++next[r.kind] }));
}
