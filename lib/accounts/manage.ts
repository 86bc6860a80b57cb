import "server-only";
// Account administration (administrator only). Every function takes the actor first; a caller who may
// not manage accounts gets "not found" exactly like an unknown id, so nothing here reveals whether a
// login exists. Each change runs in one transaction with its audit event (before/after).
import crypto from "node:crypto";
import type { Prisma, Role, UnitLevel } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/types";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/revoke";
import { can } from "@/lib/permissions";
import { parseDbId } from "@/lib/validation/text";
import { accountsText } from "@/lib/i18n/accounts";
import { CreateAccountInput, fieldErrorsOf, UpdateAccountInput, type FieldErrors } from "./schema";

const t = accountsText.admin;

export type AccountResult<T = object> =
  | ({ ok: true } & T)
  | {
      ok: false;
      reason: "not-found" | "invalid" | "conflict" | "last-admin";
      message: string;
      fieldErrors?: FieldErrors;
    };

const notFound = { ok: false, reason: "not-found", message: t.notFound } as const;
const CHECK = "Vui lòng kiểm tra các trường được đánh dấu.";

/** The level of unit each role works at (an administrator sits at a province). */
export const ROLE_UNIT_LEVEL: Record<Role, UnitLevel> = {
  UNIT_CADRE: "GRASSROOTS",
  COMMUNE_REVIEWER: "COMMUNE",
  DISTRICT_REVIEWER: "DISTRICT",
  PROVINCE_OFFICER: "PROVINCE",
  ADMIN: "PROVINCE",
};

export const mayManageAccounts = (actor: Actor) => can(actor, "manage:user:all");

const AUDITED = {
  username: true,
  fullName: true,
  email: true,
  role: true,
  unitId: true,
  disabled: true,
  mustChangePassword: true,
} as const;
type Snapshot = Prisma.UserGetPayload<{ select: typeof AUDITED }>;

/** 16 characters from an alphabet without look-alikes (~80 bits); shown once, must be changed at next login. */
export function temporaryPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8, 12).join("")}-${chars.slice(12).join("")}`;
}

async function lockAdmins(tx: Tx) {
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('active-admins'))) AS l`;
}

/** Would this change leave no active administrator? Run after lockAdmins, inside the transaction. */
async function removesLastAdmin(tx: Tx, before: Snapshot & { id: number }, after: { role: Role; disabled: boolean }) {
  const wasActiveAdmin = before.role === "ADMIN" && !before.disabled;
  const staysActiveAdmin = after.role === "ADMIN" && !after.disabled;
  if (!wasActiveAdmin || staysActiveAdmin) return false;
  return (await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: before.id } } })) === 0;
}

async function checkUnit(db: Tx, unitId: number, role: Role): Promise<FieldErrors | null> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { level: true, validTo: true } });
  if (!unit || (unit.validTo && unit.validTo < new Date())) return { unitId: [t.unitMissing] };
  if (unit.level !== ROLE_UNIT_LEVEL[role]) return { role: [t.roleUnitMismatch] };
  return null;
}

export async function createAccount(
  actor: Actor,
  input: unknown,
): Promise<AccountResult<{ id: number; temporaryPassword: string }>> {
  if (!mayManageAccounts(actor)) return notFound;
  const parsed = CreateAccountInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, reason: "invalid", message: CHECK, fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const unitProblem = await checkUnit(tx, data.unitId, data.role);
    if (unitProblem) return { ok: false, reason: "invalid", message: CHECK, fieldErrors: unitProblem } as const;
    if (await tx.user.findUnique({ where: { username: data.username }, select: { id: true } })) {
      return { ok: false, reason: "invalid", message: CHECK, fieldErrors: { username: [t.usernameTaken] } } as const;
    }
    const user = await tx.user.create({
      data: { ...data, email: data.email || null, passwordHash, mustChangePassword: true },
      select: { id: true, ...AUDITED },
    });
    const { id, ...after } = user;
    await audit(tx, { actorId: actor.userId, action: "account.create", entity: "User", entityId: id, data: { after } });
    return { ok: true, id, temporaryPassword: password } as const;
  });
}

export async function updateAccount(actor: Actor, input: unknown): Promise<AccountResult> {
  if (!mayManageAccounts(actor)) return notFound;
  const parsed = UpdateAccountInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, reason: "invalid", message: CHECK, fieldErrors: fieldErrorsOf(parsed.error) };
  const { id, version, ...data } = parsed.data;
  return prisma.$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id }, select: { id: true, updatedAt: true, ...AUDITED } });
    if (!before) return notFound;
    if (before.updatedAt.toISOString() !== version)
      return { ok: false, reason: "conflict", message: t.conflict } as const;
    const unitProblem = await checkUnit(tx, data.unitId, data.role);
    if (unitProblem) return { ok: false, reason: "invalid", message: CHECK, fieldErrors: unitProblem } as const;
    if (await removesLastAdmin(tx, before, { role: data.role, disabled: before.disabled })) {
      return { ok: false, reason: "last-admin", message: t.lastAdmin } as const;
    }
    const { count } = await tx.user.updateMany({
      where: { id, updatedAt: before.updatedAt },
      data: { ...data, email: data.email || null },
    });
    if (count !== 1) return { ok: false, reason: "conflict", message: t.conflict } as const;
    const b: Snapshot = {
      username: before.username,
      fullName: before.fullName,
      email: before.email,
      role: before.role,
      unitId: before.unitId,
      disabled: before.disabled,
      mustChangePassword: before.mustChangePassword,
    };
    const after = { ...b, ...data, email: data.email || null };
    await audit(tx, {
      actorId: actor.userId,
      action: "account.update",
      entity: "User",
      entityId: id,
      data: { before: b, after },
    });
    // A new role or unit changes what the person may see: their open sessions start over.
    if (b.role !== data.role || b.unitId !== data.unitId) {
      await revokeSessions(id, { actorId: actor.userId, reason: "role-changed" }, tx);
    }
    return { ok: true } as const;
  });
}

export async function setAccountDisabled(
  actor: Actor,
  input: { id: unknown; disabled: boolean },
): Promise<AccountResult> {
  const id = parseDbId(input.id);
  if (!mayManageAccounts(actor) || id === null) return notFound;
  return prisma.$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id }, select: { id: true, ...AUDITED } });
    if (!before) return notFound;
    if (before.disabled === input.disabled) return { ok: true } as const;
    if (await removesLastAdmin(tx, before, { role: before.role, disabled: input.disabled })) {
      return { ok: false, reason: "last-admin", message: t.lastAdmin } as const;
    }
    await tx.user.update({ where: { id: before.id }, data: { disabled: input.disabled } });
    await audit(tx, {
      actorId: actor.userId,
      action: input.disabled ? "account.disable" : "account.enable",
      entity: "User",
      entityId: before.id,
      data: { before: { disabled: before.disabled }, after: { disabled: input.disabled } },
    });
    if (input.disabled) await revokeSessions(before.id, { actorId: actor.userId, reason: "disabled" }, tx);
    return { ok: true } as const;
  });
}

/** A new temporary password (returned once), to be changed at next login; every session of the user ends. */
export async function resetAccountPassword(
  actor: Actor,
  input: { id: unknown },
): Promise<AccountResult<{ temporaryPassword: string }>> {
  const id = parseDbId(input.id);
  if (!mayManageAccounts(actor) || id === null) return notFound;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { id: true, mustChangePassword: true } });
    if (!before) return notFound;
    await tx.user.update({ where: { id: before.id }, data: { passwordHash, mustChangePassword: true } });
    await audit(tx, {
      actorId: actor.userId,
      action: "account.password.reset",
      entity: "User",
      entityId: before.id,
      data: { before: { mustChangePassword: before.mustChangePassword }, after: { mustChangePassword: true } },
    });
    await revokeSessions(before.id, { actorId: actor.userId, reason: "password-reset" }, tx);
    return { ok: true, temporaryPassword: password } as const;
  });
}
