import { prisma, type Tx } from "@/lib/db/client";
import type { Prisma, UnitKind, UnitLevel } from "@/lib/generated/prisma/client";
import { IM } from "@/lib/i18n/import";
import { IMU } from "@/lib/i18n/import-units";
import { orgText, unitRuleMessage } from "@/lib/i18n/org";
import { unitKindLabels } from "@/lib/i18n/vi";
import { closeUnitInTx } from "@/lib/org/close-unit";
import { moveUnitInTx } from "@/lib/org/move-unit";
import { renameUnitInTx } from "@/lib/org/rename-unit";
import { computePaths, leadsBackTo, pathIds, treeUnitSelect } from "@/lib/org/tree";
import { OPEN_STATES } from "@/lib/org/tree-admin";
import { mapHeaders, pick } from "../columns";
import { unitCodesIgnoringCase } from "../unit-codes";
import { ImportFileError, type CellError } from "../errors";
import type { ImportPlan, KindContext } from "../kind";
import { ImportConflictError, insertAudits, insertRows, updateRows } from "../sql";
import type { Cell, Table } from "../read-table";
import { chunks } from "../scope";
import { choice, formatDmy, parseDay, RowErrors, text } from "../values";
import { UNIT_COLUMNS, UNIT_LEVEL_LABELS, type UnitColumnKey } from "./columns";
import { abolishedProblem, kindProblem, parentProblem, type UnitRuleProblem } from "@/lib/org/unit-rules";

const H = Object.fromEntries(UNIT_COLUMNS.map((c) => [c.key, c.header])) as Record<UnitColumnKey, string>;
const t = IMU.units;

type Parsed = {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  parentCode: string;
  validFrom: Date;
  validTo: Date | null;
  successorCode: string;
  nameFrom: Date | null;
};

/** A unit as the database has it, with codes instead of ids and the start of its last name period. */
type DbUnit = {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  parentId: number | null;
  successorId: number | null;
  validFrom: Date;
  validTo: Date | null;
  path: string;
  /** The open (or, for a closed unit, the latest) name period. */
  currentName: { id: number; validFrom: Date; validTo: Date | null } | null;
};

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const dmy = (d: Date | null) => (d ? formatDmy(d) : "");
/** A calendar day (UTC midnight, as files are read) as yyyy-mm-dd for a `date` column. */
const day = (d: Date) => d.toISOString().slice(0, 10);

function parseRow(row: number, cell: Record<UnitColumnKey, Cell>, e: RowErrors): Parsed | null {
  const code = e.maxLen(H.code, e.required(H.code, text(cell.code)), 80);
  const name = e.plain(H.name, e.maxLen(H.name, e.required(H.name, text(cell.name)), 200));
  const kind = choice(unitKindLabels, cell.kind);
  if (kind === null) e.add(H.kind, IM.cell.required);
  if (kind === "invalid") e.add(H.kind, IM.cell.notAllowed(Object.values(unitKindLabels)));
  const level = choice(UNIT_LEVEL_LABELS, cell.level);
  if (level === null) e.add(H.level, IM.cell.required);
  if (level === "invalid") e.add(H.level, IM.cell.notAllowed(Object.values(UNIT_LEVEL_LABELS)));
  const parentCode = e.maxLen(H.parentCode, text(cell.parentCode), 80);
  const successorCode = e.maxLen(H.successorCode, text(cell.successorCode), 80);
  const day = (k: "validFrom" | "validTo" | "nameFrom") => {
    const d = parseDay(cell[k]);
    if (d === "invalid") e.add(H[k], IM.cell.date);
    return d === "invalid" ? undefined : d;
  };
  const validFrom = day("validFrom");
  if (validFrom === null) e.add(H.validFrom, IM.cell.required);
  const validTo = day("validTo");
  const nameFrom = day("nameFrom");
  if (validFrom && validTo && validTo < validFrom) e.add(H.validTo, t.toBeforeFrom);
  if (validFrom && nameFrom && (nameFrom < validFrom || (validTo && nameFrom > validTo)))
    e.add(H.nameFrom, t.nameFromOutside);
  if (code && parentCode === code) e.add(H.parentCode, t.selfParent);
  if (code && successorCode === code) e.add(H.successorCode, t.selfSuccessor);
  if (successorCode && validTo === null) e.add(H.validTo, t.successorNeedsEnd);
  if (e.list.length) return null;
  return {
    row,
    code,
    name,
    kind: kind as UnitKind,
    level: level as UnitLevel,
    parentCode,
    validFrom: validFrom as Date,
    validTo: validTo ?? null,
    successorCode,
    nameFrom: nameFrom ?? null,
  };
}

const unitSelect = {
  ...treeUnitSelect,
  names: { orderBy: { validFrom: "desc" }, take: 1, select: { id: true, validFrom: true, validTo: true } },
} as const satisfies Prisma.UnitSelect;

async function loadUnits(
  db: Tx,
  where: (part: string[] | number[]) => Prisma.UnitWhereInput,
  keys: (string | number)[],
) {
  const out: DbUnit[] = [];
  for (const part of chunks(keys, 5000)) {
    const rows = await db.unit.findMany({ where: where(part as string[] | number[]), select: unitSelect });
    for (const { names, ...u } of rows) out.push({ ...u, currentName: names[0] ?? null });
  }
  return out;
}

/** What changes for one existing unit (each part written through the org use case that owns it). */
type Update = {
  unit: DbUnit;
  row: Parsed;
  correctName: boolean;
  rename: boolean;
  move: boolean;
  close: boolean;
  successor: boolean;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export async function planUnits(table: Table, ctx: KindContext): Promise<ImportPlan> {
  const mapping = mapHeaders(UNIT_COLUMNS, table.headers);
  const errors: CellError[] = [];
  const parsed: Parsed[] = [];
  const firstRowOfCode = new Map<string, number>();
  let total = 0;
  for await (const r of table.rows) {
    total++;
    const e = new RowErrors(r.row);
    const cells = pick(mapping, r.cells);
    const p = parseRow(r.row, cells, e);
    const code = text(cells.code);
    if (code) {
      const first = firstRowOfCode.get(code);
      if (first !== undefined) e.add(H.code, IM.cell.duplicateCode(first));
      else firstRowOfCode.set(code, r.row);
    }
    if (e.list.length) errors.push(...e.list);
    else if (p) parsed.push(p);
    if (total % 2000 === 0) await ctx.onProgress(total);
  }
  await ctx.onProgress(total);
  if (total === 0) throw new ImportFileError(IM.file.noRows);

  const db = prisma;
  // A code typed in another case names the one unit that bears it, in the database or the file (as the
  // forms find them): read as that code, so a row for "x-01942" updates X-01942 rather than adding a second.
  const near = await unitCodesIgnoringCase(
    db,
    parsed.flatMap((p) => [p.code, p.parentCode, p.successorCode]).filter(Boolean),
    parsed.map((p) => p.code),
  );
  const rowOf = new Map<string, number>();
  for (const p of [...parsed]) {
    p.code = near.get(p.code) ?? p.code;
    p.parentCode = near.get(p.parentCode) ?? p.parentCode;
    p.successorCode = near.get(p.successorCode) ?? p.successorCode;
    // "X-1" and "x-1" on two rows are one unit twice, whether it exists or not (two new units whose codes
    // differ only in case would make every later lookup of the code ambiguous).
    const first = rowOf.get(p.code.toLowerCase());
    if (first === undefined) rowOf.set(p.code.toLowerCase(), p.row);
    else {
      errors.push({ row: p.row, column: H.code, message: IM.cell.duplicateCode(first) });
      parsed.splice(parsed.indexOf(p), 1);
    }
  }

  // Units the file names (its own codes, parents, successors) and every ancestor of them in the database.
  const named = new Set<string>();
  for (const p of parsed) for (const c of [p.code, p.parentCode, p.successorCode]) if (c) named.add(c);
  const byCode = new Map<string, DbUnit>();
  const byId = new Map<number, DbUnit>();
  for (const u of await loadUnits(db, (part) => ({ code: { in: part as string[] } }), [...named])) {
    byCode.set(u.code, u);
    byId.set(u.id, u);
  }
  const missing = new Set<number>();
  for (const u of byCode.values()) {
    for (const id of pathIds(u.path)) if (!byId.has(id)) missing.add(id);
    if (u.successorId && !byId.has(u.successorId)) missing.add(u.successorId);
  }
  for (const u of await loadUnits(db, (part) => ({ id: { in: part as number[] } }), [...missing])) {
    byCode.set(u.code, u);
    byId.set(u.id, u);
  }
  const fileByCode = new Map(parsed.map((p) => [p.code, p]));
  const codeOf = (id: number | null) => (id === null ? "" : (byId.get(id)?.code ?? ""));
  // The tree after the import: the file's values where it has the unit, the database's elsewhere.
  const finalParent = (code: string): string => {
    const f = fileByCode.get(code);
    if (f) return f.parentCode;
    return codeOf(byCode.get(code)?.parentId ?? null);
  };
  const finalSuccessor = (code: string): string => {
    const f = fileByCode.get(code);
    if (f) return f.successorCode;
    return codeOf(byCode.get(code)?.successorId ?? null);
  };
  const finalUnit = (code: string) => {
    const f = fileByCode.get(code);
    if (f) return { level: f.level, validFrom: f.validFrom, validTo: f.validTo };
    const u = byCode.get(code);
    return u ? { level: u.level, validFrom: u.validFrom, validTo: u.validTo } : null;
  };
  const loops = (code: string, next: (c: string) => string) => leadsBackTo(code, (c) => next(c) || null);

  // Existing units to close: what still hangs on them after the file is applied.
  const toClose = parsed.filter((p) => p.validTo && byCode.get(p.code) && byCode.get(p.code)!.validTo === null);
  const closeIds = toClose.map((p) => byCode.get(p.code)!.id);
  const [accounts, dossiers, openChildren] = closeIds.length
    ? await Promise.all([
        db.user.groupBy({ by: ["unitId"], where: { unitId: { in: closeIds }, disabled: false }, _count: true }),
        db.model.findMany({
          where: {
            OR: [{ ownerUnitId: { in: closeIds } }, { reviewUnitId: { in: closeIds } }],
            state: { in: [...OPEN_STATES] },
          },
          select: { ownerUnitId: true, reviewUnitId: true },
        }),
        db.unit.findMany({
          where: { parentId: { in: closeIds }, validTo: null },
          select: { code: true, parentId: true },
        }),
      ])
    : [[], [], []];
  const closeProblem = new Map<number, string>();
  for (const a of accounts) closeProblem.set(a.unitId, orgText.errors.hasAccounts);
  for (const m of dossiers) {
    for (const id of [m.ownerUnitId, m.reviewUnitId])
      if (closeIds.includes(id) && !closeProblem.has(id)) closeProblem.set(id, orgText.errors.hasOpenDossiers);
  }
  for (const c of openChildren) {
    const f = fileByCode.get(c.code);
    const stillUnder = !f || (f.validTo === null && f.parentCode === codeOf(c.parentId));
    if (stillUnder && !closeProblem.has(c.parentId!)) closeProblem.set(c.parentId!, orgText.errors.hasOpenChildren);
  }

  const creates: Parsed[] = [];
  const updates: Update[] = [];
  const successorFixes: Update[] = [];
  let unchanged = 0;
  for (const p of parsed) {
    const e = new RowErrors(p.row);
    const old = byCode.get(p.code);
    // The tree's shape (lib/org/unit-rules.ts) for what the row writes: a new unit, a new kind, a new parent.
    // An unchanged row is not refused for what the database already holds.
    const rule = (column: string, problem: UnitRuleProblem | null) => {
      if (problem) e.add(column, unitRuleMessage(p.level, problem));
    };
    if (!old || (p.kind !== old.kind && p.level === old.level))
      rule(H.kind, kindProblem(p.level, p.kind) ?? abolishedProblem(p.kind, p.nameFrom ?? p.validFrom));
    const parent = p.parentCode ? finalUnit(p.parentCode) : null;
    const under = !old || p.parentCode !== codeOf(old.parentId) ? parentProblem(p.level, parent?.level ?? null) : null;
    if (p.parentCode && !parent) e.add(H.parentCode, t.unknownParent(p.parentCode));
    else if (p.parentCode && loops(p.code, finalParent)) e.add(H.parentCode, t.cycle);
    else if (under) rule(H.parentCode, under);
    // A new unit starts under a parent of that day. An existing one keeps its start when it moves (a move or a
    // merger has no date: the cells of two merged communes hang under a successor younger than they are), so
    // its new parent need only be open (checked below).
    else if (!old && parent && (parent.validFrom > p.validFrom || (parent.validTo && parent.validTo < p.validFrom)))
      e.add(H.parentCode, t.parentNotValid);
    if (p.successorCode) {
      if (!finalUnit(p.successorCode)) e.add(H.successorCode, t.unknownSuccessor(p.successorCode));
      else if (loops(p.code, finalSuccessor)) e.add(H.successorCode, t.successorCycle);
    }
    if (!old) {
      if (p.nameFrom && !same(p.nameFrom, p.validFrom)) e.add(H.nameFrom, t.nameFromNew);
      if (e.list.length) errors.push(...e.list);
      else creates.push(p);
      continue;
    }
    // An existing unit: what differs, and whether the org rules allow it.
    const oldParent = codeOf(old.parentId);
    const oldSuccessor = codeOf(old.successorId);
    const nameStart = old.currentName?.validFrom ?? old.validFrom;
    const nameChanged = p.name !== old.name || p.kind !== old.kind;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const diff = (k: string, b: unknown, a: unknown) => {
      before[k] = b;
      after[k] = a;
    };
    if (p.level !== old.level) e.add(H.level, t.levelChange(UNIT_LEVEL_LABELS[old.level]));
    if (!same(p.validFrom, old.validFrom)) e.add(H.validFrom, t.validFromChange(formatDmy(old.validFrom)));
    if (old.validTo && !p.validTo) e.add(H.validTo, t.reopen);
    if (old.validTo && p.validTo && !same(p.validTo, old.validTo))
      e.add(H.validTo, t.validToChange(formatDmy(old.validTo)));
    if (nameChanged) {
      diff("name", old.name, p.name);
      if (p.kind !== old.kind) diff("kind", old.kind, p.kind);
      if (!p.nameFrom) e.add(H.nameFrom, t.nameFromRequired);
      else if (p.nameFrom < nameStart) e.add(H.nameFrom, t.nameFromBefore(formatDmy(nameStart)));
      else if (p.nameFrom > nameStart && old.validTo) e.add(H.name, t.closedChange);
      else if (p.nameFrom > nameStart) after.nameFrom = dmy(p.nameFrom);
    } else if (p.nameFrom && !same(p.nameFrom, nameStart)) {
      e.add(H.nameFrom, t.nameFromWithoutChange(formatDmy(nameStart)));
    }
    const move = p.parentCode !== oldParent;
    if (move) {
      diff("parentCode", oldParent, p.parentCode);
      if (old.validTo) e.add(H.parentCode, t.closedChange);
      else if (p.parentCode && finalUnit(p.parentCode)?.validTo) e.add(H.parentCode, t.parentClosed);
    }
    const close = !old.validTo && !!p.validTo;
    if (close) {
      diff("validTo", null, dmy(p.validTo));
      const why = closeProblem.get(old.id);
      if (why) e.add(H.validTo, t.cannotClose(why));
    }
    const successor = p.successorCode !== oldSuccessor;
    if (successor) diff("successorCode", oldSuccessor, p.successorCode);
    if (e.list.length) {
      errors.push(...e.list);
      continue;
    }
    if (!Object.keys(after).length) {
      unchanged++;
      continue;
    }
    const u: Update = {
      unit: old,
      row: p,
      correctName: nameChanged && same(p.nameFrom, nameStart),
      rename: nameChanged && !same(p.nameFrom, nameStart),
      move,
      close,
      successor,
      before,
      after,
    };
    updates.push(u);
    if (successor && !close) successorFixes.push(u);
  }
  errors.sort((a, b) => a.row - b.row);

  return {
    counts: { total, new: creates.length, changed: updates.length, unchanged },
    errors,
    async apply(tx, { actor, fileName }) {
      const ids = new Map<string, number>([...byCode].map(([c, u]) => [c, u.id]));
      // New units parent first: each wave's parents exist (the lineage trigger reads them on insert).
      let pending = creates;
      while (pending.length) {
        const wave = pending.filter((p) => !p.parentCode || ids.has(p.parentCode));
        if (!wave.length) throw new ImportConflictError();
        const placed = new Set(wave);
        pending = pending.filter((p) => !placed.has(p));
        // Multi-row statements (lib/import/sql.ts): Prisma's per-row client work made 10,000 units minutes.
        for (const part of chunks(wave, 2000)) {
          const now = new Date().toISOString();
          const rows = await insertRows(
            tx,
            "Unit",
            {
              code: "text",
              name: "text",
              kind: '"UnitKind"',
              level: '"UnitLevel"',
              parentId: "int",
              validFrom: "date",
              validTo: "date",
              path: "text",
              updatedAt: "timestamptz",
            },
            part.map((p) => ({
              code: p.code,
              name: p.name,
              kind: p.kind,
              level: p.level,
              parentId: p.parentCode ? ids.get(p.parentCode)! : null,
              validFrom: day(p.validFrom),
              validTo: p.validTo ? day(p.validTo) : null,
              path: "",
              updatedAt: now,
            })),
            `"id", "code"`,
          );
          for (const r of rows) ids.set(r.code as string, r.id as number);
          await insertRows(
            tx,
            "UnitName",
            { unitId: "int", name: "text", kind: '"UnitKind"', validFrom: "date", validTo: "date" },
            part.map((p) => ({
              unitId: ids.get(p.code)!,
              name: p.name,
              kind: p.kind,
              validFrom: day(p.validFrom),
              validTo: p.validTo ? day(p.validTo) : null,
            })),
          );
          await insertAudits(
            tx,
            part.map((p) => ({
              actorId: actor.userId,
              action: "org.unit.create",
              entity: "Unit",
              entityId: String(ids.get(p.code)),
              data: {
                fileName,
                before: null,
                after: {
                  code: p.code,
                  name: p.name,
                  kind: p.kind,
                  level: p.level,
                  parentCode: p.parentCode || null,
                  validFrom: dmy(p.validFrom),
                  validTo: dmy(p.validTo) || null,
                  successorCode: p.successorCode || null,
                },
              },
            })),
          );
        }
      }
      await computePaths(tx);
      const successors = creates.filter((p) => p.successorCode);
      for (const part of chunks(successors, 2000)) {
        const n = await updateRows(
          tx,
          "Unit",
          { successorId: "int" },
          part.map((p) => ({ id: ids.get(p.code)!, successorId: ids.get(p.successorCode)! })),
        );
        if (n.length !== part.length) throw new ImportConflictError();
      }
      // Existing units, through the org use cases: names, then moves, then successors, then closings
      // (a unit's children are moved away before it closes).
      for (const u of updates) {
        const from = u.row.nameFrom!;
        if (u.correctName) {
          const n = await tx.unit.updateMany({
            where: { id: u.unit.id, name: u.unit.name, kind: u.unit.kind },
            data: { name: u.row.name, kind: u.row.kind },
          });
          if (n.count !== 1) throw new ImportConflictError();
          if (u.unit.currentName)
            await tx.unitName.update({
              where: { id: u.unit.currentName.id },
              data: { name: u.row.name, kind: u.row.kind },
            });
        } else if (u.rename) {
          const open = u.unit.currentName;
          const currentName = open && open.validTo === null ? open : null;
          const done = await renameUnitInTx(
            tx,
            actor.userId,
            { ...u.unit, currentName },
            { name: u.row.name, kind: u.row.kind, from },
          );
          if (!done) throw new ImportConflictError();
        }
      }
      for (const u of updates) {
        if (!u.move) continue;
        const code = u.row.parentCode;
        const name = fileByCode.get(code)?.name ?? byCode.get(code)!.name;
        await moveUnitInTx(tx, actor.userId, u.unit, { id: ids.get(code)!, name });
      }
      for (const part of chunks(successorFixes, 2000)) {
        const n = await updateRows(
          tx,
          "Unit",
          { successorId: "int", updatedAt: "timestamptz" },
          part.map((u) => ({
            id: u.unit.id,
            successorId: u.row.successorCode ? ids.get(u.row.successorCode)! : null,
            updatedAt: new Date().toISOString(),
          })),
        );
        if (n.length !== part.length) throw new ImportConflictError();
      }
      for (const u of updates) {
        if (!u.close) continue;
        const successorId = u.row.successorCode ? ids.get(u.row.successorCode)! : null;
        if (!(await closeUnitInTx(tx, actor.userId, u.unit.id, u.row.validTo!, successorId)))
          throw new ImportConflictError();
      }
      for (const part of chunks(updates, 2000)) {
        await insertAudits(
          tx,
          part.map((u) => ({
            actorId: actor.userId,
            action: "unit.import.update",
            entity: "Unit",
            entityId: String(u.unit.id),
            data: { fileName, code: u.unit.code, before: u.before, after: u.after },
          })),
        );
      }
      if (creates.length || updates.length) await computePaths(tx);
    },
  };
}
