import crypto from "node:crypto";
import { ROLE_UNIT_LEVEL } from "@/lib/accounts/manage";
import { hashToken, newTokenValue } from "@/lib/accounts/one-time-token";
import { FullName, Username } from "@/lib/accounts/schema";
import { hashPassword } from "@/lib/auth/password";
import { prisma, type Tx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { IM } from "@/lib/i18n/import";
import { IMU } from "@/lib/i18n/import-units";
import { FORMER_ROLE_LABELS } from "@/lib/i18n/levels";
import { roleLabels, unitLevelLabels } from "@/lib/i18n/vi";
import { mapHeaders, pick } from "../columns";
import { ImportFileError, type CellError } from "../errors";
import type { ImportPlan, KindContext } from "../kind";
import { ImportConflictError, insertAudits, insertRows, updateRows } from "../sql";
import type { Table } from "../read-table";
import { chunks } from "../scope";
import { unitCodesIgnoringCase } from "../unit-codes";
import { choice, key, RowErrors, text } from "../values";
import { ACCOUNT_COLUMNS, type AccountColumnKey } from "./columns";
import { IMPORT_LINK_DAYS, type StoredLink } from "./link-types";
import { sealToken } from "./links";

const H = Object.fromEntries(ACCOUNT_COLUMNS.map((c) => [c.key, c.header])) as Record<AccountColumnKey, string>;
const t = IMU.accounts;
/** Rows per statement. */
const BATCH = 2000;
const PASSWORD_HEADERS = ["mat khau", "password", "mk", "mat khau tam"];

type Parsed = { row: number; username: string; fullName: string; role: Role; unitCode: string };
type Target = Parsed & { unitId: number };

async function lockAdmins(tx: Tx) {
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('active-admins'))) AS l`;
}

export async function planAccounts(table: Table, ctx: KindContext): Promise<ImportPlan> {
  // A password column gets its own reason: passwords never travel in files.
  if (table.headers.some((h) => PASSWORD_HEADERS.includes(key(h)))) throw new ImportFileError(t.passwordColumn);
  const mapping = mapHeaders(ACCOUNT_COLUMNS, table.headers);
  const errors: CellError[] = [];
  const parsed: Parsed[] = [];
  const firstRow = new Map<string, number>();
  let total = 0;
  for await (const r of table.rows) {
    total++;
    const e = new RowErrors(r.row);
    const cells = pick(mapping, r.cells);
    const u = Username.safeParse(text(cells.username));
    if (!u.success) e.add(H.username, u.error.issues[0].message);
    const n = FullName.safeParse(text(cells.fullName));
    if (!n.success) e.add(H.fullName, n.error.issues[0].message);
    // A sheet written before the reviewers' roles were renamed (issue 13) still reads.
    const former = choice(FORMER_ROLE_LABELS, cells.role);
    const role = former && former !== "invalid" ? former : choice(roleLabels, cells.role);
    if (role === null) e.add(H.role, IM.cell.required);
    if (role === "invalid") e.add(H.role, IM.cell.notAllowed(Object.values(roleLabels)));
    const unitCode = e.maxLen(H.unitCode, e.required(H.unitCode, text(cells.unitCode)), 80);
    if (u.success) {
      const first = firstRow.get(u.data);
      if (first !== undefined) e.add(H.username, IM.cell.duplicateCode(first));
      else firstRow.set(u.data, r.row);
    }
    if (e.list.length) errors.push(...e.list);
    else parsed.push({ row: r.row, username: u.data!, fullName: n.data!, role: role as Role, unitCode });
    if (total % 2000 === 0) await ctx.onProgress(total);
  }
  await ctx.onProgress(total);
  if (total === 0) throw new ImportFileError(IM.file.noRows);

  const db = prisma;
  const units = new Map<string, { id: number; code: string; level: string; validTo: Date | null }>();
  const unitCodeById = new Map<number, string>();
  for (const part of chunks([...new Set(parsed.map((p) => p.unitCode))], 5000)) {
    for (const u of await db.unit.findMany({
      where: { code: { in: part } },
      select: { id: true, code: true, level: true, validTo: true },
    })) {
      units.set(u.code, u);
    }
  }
  // A code typed in another case names the one unit that bears it (as the forms do): read as that code.
  const near = await unitCodesIgnoringCase(
    db,
    parsed.map((p) => p.unitCode).filter((c) => !units.has(c)),
  );
  for (const p of parsed) p.unitCode = near.get(p.unitCode) ?? p.unitCode;
  for (const part of chunks([...new Set(near.values())], 5000)) {
    for (const u of await db.unit.findMany({
      where: { code: { in: part } },
      select: { id: true, code: true, level: true, validTo: true },
    })) {
      units.set(u.code, u);
    }
  }
  const users = new Map<
    string,
    { id: number; fullName: string; role: Role; unitId: number; disabled: boolean; updatedAt: Date }
  >();
  for (const part of chunks(
    parsed.map((p) => p.username),
    5000,
  )) {
    for (const u of await db.user.findMany({
      where: { username: { in: part } },
      select: { id: true, username: true, fullName: true, role: true, unitId: true, disabled: true, updatedAt: true },
    })) {
      users.set(u.username, u);
    }
  }
  const otherUnitIds = [...new Set([...users.values()].map((u) => u.unitId))];
  for (const u of await db.unit.findMany({ where: { id: { in: otherUnitIds } }, select: { id: true, code: true } }))
    unitCodeById.set(u.id, u.code);

  const today = new Date();
  const creates: Target[] = [];
  const updates: {
    id: number;
    updatedAt: Date;
    target: Target;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }[] = [];
  let unchanged = 0;
  for (const p of parsed) {
    const e = new RowErrors(p.row);
    const unit = units.get(p.unitCode);
    const old = users.get(p.username);
    if (!unit) {
      e.add(H.unitCode, t.unitNotFound(p.unitCode));
      errors.push(...e.list);
      continue;
    }
    const changed =
      !old || old.fullName !== p.fullName || old.role !== p.role || unitCodeById.get(old.unitId) !== p.unitCode;
    if (!changed) {
      unchanged++;
      continue;
    }
    // The rules of the accounts administration: a current unit at the role's level.
    if (unit.validTo && unit.validTo < today) e.add(H.unitCode, t.unitClosed);
    else if (unit.level !== ROLE_UNIT_LEVEL[p.role])
      e.add(H.role, t.roleUnitMismatch(unitLevelLabels[ROLE_UNIT_LEVEL[p.role]]));
    if (e.list.length) {
      errors.push(...e.list);
      continue;
    }
    const target = { ...p, unitId: unit.id };
    if (!old) {
      creates.push(target);
      continue;
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (old.fullName !== p.fullName) [before.fullName, after.fullName] = [old.fullName, p.fullName];
    if (old.role !== p.role) [before.role, after.role] = [old.role, p.role];
    if (old.unitId !== unit.id) [before.unitId, after.unitId] = [old.unitId, unit.id];
    updates.push({ id: old.id, updatedAt: old.updatedAt, target, before, after });
  }
  // No file may leave the portal without an active administrator.
  const demoted = updates.filter((u) => u.before.role === "ADMIN" && !users.get(u.target.username)!.disabled);
  if (demoted.length) {
    const active = await db.user.count({ where: { role: "ADMIN", disabled: false } });
    if (active - demoted.length <= 0)
      for (const d of demoted) errors.push({ row: d.target.row, column: H.role, message: t.lastAdmin });
  }
  errors.sort((a, b) => a.row - b.row);

  return {
    counts: { total, new: creates.length, changed: updates.length, unchanged },
    errors,
    async apply(tx, { actor, fileName }) {
      await lockAdmins(tx);
      // One hash of a random secret nobody keeps: the accounts cannot sign in until their link is used,
      // and a login attempt costs the same time as for any other account.
      const passwordHash = creates.length ? await hashPassword(crypto.randomBytes(32).toString("base64url")) : "";
      const links: StoredLink[] = [];
      const ttlMs = IMPORT_LINK_DAYS * 86_400_000;
      const now = new Date();
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      // Multi-row statements (lib/import/sql.ts): 10,000 accounts are a few statements, not 30,000.
      for (const part of chunks(creates, BATCH)) {
        const rows = (await insertRows(
          tx,
          "User",
          {
            username: "text",
            fullName: "text",
            role: '"Role"',
            unitId: "int",
            passwordHash: "text",
            mustChangePassword: "boolean",
            updatedAt: "timestamptz",
          },
          part.map((c) => ({
            username: c.username,
            fullName: c.fullName,
            role: c.role,
            unitId: c.unitId,
            passwordHash,
            mustChangePassword: false,
            updatedAt: now.toISOString(),
          })),
          `"id", "username", "fullName", "role", "unitId"`,
        )) as { id: number; username: string; fullName: string; role: Role; unitId: number }[];
        const tokens = rows.map(() => newTokenValue());
        await insertRows(
          tx,
          "OneTimeToken",
          { tokenHash: "text", purpose: '"OneTimeTokenPurpose"', userId: "int", expiresAt: "timestamptz" },
          rows.map((u, i) => ({ tokenHash: hashToken(tokens[i]), purpose: "PASSWORD_RESET", userId: u.id, expiresAt })),
        );
        rows.forEach((u, i) =>
          links.push({
            userId: u.id,
            username: u.username,
            fullName: u.fullName,
            sealed: sealToken(tokens[i]),
            expiresAt,
          }),
        );
        await insertAudits(
          tx,
          rows.map(({ id, ...after }) => ({
            actorId: actor.userId,
            action: "account.create",
            entity: "User",
            entityId: String(id),
            data: { fileName, after: { ...after, email: null, disabled: false } },
          })),
        );
      }
      for (const part of chunks(updates, BATCH)) {
        // Guarded by the updatedAt the plan read (milliseconds, as Prisma writes it); a role or unit
        // change bumps sessionVersion, which ends the person's sessions (trigger, ADR 0041).
        const revoke = (u: (typeof part)[number]) => "role" in u.after || "unitId" in u.after;
        const written = await updateRows(
          tx,
          "User",
          { fullName: "text", role: '"Role"', unitId: "int", updatedAt: "timestamptz" },
          part.map((u) => ({
            id: u.id,
            oldUpdatedAt: u.updatedAt.toISOString(),
            bump: revoke(u) ? 1 : 0,
            fullName: u.target.fullName,
            role: u.target.role,
            unitId: u.target.unitId,
            updatedAt: now.toISOString(),
          })),
          {
            guard: { oldUpdatedAt: "timestamptz", bump: "int" },
            extra: `"sessionVersion" = x."sessionVersion" + t."bump"`,
            where: `x."updatedAt" = t."oldUpdatedAt"`,
            returning: `"sessionVersion"`,
          },
        );
        if (written.length !== part.length) throw new ImportConflictError();
        const version = new Map(written.map((r) => [r.id, r.sessionVersion as number]));
        await insertAudits(tx, [
          ...part.map((u) => ({
            actorId: actor.userId,
            action: "account.update",
            entity: "User",
            entityId: String(u.id),
            data: { fileName, before: u.before, after: u.after },
          })),
          ...part.filter(revoke).map((u) => ({
            actorId: actor.userId,
            action: "auth.sessions.revoked",
            entity: "User",
            entityId: String(u.id),
            data: { reason: "role-changed", sessionVersion: version.get(u.id) },
          })),
        ]);
      }
      if (demoted.length && (await tx.user.count({ where: { role: "ADMIN", disabled: false } })) === 0)
        throw new ImportConflictError();
      return links.length ? { links } : undefined;
    },
  };
}
