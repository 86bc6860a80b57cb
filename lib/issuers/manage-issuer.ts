import "server-only";
// Issuing bodies (cơ quan ban hành) edited in the browser: the province officer for its own province's
// bodies (the successor rule includes those of a province merged into it), the administrator for all.
// Another province's issuer, or a wrong role, is "not found" and nothing changes. Every change runs in
// one transaction with its audit event (before/after); edits carry the row's version (optimistic lock).
import { Prisma, type DocumentStyle } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/types";
import { foldedContains } from "@/lib/db/search";
import { issuerScopeWhere } from "@/lib/decisions/shared";
import { formatDate } from "@/lib/format";
import { can, unitSubtreeWhere } from "@/lib/permissions";
import { fieldErrorsOf } from "@/lib/accounts/schema";
import type { FieldErrors } from "@/lib/result";
import { INT4_MAX, parseDbId } from "@/lib/validation/text";
import { EndIssuerInput, IssuerInput } from "./schema";

export type IssuerResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: "not-found" | "invalid" | "conflict"; message: string; fieldErrors?: FieldErrors };

export const ISSUER_NOT_FOUND = "Không tìm thấy cơ quan ban hành.";
const notFound = { ok: false, reason: "not-found", message: ISSUER_NOT_FOUND } as const;
const CHECK = "Vui lòng kiểm tra các trường được đánh dấu.";
const CONFLICT = "Cơ quan ban hành vừa được người khác thay đổi. Tải lại trang để xem bản mới nhất.";
const invalid = (fieldErrors: FieldErrors) => ({ ok: false, reason: "invalid", message: CHECK, fieldErrors }) as const;

export function mayManageIssuers(actor: Actor): boolean {
  return can(actor, "manage:issuer:province") || (actor.role === "ADMIN" && can(actor, "manage:list:all"));
}

/** The issuers the actor manages: those of units in its subtree (lineage included), all for the administrator. */
export function issuerManageScope(actor: Actor): Prisma.IssuerWhereInput {
  return actor.role === "ADMIN" ? {} : issuerScopeWhere(actor);
}

/** What a decision prints from the issuer (fixed once one is issued, so old decisions print as signed). */
const PRINTED = ["name", "parentName", "place"] as const;
/** What its numbering register depends on (fixed once any decision, even a draft, has taken a register). */
const NUMBERING = ["style", "numberSuffix", "termStartYear"] as const;

type Snapshot = {
  unitId: number;
  name: string;
  parentName: string | null;
  place: string;
  style: DocumentStyle;
  numberSuffix: string;
  termStartYear: number | null;
  validFrom: Date;
  validTo: Date | null;
};
const snapshot = (i: Snapshot): Snapshot => ({
  unitId: i.unitId,
  name: i.name,
  parentName: i.parentName,
  place: i.place,
  style: i.style,
  numberSuffix: i.numberSuffix,
  termStartYear: i.termStartYear,
  validFrom: i.validFrom,
  validTo: i.validTo,
});

function parseVersion(v: unknown): number | null {
  const n = Number(v);
  return typeof v !== "boolean" && Number.isInteger(n) && n >= 0 && n <= INT4_MAX ? n : null;
}

/** The first and last dates of the issuer's issued decisions, and how many decisions (drafts too) it has. */
async function decisionSpan(db: Tx | typeof prisma, issuerId: number) {
  const [issued, all] = await Promise.all([
    db.decision.aggregate({
      where: { issuerId, status: "ISSUED" },
      _min: { decisionDate: true },
      _max: { decisionDate: true },
      _count: { _all: true },
    }),
    db.decision.count({ where: { issuerId } }),
  ]);
  return {
    issued: issued._count._all,
    all,
    first: issued._min.decisionDate,
    last: issued._max.decisionDate,
  };
}

/** Validity that would leave an issued decision dated outside it is refused: the decision was signed then. */
function validityErrors(span: Awaited<ReturnType<typeof decisionSpan>>, validFrom: Date, validTo: Date | null) {
  const errors: FieldErrors = {};
  if (span.first && validFrom > span.first)
    errors.validFrom = [
      `Cơ quan đã ban hành quyết định ngày ${formatDate(span.first)}: hiệu lực phải bắt đầu trước đó.`,
    ];
  if (span.last && validTo && validTo < span.last)
    errors.validTo = [
      `Cơ quan đã ban hành quyết định ngày ${formatDate(span.last)}: hiệu lực phải kéo dài đến ngày đó.`,
    ];
  return errors;
}

/** A unit that may own an issuing body: in the actor's subtree, above grassroots level. */
async function ownerUnit(actor: Actor, unitId: number) {
  return prisma.unit.findFirst({
    where: { id: unitId, level: { not: "GRASSROOTS" }, ...unitSubtreeWhere(actor) },
    select: { id: true },
  });
}

export async function createIssuer(actor: Actor, input: unknown): Promise<IssuerResult<{ id: number }>> {
  if (!mayManageIssuers(actor)) return notFound;
  const parsed = IssuerInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { unitId, ...data } = parsed.data;
  if (!unitId) return invalid({ unitId: ["Vui lòng chọn đơn vị."] });
  // A unit of another province is what any out-of-scope object is: not found.
  if (!(await ownerUnit(actor, unitId))) return notFound;
  return prisma.$transaction(async (tx) => {
    const row = await tx.issuer.create({
      data: { ...data, parentName: data.parentName ?? null, validTo: data.validTo ?? null, unitId },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: "issuer.create",
      entity: "Issuer",
      entityId: row.id,
      data: { after: snapshot(row) },
    });
    return { ok: true, id: row.id } as const;
  });
}

export async function updateIssuer(actor: Actor, input: Record<string, unknown>): Promise<IssuerResult> {
  if (!mayManageIssuers(actor)) return notFound;
  const id = parseDbId(input.id);
  if (id === null) return notFound;
  const before = await prisma.issuer.findFirst({ where: { id, ...issuerManageScope(actor) } });
  if (!before) return notFound;
  const version = parseVersion(input.version);
  if (version === null) return { ok: false, reason: "conflict", message: CONFLICT };
  const parsed = IssuerInput.safeParse({ ...input, unitId: undefined });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { unitId: _unit, ...data } = parsed.data;
  void _unit;
  const next = { ...data, parentName: data.parentName ?? null, validTo: data.validTo ?? null };
  const span = await decisionSpan(prisma, id);
  const errors = validityErrors(span, next.validFrom, next.validTo);
  const locked = [...(span.issued ? PRINTED : []), ...(span.all ? NUMBERING : [])];
  for (const key of locked) {
    if (next[key] !== before[key])
      errors[key] = [
        span.issued
          ? "Cơ quan đã ban hành quyết định: không sửa được mục này (quyết định cũ phải in như đã ký). Hãy kết thúc hiệu lực và thêm cơ quan mới."
          : "Cơ quan đã có quyết định dự thảo theo cách đánh số này: không sửa được mục này.",
      ];
  }
  if (Object.keys(errors).length) return invalid(errors);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.issuer.updateMany({
      where: { id, version },
      data: { ...next, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "conflict", message: CONFLICT } as const;
    const after = await tx.issuer.findUniqueOrThrow({ where: { id } });
    await audit(tx, {
      actorId: actor.userId,
      action: "issuer.update",
      entity: "Issuer",
      entityId: id,
      data: { before: snapshot(before), after: snapshot(after) },
    });
    return { ok: true } as const;
  });
}

/** Ends the body's validity on a date (its last day of signing); it is no longer offered after it. */
export async function endIssuerValidity(
  actor: Actor,
  input: { id: unknown; version: unknown; validTo: unknown },
): Promise<IssuerResult> {
  if (!mayManageIssuers(actor)) return notFound;
  const id = parseDbId(input.id);
  if (id === null) return notFound;
  const before = await prisma.issuer.findFirst({ where: { id, ...issuerManageScope(actor) } });
  if (!before) return notFound;
  const version = parseVersion(input.version);
  if (version === null) return { ok: false, reason: "conflict", message: CONFLICT };
  const parsed = EndIssuerInput.safeParse({ validTo: input.validTo });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { validTo } = parsed.data;
  if (validTo < before.validFrom) return invalid({ validTo: ["Ngày hết hiệu lực phải sau ngày bắt đầu."] });
  const errors = validityErrors(await decisionSpan(prisma, id), before.validFrom, validTo);
  if (Object.keys(errors).length) return invalid(errors);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.issuer.updateMany({
      where: { id, version },
      data: { validTo, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "conflict", message: CONFLICT } as const;
    await audit(tx, {
      actorId: actor.userId,
      action: "issuer.end",
      entity: "Issuer",
      entityId: id,
      data: { before: { validTo: before.validTo }, after: { validTo } },
    });
    return { ok: true } as const;
  });
}

export async function listIssuers(actor: Actor) {
  if (!mayManageIssuers(actor)) return null;
  return prisma.issuer.findMany({
    where: issuerManageScope(actor),
    orderBy: [
      { validTo: { sort: "desc", nulls: "first" } },
      { unit: { level: "asc" } },
      { name: "asc" },
      { id: "asc" },
    ],
    include: { unit: { select: { name: true } }, _count: { select: { decisions: true } } },
  });
}

export async function getIssuer(actor: Actor, id: unknown) {
  const issuerId = parseDbId(id);
  if (!mayManageIssuers(actor) || issuerId === null) return null;
  const issuer = await prisma.issuer.findFirst({
    where: { id: issuerId, ...issuerManageScope(actor) },
    include: { unit: { select: { name: true } } },
  });
  if (!issuer) return null;
  const span = await decisionSpan(prisma, issuer.id);
  return {
    issuer,
    decisions: span.all,
    /** Fields the edit form shows read-only (the use case refuses changing them too). */
    locked: [...(span.issued ? PRINTED : []), ...(span.all ? NUMBERING : [])] as string[],
  };
}

/**
 * Units the actor may give an issuing body: without a search, its own province (officer) or today's
 * provinces (administrator); with one, up to 15 units of its subtree above grassroots level whose name
 * matches without diacritics (closed ones too: a body of an absorbed province is entered after the fact).
 */
export async function issuerUnitOptions(actor: Actor, q: string | undefined) {
  if (!mayManageIssuers(actor)) return [];
  const term = q?.trim().slice(0, 100);
  const select = { id: true, name: true, level: true, kind: true, validTo: true } as const;
  if (!term) {
    return prisma.unit.findMany({
      where: actor.role === "ADMIN" ? { level: "PROVINCE", validTo: null } : { id: actor.unitId },
      select,
      orderBy: { name: "asc" },
    });
  }
  const rows = await prisma.$queryRaw<{ id: number }[]>(
    Prisma.sql`SELECT id FROM "Unit" WHERE level <> 'GRASSROOTS' AND (code = ${term} OR ${foldedContains('"Unit"."name"', term)})
      ORDER BY length(name), id LIMIT 200`,
  );
  return prisma.unit.findMany({
    where: { id: { in: rows.map((r) => r.id) }, ...unitSubtreeWhere(actor) },
    select,
    orderBy: [{ level: "asc" }, { name: "asc" }],
    take: 15,
  });
}
