import { prisma, type Tx } from "@/lib/db/client";
import type { ModelKind, ModelState, UnitLevel } from "@/lib/generated/prisma/client";
import { IM } from "@/lib/i18n/import";
import { addressForm } from "@/lib/org/unit-names";
import { pathIds } from "@/lib/org/tree";
import { mapHeaders, pick } from "../columns";
import { unitCodesIgnoringCase } from "../unit-codes";
import { ImportFileError, type CellError } from "../errors";
import type { ImportPlan, KindContext } from "../kind";
import type { Table } from "../read-table";
import { importScopePaths, inScope, vnDay, vnMidnight } from "../scope";
import { Spool } from "../spool";
import { asArrays, ImportConflictError, insertRows, jsonChunks, rowsFrom } from "../sql";
import { choice, key, KIND_LABELS, LEVEL_LABELS, LEVEL_ORDER, parseDay, RowErrors, text } from "../values";
import { MODEL_COLUMNS, MODEL_OUTCOMES } from "./columns";
import { modelRowSelect, outcomeAt } from "./model-row";

type Level = Exclude<UnitLevel, "GRASSROOTS">;
const H = Object.fromEntries(MODEL_COLUMNS.map((c) => [c.key, c.header])) as Record<
  (typeof MODEL_COLUMNS)[number]["key"],
  string
>;

type Parsed = {
  row: number;
  code: string;
  campaignCode: string;
  kind: ModelKind;
  fieldLabel: string;
  title: string;
  unitCode: string;
  unitName: string;
  address: string;
  personName: string;
  personPosition: string;
  registeredLevel: Level;
  state: "RECOGNIZED" | "NOT_RECOGNIZED";
  recognizedLevel: Level | null;
  outcomeDay: Date;
  typicalLevel: Level | null;
};

/**
 * A row that already has an error of its own: its references (campaign, field, unit, an existing code) are
 * still looked up with the batch, so that one upload reports every error of the row, not only the first kind.
 */
type CheckOnly = {
  checkOnly: true;
  row: number;
  code: string;
  campaignCode: string;
  fieldLabel: string;
  unitCode: string;
  unitName: string;
  address: string;
};

/** The model as the file says it should be (ids resolved). */
export type ModelTarget = {
  code: string;
  kind: ModelKind;
  title: string;
  fieldId: number;
  campaignId: number;
  ownerUnitId: number;
  ownerUnitName: string;
  ownerAddress: string;
  registeredWithUnitId: number;
  registeredLevel: Level;
  reviewUnitId: number;
  reviewLevel: Level;
  state: ModelState;
  recognizedLevel: Level | null;
  typicalLevel: Level | null;
  personName: string | null;
  personPosition: string | null;
  /** yyyy-mm-dd of the outcome (Asia/Ho_Chi_Minh). */
  outcomeDay: string;
  /** Committee unit per level (recognitions are written at each level on the way up). */
  committees: Partial<Record<Level, number>>;
};

const COMPARED = [
  "kind",
  "title",
  "fieldId",
  "campaignId",
  "ownerUnitId",
  "ownerUnitName",
  "ownerAddress",
  "registeredLevel",
  "state",
  "recognizedLevel",
  "typicalLevel",
  "personName",
  "personPosition",
  "outcomeDay",
] as const;

const rank = (l: UnitLevel) => LEVEL_ORDER.indexOf(l);
const COLUMN_ORDER = new Map<string, number>(MODEL_COLUMNS.map((c, i) => [c.header, i]));
const columnOrder = (header: string) => COLUMN_ORDER.get(header) ?? COLUMN_ORDER.size;

function parseRow(row: number, c: Record<string, unknown>, e: RowErrors): Parsed | null {
  const cell = c as Record<(typeof MODEL_COLUMNS)[number]["key"], Parameters<typeof text>[0]>;
  const code = e.maxLen(H.code, e.required(H.code, text(cell.code)), 40);
  const campaignCode = e.required(H.campaign, text(cell.campaign));
  const kind = choice(KIND_LABELS, cell.kind);
  if (kind === null) e.add(H.kind, IM.cell.required);
  if (kind === "invalid") e.add(H.kind, IM.cell.notAllowed(Object.values(KIND_LABELS)));
  const fieldLabel = e.required(H.field, text(cell.field));
  const title = e.plain(H.title, e.maxLen(H.title, e.required(H.title, text(cell.title)), 500));
  const unitCode = text(cell.unitCode);
  const unitName = e.plain(H.unitName, e.maxLen(H.unitName, text(cell.unitName), 300));
  const address = e.plain(H.address, e.maxLen(H.address, text(cell.address), 500));
  if (!unitCode && !unitName) e.add(H.unitCode, IM.cell.unitOrNameRequired);
  const personName = e.plain(H.personName, e.maxLen(H.personName, text(cell.personName), 200));
  const personPosition = e.plain(H.personPosition, e.maxLen(H.personPosition, text(cell.personPosition), 200));
  if (kind === "INDIVIDUAL" && !personName) e.add(H.personName, IM.cell.personRequired);
  const levels = Object.values(LEVEL_LABELS);
  const level = (col: "registeredLevel" | "recognizedLevel" | "typicalLevel") => {
    const v = choice(LEVEL_LABELS, cell[col]);
    if (v === "invalid") e.add(H[col], IM.cell.notAllowed(levels));
    return v === "invalid" ? undefined : v;
  };
  const registeredLevel = level("registeredLevel");
  if (registeredLevel === null) e.add(H.registeredLevel, IM.cell.required);
  const outcome = choice(MODEL_OUTCOMES, cell.outcome);
  if (outcome === null) e.add(H.outcome, IM.cell.outcomeRequired(H.outcome, Object.values(MODEL_OUTCOMES)));
  if (outcome === "invalid") e.add(H.outcome, IM.cell.notAllowed(Object.values(MODEL_OUTCOMES)));
  const recognizedLevel = level("recognizedLevel");
  const typicalLevel = level("typicalLevel");
  const day = parseDay(cell.outcomeDate as never);
  if (day === null) e.add(H.outcomeDate, IM.cell.outcomeDateRequired(H.outcomeDate));
  if (day === "invalid") e.add(H.outcomeDate, IM.cell.date);
  if (outcome === "RECOGNIZED") {
    if (recognizedLevel === null) e.add(H.recognizedLevel, IM.cell.recognizedLevelRequired);
    else if (recognizedLevel && registeredLevel && rank(recognizedLevel) < rank(registeredLevel)) {
      e.add(H.recognizedLevel, IM.cell.levelBelowRegistered);
    }
    if (typicalLevel && registeredLevel && recognizedLevel) {
      if (rank(typicalLevel) < rank(registeredLevel) || rank(typicalLevel) > rank(recognizedLevel)) {
        e.add(H.typicalLevel, IM.cell.typicalAboveRecognized);
      }
    }
  } else if (outcome === "NOT_RECOGNIZED") {
    if (recognizedLevel) e.add(H.recognizedLevel, IM.cell.recognizedLevelNotAllowed);
    if (typicalLevel) e.add(H.typicalLevel, IM.cell.typicalNeedsRecognition);
  }
  if (e.list.length) return null;
  return {
    row,
    code,
    campaignCode,
    kind: kind as ModelKind,
    fieldLabel,
    title,
    unitCode,
    unitName,
    address,
    personName,
    personPosition,
    registeredLevel: registeredLevel as Level,
    state: outcome as Parsed["state"],
    recognizedLevel: (recognizedLevel ?? null) as Level | null,
    outcomeDay: day as Date,
    typicalLevel: (typicalLevel ?? null) as Level | null,
  };
}

type UnitRow = { id: number; code: string; name: string; level: UnitLevel; path: string };
/** A unit a name of the file may mean: today's name or an earlier one, with its validity. */
type NameCandidate = UnitRow & { validFrom: Date; validTo: Date | null; matchedName: string };

/**
 * The unit a row names without a code: the only unit of the importer's scope that bears (or bore) that name,
 * compared without diacritics, case or extra spaces; among several, the only one in force on the outcome day.
 */
function unitByName(candidates: NameCandidate[], day: Date | null): NameCandidate[] {
  if (candidates.length <= 1 || !day) return candidates;
  const valid = candidates.filter((u) => u.validFrom <= day && (!u.validTo || u.validTo >= day));
  return valid.length === 1 ? valid : candidates;
}

/** The committee at `level` on a unit's (historic) path; without one, the nearest committee above it. */
function committeeAt(chain: UnitRow[], level: Level): UnitRow | undefined {
  const exact = [...chain].reverse().find((u) => u.level === level);
  if (exact) return exact;
  return [...chain].reverse().find((u) => rank(u.level) > rank(level)) ?? chain[0];
}

/** Existing model, as compared with a target. */
type Existing = {
  id: number;
  version: number;
  imported: boolean;
  inScope: boolean;
  values: Record<(typeof COMPARED)[number], unknown>;
};

async function loadExisting(db: Tx, codes: string[], paths: string[] | null): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  if (!codes.length) return out;
  const rows = await db.model.findMany({
    where: { code: { in: codes } },
    select: {
      ...modelRowSelect,
      version: true,
      imported: true,
      fieldId: true,
      campaignId: true,
      ownerUnitId: true,
      ownerUnit: { select: { path: true } },
      reviewUnit: { select: { path: true } },
    },
  });
  for (const m of rows) {
    out.set(m.code, {
      id: m.id,
      version: m.version,
      imported: m.imported,
      inScope: inScope(paths, m.ownerUnit.path) || inScope(paths, m.reviewUnit.path),
      values: {
        kind: m.kind,
        title: m.title,
        fieldId: m.fieldId,
        campaignId: m.campaignId,
        ownerUnitId: m.ownerUnitId,
        ownerUnitName: m.ownerUnitName,
        ownerAddress: m.ownerAddress,
        registeredLevel: m.registeredLevel,
        // A recognized model proposed upward is still recognized at its level.
        state: m.state === "PROPOSED" ? "RECOGNIZED" : m.state,
        recognizedLevel: m.recognizedLevel,
        typicalLevel: m.typicalLevel,
        personName: m.personName,
        personPosition: m.personPosition,
        outcomeDay: vnDay(outcomeAt(m)),
      },
    });
  }
  return out;
}

/** Name resolutions kept for the preview: enough to check a file by eye, bounded for a 100,000-row one. */
const MAX_NOTES = 1000;

/** Rows are checked against the database and written this many at a time (memory stays bounded). */
const BATCH = 2000;

/** One planned write, as spooled between the plan and its apply. */
type Planned =
  | { op: "create"; target: ModelTarget }
  | {
      op: "update";
      id: number;
      version: number;
      target: ModelTarget;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    };

const UNIT_SELECT = { id: true, code: true, name: true, level: true, path: true } as const;

/**
 * Streams the file once: each row is parsed as it arrives; every BATCH rows the batch is resolved
 * against the database (lists, units, existing models, loaded for that batch only and cached where
 * small) and what it would write is spooled to a temporary file. Only the codes seen (duplicates) and
 * the errors stay in memory.
 */
export async function planModels(table: Table, ctx: KindContext): Promise<ImportPlan> {
  const { actor } = ctx;
  const mapping = mapHeaders(MODEL_COLUMNS, table.headers);
  const db = prisma;
  const paths = await importScopePaths(actor);
  const fields = await db.field.findMany({ select: { id: true, code: true, name: true } });
  const fieldByKey = new Map<string, number>();
  for (const f of fields) {
    fieldByKey.set(key(f.name), f.id);
    fieldByKey.set(key(f.code), f.id);
  }
  const actorUnit = await db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: UNIT_SELECT });
  // Small caches: a file names at most the tree's units and a few campaigns.
  const campaignByCode = new Map<string, number | null>();
  const units = new Map<string, UnitRow | null>();
  const unitsByName = new Map<string, NameCandidate[]>();
  const ancestors = new Map<number, UnitRow>();
  /** How each name without a code was resolved, for the preview (capped like the errors). */
  const notes: CellError[] = [];

  const errors: CellError[] = [];
  const firstRowOfCode = new Map<string, number>();
  const counts = { total: 0, new: 0, changed: 0, unchanged: 0 };
  const spool = await Spool.open<Planned>();

  async function resolve(all: (Parsed | CheckOnly)[]) {
    if (!all.length) return;
    const batch = all.filter((p): p is Parsed => !("checkOnly" in p));
    const checks = all.filter((p): p is CheckOnly => "checkOnly" in p);
    const newCampaigns = [...new Set(all.map((p) => p.campaignCode).filter(Boolean))].filter(
      (c) => !campaignByCode.has(c),
    );
    if (newCampaigns.length) {
      const rows = await db.campaign.findMany({
        where: { code: { in: newCampaigns } },
        select: { id: true, code: true, ownerUnit: { select: { path: true } } },
      });
      for (const c of newCampaigns) campaignByCode.set(c, null);
      for (const c of rows) if (inScope(paths, c.ownerUnit.path)) campaignByCode.set(c.code, c.id);
    }
    const newUnits = [...new Set(all.map((p) => p.unitCode).filter(Boolean))].filter((c) => !units.has(c));
    const found: UnitRow[] = [];
    if (newUnits.length) {
      const rows = await db.unit.findMany({ where: { code: { in: newUnits } }, select: UNIT_SELECT });
      for (const c of newUnits) units.set(c, null);
      for (const u of rows) if (inScope(paths, u.path)) units.set(u.code, u);
      found.push(...rows);
      // A code typed in another case names the one unit that bears it (as the forms do).
      const exact = new Set(rows.map((u) => u.code));
      const near = await unitCodesIgnoringCase(
        db,
        newUnits.filter((c) => !exact.has(c)),
      );
      if (near.size) {
        const byCode = new Map(
          (await db.unit.findMany({ where: { code: { in: [...near.values()] } }, select: UNIT_SELECT })).map((u) => [
            u.code,
            u,
          ]),
        );
        for (const [typed, code] of near) {
          const u = byCode.get(code);
          if (u && inScope(paths, u.path)) {
            units.set(typed, u);
            found.push(u);
          }
        }
      }
    }
    const newNames = [...new Set(all.filter((p) => !p.unitCode && p.unitName).map((p) => key(p.unitName)))].filter(
      (k) => !unitsByName.has(k),
    );
    if (newNames.length) {
      // Folded as key() folds (lib/db/search.ts): diacritics and đ, case, runs of spaces.
      const rows = await db.$queryRaw<(NameCandidate & { key: string })[]>`
        WITH names AS (SELECT id AS "unitId", name FROM "Unit" UNION SELECT "unitId", name FROM "UnitName")
        SELECT DISTINCT ON (k.key, u.id) k.key, u.id, u.code, u.name, u.level, u.path, u."validFrom", u."validTo",
          n.name AS "matchedName"
        FROM unnest(${newNames}::text[]) AS k(key)
        JOIN names n ON btrim(regexp_replace(vn_fold(n.name), '[[:space:]]+', ' ', 'g')) = k.key
        JOIN "Unit" u ON u.id = n."unitId"
        ORDER BY k.key, u.id, (n.name = u.name) DESC`;
      for (const k of newNames) unitsByName.set(k, []);
      for (const u of rows.sort((a, b) => a.code.localeCompare(b.code))) {
        if (!inScope(paths, u.path)) continue;
        const { key: k, ...unit } = u;
        unitsByName.get(k)!.push(unit);
        found.push(unit);
      }
    }
    const missing = new Set<number>();
    for (const u of found) for (const id of pathIds(u.path)) if (!ancestors.has(id)) missing.add(id);
    if (missing.size) {
      for (const u of await db.unit.findMany({ where: { id: { in: [...missing] } }, select: UNIT_SELECT })) {
        ancestors.set(u.id, u);
      }
    }
    const existing = await loadExisting(db, all.map((p) => p.code).filter(Boolean), paths);
    // What the row names, looked up; an error for each name not found. A parsed row's campaign and field are
    // never empty; a check-only row's may be (its own error says so already).
    const lookUp = (r: Parsed | CheckOnly, e: RowErrors) => {
      const campaignId = r.campaignCode ? (campaignByCode.get(r.campaignCode) ?? undefined) : undefined;
      if (r.campaignCode && campaignId === undefined) e.add(H.campaign, IM.cell.campaignNotFound(r.campaignCode));
      const fieldId = r.fieldLabel ? fieldByKey.get(key(r.fieldLabel)) : undefined;
      if (r.fieldLabel && fieldId === undefined) e.add(H.field, IM.cell.fieldNotFound(r.fieldLabel));
      let unit: UnitRow | null = r.unitCode ? (units.get(r.unitCode) ?? null) : null;
      let byName: NameCandidate | null = null;
      if (r.unitCode && !unit) e.add(H.unitCode, IM.cell.unitNotFound(r.unitCode));
      if (!r.unitCode && r.unitName) {
        const named = unitByName(unitsByName.get(key(r.unitName)) ?? [], "outcomeDay" in r ? r.outcomeDay : null);
        if (named.length === 1) {
          unit = byName = named[0];
          if (!("checkOnly" in r) && notes.length < MAX_NOTES) {
            notes.push({
              row: r.row,
              column: H.unitName,
              message: IM.cell.unitByName(r.unitName, unit.name, unit.code),
            });
          }
        } else if (named.length === 0) {
          // A unit outside the tree (an association, a school the tree does not list): the model is the
          // importer's unit's, with the name and address as the file gives them (ADR 0065), said in the preview.
          if (!r.address) e.add(H.address, IM.cell.addressRequired(r.unitName, H.unitCode));
          else if (!("checkOnly" in r) && notes.length < MAX_NOTES)
            notes.push({
              row: r.row,
              column: H.unitName,
              message: IM.cell.unitNameNotFound(r.unitName, H.unitCode, actorUnit.name),
            });
        } else
          e.add(
            H.unitName,
            IM.cell.unitNameAmbiguous(
              r.unitName,
              named.map((u) => u.code),
              H.unitCode,
            ),
          );
      }
      const old = r.code ? existing.get(r.code) : undefined;
      if (old && !old.inScope) e.add(H.code, IM.cell.outOfScopeModel);
      return { campaignId, fieldId, unit, byName, old };
    };
    for (const c of checks) {
      const e = new RowErrors(c.row);
      lookUp(c, e);
      errors.push(...e.list);
    }
    const planned: Planned[] = [];
    for (const p of batch) {
      const e = new RowErrors(p.row);
      const { campaignId, fieldId, unit, byName, old } = lookUp(p, e);
      let chain: UnitRow[] = [actorUnit];
      let owner: UnitRow = actorUnit;
      if (unit) {
        owner = unit;
        chain = pathIds(unit.path)
          .map((id) => ancestors.get(id))
          .filter((x): x is UnitRow => !!x);
      }
      if (old && !old.inScope) e.add(H.code, IM.cell.outOfScopeModel);
      if (e.list.length) {
        errors.push(...e.list);
        continue;
      }
      const committees: Partial<Record<Level, number>> = {};
      for (const l of ["COMMUNE", "DISTRICT", "PROVINCE"] as Level[]) {
        const c = chain.find((u) => u.level === l);
        if (c) committees[l] = c.id;
      }
      const finalLevel = p.recognizedLevel ?? p.registeredLevel;
      const above = chain
        .filter((u) => u.id !== owner.id && ["COMMUNE", "DISTRICT", "PROVINCE"].includes(u.level))
        .reverse();
      const target: ModelTarget = {
        code: p.code,
        kind: p.kind,
        title: p.title,
        fieldId: fieldId!,
        campaignId: campaignId!,
        ownerUnitId: owner.id,
        // Found by its name: the name as the tree spells it (the file's may lack diacritics), at that time.
        ownerUnitName: byName ? byName.matchedName : p.unitName || owner.name,
        ownerAddress: p.address || above.map((u) => addressForm(u.name)).join(", "),
        registeredWithUnitId: unit ? committeeAt(chain, p.registeredLevel)!.id : actorUnit.id,
        registeredLevel: p.registeredLevel,
        reviewUnitId: unit ? committeeAt(chain, finalLevel)!.id : actorUnit.id,
        reviewLevel: finalLevel,
        state: p.state,
        recognizedLevel: p.recognizedLevel,
        typicalLevel: p.typicalLevel,
        personName: p.personName || null,
        personPosition: p.personPosition || null,
        outcomeDay: p.outcomeDay.toISOString().slice(0, 10),
        committees,
      };
      if (!old) {
        counts.new++;
        planned.push({ op: "create", target });
        continue;
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const k of COMPARED) {
        if (old.values[k] !== target[k]) {
          before[k] = old.values[k];
          after[k] = target[k];
        }
      }
      if (!Object.keys(after).length) counts.unchanged++;
      else if (!old.imported) errors.push({ row: p.row, column: H.code, message: IM.cell.notImportedModel });
      else {
        counts.changed++;
        planned.push({ op: "update", id: old.id, version: old.version, target, before, after });
      }
    }
    await spool.write(planned);
  }

  try {
    let batch: (Parsed | CheckOnly)[] = [];
    for await (const r of table.rows) {
      counts.total++;
      const e = new RowErrors(r.row);
      const cells = pick(mapping, r.cells);
      const p = parseRow(r.row, cells, e);
      const code = p?.code ?? text(cells.code);
      if (code) {
        const first = firstRowOfCode.get(code);
        if (first !== undefined) e.add(H.code, IM.cell.duplicateCode(first));
        else firstRowOfCode.set(code, r.row);
      }
      if (e.list.length) {
        errors.push(...e.list);
        batch.push({
          checkOnly: true,
          row: r.row,
          code: code ?? "",
          campaignCode: text(cells.campaign),
          fieldLabel: text(cells.field),
          unitCode: text(cells.unitCode),
          unitName: text(cells.unitName),
          address: text(cells.address),
        });
      } else if (p) batch.push(p);
      if (batch.length >= BATCH) {
        await resolve(batch);
        batch = [];
      }
      if (counts.total % BATCH === 0) await ctx.onProgress(counts.total);
    }
    await resolve(batch);
    await ctx.onProgress(counts.total);
    if (counts.total === 0) throw new ImportFileError(IM.file.noRows);
    await spool.finish();
  } catch (err) {
    await spool.discard();
    throw err;
  }
  // Rows are read in order, but a batch's database errors come after the parse errors of later rows; within a
  // row, in the order of the columns.
  errors.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));

  notes.sort((a, b) => a.row - b.row);

  return {
    counts,
    errors,
    notes,
    async apply(tx, { actor: a, fileName }) {
      const comment = `Nhập từ tệp ${fileName}`;
      // The dashboard triggers (ADR 0053) would recount each model once per statement below (model,
      // events, recognitions, typical designations) and every summary row once per batch; they are
      // deferred and the written models recounted once at the end, in the same transaction (ADR 0056).
      const deferred = await deferDashboard(tx);
      const created: number[] = [];
      const updated: number[] = [];
      for await (const batch of spool.batches(BATCH)) {
        const creates = batch.flatMap((b) => (b.op === "create" ? [b.target] : []));
        const updates = batch.flatMap((b) => (b.op === "update" ? [b] : []));
        if (creates.length) {
          const ids = await insertModels(tx, creates, a.userId);
          for (const id of ids.values()) created.push(id);
          await writeHistory(
            tx,
            creates.map((t) => ({ id: ids.get(t.code)!, t })),
            a.userId,
            comment,
          );
        }
        if (updates.length) {
          for (const u of updates) updated.push(u.id);
          await updateModels(tx, updates, a.userId);
          await writeHistory(
            tx,
            updates.map((u) => ({ id: u.id, t: u.target })),
            a.userId,
            comment,
          );
          await insertRows(
            tx,
            "AuditLog",
            { actorId: "int", action: "text", entity: "text", entityId: "text", data: "jsonb" },
            updates.map((u) => ({
              actorId: a.userId,
              action: "model.import.update",
              entity: "Model",
              entityId: String(u.id),
              data: { fileName, code: u.target.code, before: u.before, after: u.after },
            })),
          );
        }
      }
      await refreshDashboard(tx, deferred, created, updated);
    },
    dispose: () => spool.discard(),
  };
}

/** Turns the dashboard triggers off for this transaction; returns the setting to restore. */
async function deferDashboard(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRawUnsafe<{ was: string }[]>(
    `SELECT coalesce(current_setting('dvk.dash_defer', true), '') AS was, set_config('dvk.dash_defer', 'on', true)`,
  );
  return row.was;
}

/**
 * Restores the triggers and recounts the models the apply wrote. dash_refresh compares a chunk's old and
 * new facts pairwise, so its cost grows with the square of the chunk when the models had facts (updates:
 * small chunks); new models have none, so they are recounted in large chunks, each summary row then
 * written a few times rather than once per statement and batch. When the caller had deferred the
 * triggers itself (a bulk load that ends with dash_rebuild), nothing is recounted here.
 */
async function refreshDashboard(tx: Tx, was: string, created: number[], updated: number[]): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT set_config('dvk.dash_defer', $1, true)`, was === "on" ? "on" : "off");
  if (was === "on") return;
  for (const [ids, size] of [
    [created, 10_000],
    [updated, 250],
  ] as const) {
    for (let i = 0; i < ids.length; i += size) {
      await tx.$executeRawUnsafe(`SELECT dash_refresh($1::int[])`, ids.slice(i, i + size));
    }
  }
}

const MODEL_COLUMNS_SQL = {
  code: "text",
  kind: '"ModelKind"',
  title: "text",
  fieldId: "int",
  campaignId: "int",
  ownerUnitId: "int",
  ownerUnitName: "text",
  ownerAddress: "text",
  registeredWithUnitId: "int",
  registeredLevel: '"UnitLevel"',
  reviewUnitId: "int",
  reviewLevel: '"UnitLevel"',
  state: '"ModelState"',
  recognizedLevel: '"UnitLevel"',
  typicalLevel: '"UnitLevel"',
  personName: "text",
  personPosition: "text",
  imported: "boolean",
  createdById: "int",
  submittedAt: "timestamptz",
  stateChangedAt: "timestamptz",
  updatedAt: "timestamptz",
} as const;

function modelRow(t: ModelTarget, actorId: number) {
  const at = vnMidnight(new Date(`${t.outcomeDay}T00:00:00Z`)).toISOString();
  return {
    code: t.code,
    kind: t.kind,
    title: t.title,
    fieldId: t.fieldId,
    campaignId: t.campaignId,
    ownerUnitId: t.ownerUnitId,
    ownerUnitName: t.ownerUnitName,
    ownerAddress: t.ownerAddress,
    registeredWithUnitId: t.registeredWithUnitId,
    registeredLevel: t.registeredLevel,
    reviewUnitId: t.reviewUnitId,
    reviewLevel: t.reviewLevel,
    state: t.state,
    recognizedLevel: t.recognizedLevel,
    typicalLevel: t.typicalLevel,
    personName: t.personName,
    personPosition: t.personPosition,
    imported: true,
    createdById: actorId,
    submittedAt: at,
    stateChangedAt: at,
    updatedAt: new Date().toISOString(),
  };
}

async function insertModels(tx: Tx, targets: ModelTarget[], actorId: number): Promise<Map<string, number>> {
  const rows = await insertRows(
    tx,
    "Model",
    MODEL_COLUMNS_SQL,
    targets.map((t) => modelRow(t, actorId)),
    "id, code",
  );
  return new Map(rows.map((r) => [r.code as string, r.id as number]));
}

/** Updates a batch of imported models, each only at the version the preview saw; history is rewritten. */
async function updateModels(tx: Tx, items: { id: number; version: number; target: ModelTarget }[], actorId: number) {
  const cols = Object.entries(MODEL_COLUMNS_SQL).filter(([c]) => c !== "code" && c !== "createdById");
  const columns = { id: "int", version: "int", ...Object.fromEntries(cols) };
  const set = cols.map(([c]) => `"${c}" = t."${c}"`).join(", ");
  const rows = asArrays(
    columns,
    items.map((u) => ({ id: u.id, version: u.version, ...modelRow(u.target, actorId) })),
  );
  let n = 0;
  for (const json of jsonChunks(rows)) {
    n += await tx.$executeRawUnsafe(
      `UPDATE "Model" AS m SET ${set}, "version" = m."version" + 1
         FROM ${rowsFrom(columns)}
        WHERE m."id" = t."id" AND m."version" = t."version" AND m."imported"`,
      json,
    );
  }
  if (n !== items.length) throw new ImportConflictError();
  const ids = JSON.stringify(items.map((u) => u.id));
  for (const table of ["Recognition", "TypicalDesignation", "ReviewEvent"]) {
    await tx.$executeRawUnsafe(
      `DELETE FROM "${table}" WHERE "imported" AND "modelId" IN (SELECT value::int FROM jsonb_array_elements_text($1::jsonb))`,
      ids,
    );
  }
}

/** Recognitions (each committee level from registration up), typical designation and timeline, marked imported. */
async function writeHistory(tx: Tx, items: { id: number; t: ModelTarget }[], actorId: number, comment: string) {
  const events: Record<string, unknown>[] = [];
  const recognitions: Record<string, unknown>[] = [];
  const typicals: Record<string, unknown>[] = [];
  for (const { id, t } of items) {
    const at = vnMidnight(new Date(`${t.outcomeDay}T00:00:00Z`)).toISOString();
    const base = { modelId: id, actorId, comment, imported: true, createdAt: at, fromState: null, toState: null };
    if (t.state === "RECOGNIZED" && t.recognizedLevel) {
      for (const l of ["COMMUNE", "DISTRICT", "PROVINCE"] as Level[]) {
        if (rank(l) < rank(t.registeredLevel) || rank(l) > rank(t.recognizedLevel)) continue;
        const unitId = l === t.recognizedLevel ? t.reviewUnitId : t.committees[l];
        if (unitId === undefined) continue;
        recognitions.push({ modelId: id, level: l, unitId, recognizedAt: at, byId: actorId, imported: true });
      }
      events.push({
        ...base,
        action: "RECOGNIZE",
        fromState: "UNDER_REVIEW",
        toState: "RECOGNIZED",
        level: t.recognizedLevel,
        unitId: t.reviewUnitId,
      });
      if (t.typicalLevel) {
        const unitId =
          t.typicalLevel === t.recognizedLevel ? t.reviewUnitId : (t.committees[t.typicalLevel] ?? t.reviewUnitId);
        typicals.push({ modelId: id, level: t.typicalLevel, unitId, designatedAt: at, byId: actorId, imported: true });
        events.push({ ...base, action: "DESIGNATE_TYPICAL", level: t.typicalLevel, unitId });
      }
    } else {
      events.push({
        ...base,
        action: "NOT_RECOGNIZE",
        fromState: "UNDER_REVIEW",
        toState: "NOT_RECOGNIZED",
        level: t.reviewLevel,
        unitId: t.reviewUnitId,
      });
    }
  }
  await insertRows(
    tx,
    "ReviewEvent",
    {
      modelId: "int",
      action: '"ReviewAction"',
      fromState: '"ModelState"',
      toState: '"ModelState"',
      level: '"UnitLevel"',
      unitId: "int",
      actorId: "int",
      comment: "text",
      imported: "boolean",
      createdAt: "timestamptz",
    },
    events,
  );
  await insertRows(
    tx,
    "Recognition",
    {
      modelId: "int",
      level: '"UnitLevel"',
      unitId: "int",
      recognizedAt: "timestamptz",
      byId: "int",
      imported: "boolean",
    },
    recognitions,
  );
  await insertRows(
    tx,
    "TypicalDesignation",
    {
      modelId: "int",
      level: '"UnitLevel"',
      unitId: "int",
      designatedAt: "timestamptz",
      byId: "int",
      imported: "boolean",
    },
    typicals,
  );
}
