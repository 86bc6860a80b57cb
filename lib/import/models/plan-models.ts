import { prisma, type Tx } from "@/lib/db/client";
import type { ModelKind, ModelState, Prisma, UnitLevel } from "@/lib/generated/prisma/client";
import { IM } from "@/lib/i18n/import";
import { addressForm } from "@/lib/org/unit-names";
import { pathIds } from "@/lib/org/tree";
import { audit } from "@/lib/audit";
import { mapHeaders, pick } from "../columns";
import { ImportFileError, type CellError } from "../errors";
import type { ImportPlan, KindContext } from "../kind";
import type { Table } from "../read-table";
import { chunks, importScopePaths, inScope, vnDay, vnMidnight } from "../scope";
import { choice, key, KIND_LABELS, LEVEL_LABELS, LEVEL_ORDER, parseDay, RowErrors, text } from "../values";
import { MODEL_COLUMNS, MODEL_OUTCOMES } from "./columns";
import { COMMITTEE_LEVELS } from "@/lib/workflow/state-machine";

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

function parseRow(row: number, c: Record<string, unknown>, e: RowErrors): Parsed | null {
  const cell = c as Record<(typeof MODEL_COLUMNS)[number]["key"], Parameters<typeof text>[0]>;
  const code = e.maxLen(H.code, e.required(H.code, text(cell.code)), 40);
  const campaignCode = e.required(H.campaign, text(cell.campaign));
  const kind = choice(KIND_LABELS, cell.kind);
  if (kind === null) e.add(H.kind, IM.cell.required);
  if (kind === "invalid") e.add(H.kind, IM.cell.notAllowed(Object.values(KIND_LABELS)));
  const fieldLabel = e.required(H.field, text(cell.field));
  const title = e.maxLen(H.title, e.required(H.title, text(cell.title)), 500);
  const unitCode = text(cell.unitCode);
  const unitName = e.maxLen(H.unitName, text(cell.unitName), 300);
  const address = e.maxLen(H.address, text(cell.address), 500);
  if (!unitCode && !unitName) e.add(H.unitCode, IM.cell.unitOrNameRequired);
  else if (!unitCode && !address) e.add(H.address, IM.cell.addressRequired);
  const personName = e.maxLen(H.personName, text(cell.personName), 200);
  const personPosition = e.maxLen(H.personPosition, text(cell.personPosition), 200);
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
  if (outcome === null) e.add(H.outcome, IM.cell.required);
  if (outcome === "invalid") e.add(H.outcome, IM.cell.notAllowed(Object.values(MODEL_OUTCOMES)));
  const recognizedLevel = level("recognizedLevel");
  const typicalLevel = level("typicalLevel");
  const day = parseDay(cell.outcomeDate as never);
  if (day === null) e.add(H.outcomeDate, IM.cell.required);
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
  for (const part of chunks(codes, 5000)) {
    const rows = await db.model.findMany({
      where: { code: { in: part } },
      select: {
        id: true,
        code: true,
        version: true,
        imported: true,
        kind: true,
        title: true,
        fieldId: true,
        campaignId: true,
        ownerUnitId: true,
        ownerUnitName: true,
        ownerAddress: true,
        registeredLevel: true,
        state: true,
        recognizedLevel: true,
        typicalLevel: true,
        personName: true,
        personPosition: true,
        stateChangedAt: true,
        ownerUnit: { select: { path: true } },
        reviewUnit: { select: { path: true } },
        recognitions: { select: { level: true, recognizedAt: true } },
      },
    });
    for (const m of rows) {
      const rec = m.recognitions.find((r) => r.level === m.recognizedLevel);
      const outcomeAt = rec?.recognizedAt ?? m.stateChangedAt;
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
          outcomeDay: vnDay(outcomeAt),
        },
      });
    }
  }
  return out;
}

export async function planModels(table: Table, ctx: KindContext): Promise<ImportPlan> {
  const { actor } = ctx;
  const mapping = mapHeaders(MODEL_COLUMNS, table.headers);
  const errors: CellError[] = [];
  const parsed: Parsed[] = [];
  const firstRowOfCode = new Map<string, number>();
  let total = 0;
  for await (const r of table.rows) {
    total++;
    const e = new RowErrors(r.row);
    const p = parseRow(r.row, pick(mapping, r.cells), e);
    const code = p?.code ?? text(pick(mapping, r.cells).code);
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

  const paths = await importScopePaths(actor);
  const db = prisma;
  // Lists the rows refer to, loaded once.
  const [fields, campaigns] = await Promise.all([
    db.field.findMany({ select: { id: true, code: true, name: true } }),
    db.campaign.findMany({
      where: { code: { in: [...new Set(parsed.map((p) => p.campaignCode))] } },
      select: { id: true, code: true, ownerUnit: { select: { path: true } } },
    }),
  ]);
  const fieldByKey = new Map<string, number>();
  for (const f of fields) {
    fieldByKey.set(key(f.name), f.id);
    fieldByKey.set(key(f.code), f.id);
  }
  const campaignByCode = new Map(campaigns.filter((c) => inScope(paths, c.ownerUnit.path)).map((c) => [c.code, c.id]));
  const units = new Map<string, UnitRow>();
  for (const part of chunks([...new Set(parsed.map((p) => p.unitCode).filter(Boolean))], 10_000)) {
    const rows = await db.unit.findMany({
      where: { code: { in: part } },
      select: { id: true, code: true, name: true, level: true, path: true },
    });
    for (const u of rows) if (inScope(paths, u.path)) units.set(u.code, u);
  }
  const ancestorIds = new Set<number>();
  for (const u of units.values()) for (const id of pathIds(u.path)) ancestorIds.add(id);
  const ancestors = new Map<number, UnitRow>();
  for (const part of chunks([...ancestorIds], 10_000)) {
    const rows = await db.unit.findMany({
      where: { id: { in: part } },
      select: { id: true, code: true, name: true, level: true, path: true },
    });
    for (const u of rows) ancestors.set(u.id, u);
  }
  const actorUnit = await db.unit.findUniqueOrThrow({
    where: { id: actor.unitId },
    select: { id: true, code: true, name: true, level: true, path: true },
  });
  const existing = await loadExisting(
    db,
    parsed.map((p) => p.code),
    paths,
  );

  const creates: ModelTarget[] = [];
  const updates: {
    id: number;
    version: number;
    target: ModelTarget;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }[] = [];
  let unchanged = 0;
  for (const p of parsed) {
    const e = new RowErrors(p.row);
    const campaignId = campaignByCode.get(p.campaignCode);
    if (campaignId === undefined) e.add(H.campaign, IM.cell.campaignNotFound(p.campaignCode));
    const fieldId = fieldByKey.get(key(p.fieldLabel));
    if (fieldId === undefined) e.add(H.field, IM.cell.fieldNotFound(p.fieldLabel));
    let chain: UnitRow[] = [actorUnit];
    let owner: UnitRow = actorUnit;
    if (p.unitCode) {
      const u = units.get(p.unitCode);
      if (!u) e.add(H.unitCode, IM.cell.unitNotFound(p.unitCode));
      else {
        owner = u;
        chain = pathIds(u.path)
          .map((id) => ancestors.get(id))
          .filter((x): x is UnitRow => !!x);
      }
    }
    const old = existing.get(p.code);
    if (old && !old.inScope) e.add(H.code, IM.cell.outOfScopeModel);
    if (e.list.length) {
      errors.push(...e.list);
      continue;
    }
    const committees: Partial<Record<Level, number>> = {};
    for (const l of COMMITTEE_LEVELS) {
      const c = chain.find((u) => u.level === l);
      if (c) committees[l] = c.id;
    }
    const finalLevel = p.recognizedLevel ?? p.registeredLevel;
    const above = chain
      .filter((u) => u.id !== owner.id && (COMMITTEE_LEVELS as readonly UnitLevel[]).includes(u.level))
      .reverse();
    const target: ModelTarget = {
      code: p.code,
      kind: p.kind,
      title: p.title,
      fieldId: fieldId!,
      campaignId: campaignId!,
      ownerUnitId: owner.id,
      ownerUnitName: p.unitName || owner.name,
      ownerAddress: p.address || above.map((u) => addressForm(u.name)).join(", "),
      registeredWithUnitId: p.unitCode ? committeeAt(chain, p.registeredLevel)!.id : actorUnit.id,
      registeredLevel: p.registeredLevel,
      reviewUnitId: p.unitCode ? committeeAt(chain, finalLevel)!.id : actorUnit.id,
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
      creates.push(target);
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
    if (!Object.keys(after).length) unchanged++;
    else if (!old.imported) errors.push({ row: p.row, column: H.code, message: IM.cell.notImportedModel });
    else updates.push({ id: old.id, version: old.version, target, before, after });
  }
  errors.sort((a, b) => a.row - b.row);

  return {
    counts: { total, new: creates.length, changed: updates.length, unchanged },
    errors,
    async apply(tx, { actor: a, fileName }) {
      const comment = `Nhập từ tệp ${fileName}`;
      const ids = new Map<string, number>();
      for (const part of chunks(creates, 1000)) {
        const rows = await tx.model.createManyAndReturn({
          data: part.map((t) => modelData(t, a.userId)),
          select: { id: true, code: true },
        });
        for (const r of rows) ids.set(r.code, r.id);
        await writeHistory(
          tx,
          part.map((t) => ({ id: ids.get(t.code)!, t })),
          a.userId,
          comment,
        );
      }
      for (const u of updates) {
        const n = await tx.model.updateMany({
          where: { id: u.id, version: u.version, imported: true },
          data: { ...modelData(u.target, a.userId), version: { increment: 1 } },
        });
        if (n.count !== 1) throw new ImportConflictError();
        await tx.recognition.deleteMany({ where: { modelId: u.id, imported: true } });
        await tx.typicalDesignation.deleteMany({ where: { modelId: u.id, imported: true } });
        await tx.reviewEvent.deleteMany({ where: { modelId: u.id, imported: true } });
        await writeHistory(tx, [{ id: u.id, t: u.target }], a.userId, comment);
        await audit(tx, {
          actorId: a.userId,
          action: "model.import.update",
          entity: "Model",
          entityId: u.id,
          data: { fileName, code: u.target.code, before: u.before, after: u.after } as Prisma.InputJsonValue,
        });
      }
    },
  };
}

export class ImportConflictError extends Error {
  constructor() {
    super(IM.job.changedSincePreview);
    this.name = "ImportConflictError";
  }
}

function modelData(t: ModelTarget, actorId: number): Prisma.ModelCreateManyInput {
  const at = vnMidnight(new Date(`${t.outcomeDay}T00:00:00Z`));
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
  };
}

/** Recognitions (each committee level from registration up), typical designation and timeline, marked imported. */
async function writeHistory(tx: Tx, items: { id: number; t: ModelTarget }[], actorId: number, comment: string) {
  const events: Prisma.ReviewEventCreateManyInput[] = [];
  const recognitions: Prisma.RecognitionCreateManyInput[] = [];
  const typicals: Prisma.TypicalDesignationCreateManyInput[] = [];
  for (const { id, t } of items) {
    const at = vnMidnight(new Date(`${t.outcomeDay}T00:00:00Z`));
    const base = { modelId: id, actorId, comment, imported: true, createdAt: at };
    if (t.state === "RECOGNIZED" && t.recognizedLevel) {
      for (const l of COMMITTEE_LEVELS) {
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
  for (const part of chunks(events, 3000)) await tx.reviewEvent.createMany({ data: part });
  for (const part of chunks(recognitions, 3000)) await tx.recognition.createMany({ data: part });
  for (const part of chunks(typicals, 3000)) await tx.typicalDesignation.createMany({ data: part });
}
