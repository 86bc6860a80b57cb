import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import { formatNumberText, registerFor } from "@/lib/decisions/numbering";
import { issuerScopeWhere } from "@/lib/decisions/shared";
import type { AwardForm, Gender, Issuer, ModelKind, ModelState, UnitLevel } from "@/lib/generated/prisma/client";
import { DECISION_MESSAGES } from "@/lib/i18n/decisions";
import { IM } from "@/lib/i18n/import";
import { IMD } from "@/lib/i18n/import-decisions";
import { vnTodayIso } from "@/lib/models/dates";
import { modelScopeWhere } from "@/lib/permissions";
import { mapHeaders, pick } from "../columns";
import { ImportFileError, type CellError } from "../errors";
import type { ImportPlan, KindContext } from "../kind";
import { ImportConflictError, insertAudits, insertRows, updateRows } from "../sql";
import type { Cell, Table } from "../read-table";
import { chunks, importScopePaths, inScope, vnMidnight } from "../scope";
import { choice, formatDmy, key, KIND_LABELS, parseDay, RowErrors, text } from "../values";
import { AWARD_FORM_LABELS, DECISION_COLUMNS, HONORIFIC_LABELS, issuerLabel, type DecisionColumnKey } from "./columns";

const H = Object.fromEntries(DECISION_COLUMNS.map((c) => [c.key, c.header])) as Record<DecisionColumnKey, string>;

/** One row of the file, checked on its own. */
type Parsed = {
  row: number;
  issuer: string;
  number: number;
  suffix: string | null;
  day: Date;
  awardForm: AwardForm | null;
  signerName: string;
  signerTitle: string;
  title: string;
  campaign: string;
  kind: ModelKind;
  order: number | null;
  honorific: Gender | null;
  name: string;
  position: string;
  address: string;
  modelTitle: string;
  modelCode: string;
};

/** An honoree line as it will be stored. */
type LineTarget = {
  kind: ModelKind;
  sortOrder: number;
  honorific: Gender | null;
  name: string;
  position: string | null;
  address: string;
  modelTitle: string;
  modelId: number | null;
};

/** The decision's own columns as stored (compared with an existing imported decision). */
type Header = {
  decisionDate: string;
  awardForm: AwardForm;
  signerName: string;
  signerTitle: string;
  title: string;
  campaignId: number | null;
};

type IssuerRow = Issuer & { unit: { id: number; level: UnitLevel } };
type ModelRow = {
  id: number;
  code: string;
  kind: ModelKind;
  title: string;
  state: ModelState;
  recognizedLevel: UnitLevel | null;
  ownerUnitName: string;
  ownerAddress: string;
  personHonorific: Gender | null;
  personName: string | null;
  personPosition: string | null;
};

type Group = {
  issuer: IssuerRow;
  register: string;
  number: number;
  numberText: string;
  rows: Parsed[];
};

type Planned = {
  group: Group;
  header: Header;
  lines: LineTarget[];
  /** Model states for the "Khen thưởng" timeline steps. */
  states: Map<number, ModelState>;
  existing: { id: number; version: number; before: Record<string, unknown>; after: Record<string, unknown> } | null;
};

const NUMBER_RE = /^(\d{1,9})(?:\s*[-/]\s*(\S.*))?$/;
const HEADER_KEYS = ["awardForm", "signerName", "signerTitle", "title", "campaign"] as const;
/** The decision's columns required on at least one of its lines (columns.ts requiredOnce). */
const REQUIRED_ONCE = ["awardForm", "signerName", "signerTitle", "title"] as const;

/**
 * Which required-once columns each decision of the file fills on some line, lines with errors included,
 * so that a column blank on every line is reported in the same pass as the lines' other errors. A decision
 * here is its issuer as typed, its number and the year of its date: a State register is the calendar year,
 * and one number is never used twice within a Party term, so two years never hold one decision. A line
 * whose date cannot be read counts for that issuer and number in any year (its own date error is reported).
 */
class HeaderPresence {
  private byDecision = new Map<string, { row: number; have: Set<string>; onFailed: Set<string> }>();
  private anyYear = new Map<string, { have: Set<string>; onFailed: Set<string> }>();
  /** Per decision and column, the first line's value; a later line with another value is told then. */
  private firstValue = new Map<string, { v: string; row: number }>();
  private differs: CellError[] = [];
  private differsAt = new Set<string>();

  private base(issuer: string | null, number: number | null) {
    return issuer && number !== null ? `${key(issuer)}|${number}` : null;
  }

  private entry(base: string, year: number, row: number) {
    const k = `${base}|${year}`;
    let d = this.byDecision.get(k);
    if (!d) this.byDecision.set(k, (d = { row, have: new Set(), onFailed: new Set() }));
    return d;
  }

  private add(
    d: { have: Set<string>; onFailed: Set<string> },
    filled: (h: (typeof REQUIRED_ONCE)[number]) => boolean,
    failed: boolean,
  ) {
    for (const h of REQUIRED_ONCE)
      if (filled(h)) {
        d.have.add(h);
        if (failed) d.onFailed.add(h);
      }
  }

  /** Every row, with whether it has errors (a row with errors is not planned). */
  note(row: number, c: Record<DecisionColumnKey, Cell>, failed: boolean) {
    const m = NUMBER_RE.exec(text(c.number) ?? "");
    const base = this.base(text(c.issuer), m ? Number(m[1]) : null);
    if (!base) return;
    const day = parseDay(c.date);
    const filled = (h: (typeof REQUIRED_ONCE)[number]) => Boolean(text(c[h]));
    if (day instanceof Date) {
      this.add(this.entry(base, day.getUTCFullYear(), row), filled, failed);
      // The decision's own columns are the same on every line that fills them, lines with errors too.
      for (const h of HEADER_KEYS) {
        const raw = text(c[h]);
        if (!raw) continue;
        const v = h === "awardForm" ? key(raw) : raw;
        const k = `${base}|${day.getUTCFullYear()}|${h}`;
        const first = this.firstValue.get(k);
        if (!first) this.firstValue.set(k, { v, row });
        else if (first.v !== v) {
          this.differs.push({ row, column: H[h], message: IMD.differsFrom(first.row) });
          this.differsAt.add(`${row}|${h}`);
        }
      }
    } else {
      const any = this.anyYear.get(base) ?? { have: new Set<string>(), onFailed: new Set<string>() };
      this.anyYear.set(base, any);
      this.add(any, filled, true);
    }
  }

  /** A row read without errors and refused later (its issuer): what it fills no planned line has. */
  failed(p: Parsed) {
    const base = this.base(p.issuer, p.number)!;
    this.add(this.entry(base, p.day.getUTCFullYear(), p.row), (h) => Boolean(p[h]), true);
  }

  private has(k: string, h: string, which: "have" | "onFailed") {
    const base = k.slice(0, k.lastIndexOf("|"));
    return Boolean(this.byDecision.get(k)?.[which].has(h) || this.anyYear.get(base)?.[which].has(h));
  }

  /** Whether `differences` already tells this line's column differs from the decision's first line. */
  toldDiffers(row: number, h: string): boolean {
    return this.differsAt.has(`${row}|${h}`);
  }

  /** The lines whose decision column differs from the first line of the same decision. */
  differences(): CellError[] {
    return this.differs;
  }

  /** "Required on one line", on the first line of each decision that fills a column on none of its lines. */
  missing(): CellError[] {
    const out: CellError[] = [];
    for (const [k, d] of this.byDecision)
      for (const h of REQUIRED_ONCE)
        if (!this.has(k, h, "have")) out.push({ row: d.row, column: H[h], message: IMD.missingForDecision });
    return out;
  }

  /**
   * A column a planned decision lacks that `missing` did not report: filled only on a line of another
   * decision counted with it here (a line dated in another year by mistake). Filled on a line with errors:
   * that line's errors stand, and this is reported once they are fixed.
   */
  unreported(p: Parsed, h: (typeof REQUIRED_ONCE)[number]): boolean {
    const k = `${this.base(p.issuer, p.number)}|${p.day.getUTCFullYear()}`;
    return this.has(k, h, "have") && !this.has(k, h, "onFailed");
  }
}

function parseRow(row: number, c: Record<DecisionColumnKey, Cell>, e: RowErrors, today: string): Parsed | null {
  const issuer = e.required(H.issuer, text(c.issuer));
  const numberRaw = e.required(H.number, text(c.number));
  const m = numberRaw ? NUMBER_RE.exec(numberRaw) : null;
  if (numberRaw && (!m || Number(m[1]) < 1)) e.add(H.number, IMD.numberInvalid);
  const day = parseDay(c.date);
  if (day === null) e.add(H.date, IM.cell.required);
  else if (day === "invalid") e.add(H.date, IM.cell.date);
  else if (day.toISOString().slice(0, 10) > today) e.add(H.date, IMD.dateInFuture);
  const awardForm = choice(AWARD_FORM_LABELS, c.awardForm);
  if (awardForm === "invalid") e.add(H.awardForm, IM.cell.notAllowed(Object.values(AWARD_FORM_LABELS)));
  const signerName = e.plain(H.signerName, e.maxLen(H.signerName, text(c.signerName), 120));
  const signerTitle = e.plain(H.signerTitle, e.maxLen(H.signerTitle, text(c.signerTitle), 200));
  const title = e.plain(H.title, e.maxLen(H.title, text(c.title), 500));
  const campaign = text(c.campaign);
  const kind = choice(KIND_LABELS, c.section);
  if (kind === null) e.add(H.section, IM.cell.required);
  if (kind === "invalid") e.add(H.section, IM.cell.notAllowed(Object.values(KIND_LABELS)));
  const orderText = text(c.order);
  const order = orderText ? Number(orderText) : null;
  if (order !== null && !(Number.isInteger(order) && order > 0 && order < 100_000)) e.add(H.order, IMD.orderInvalid);
  const honorific = choice(HONORIFIC_LABELS, c.honorific);
  if (honorific === "invalid") e.add(H.honorific, IM.cell.notAllowed(Object.values(HONORIFIC_LABELS)));
  if (honorific && honorific !== "invalid" && kind === "COLLECTIVE") e.add(H.honorific, IMD.honorificCollective);
  const name = e.plain(H.name, e.maxLen(H.name, text(c.name), 300));
  const position = e.plain(H.position, e.maxLen(H.position, text(c.position), 200));
  const address = e.plain(H.address, e.maxLen(H.address, text(c.address), 500));
  const modelTitle = e.plain(H.modelTitle, e.maxLen(H.modelTitle, text(c.modelTitle), 500));
  const modelCode = e.maxLen(H.modelCode, text(c.modelCode), 40);
  if (!name && !modelCode) e.add(H.name, IMD.nameRequired);
  if (e.list.length) return null;
  return {
    row,
    issuer,
    number: Number(m![1]),
    suffix: m![2] ?? null,
    day: day as Date,
    awardForm: awardForm as AwardForm | null,
    signerName,
    signerTitle,
    title,
    campaign,
    kind: kind as ModelKind,
    order,
    honorific: honorific as Gender | null,
    name,
    position,
    address,
    modelTitle,
    modelCode,
  };
}

/** The honoree line of a file row: blank name (and then blank details) taken from the linked model. */
function lineOf(p: Parsed, order: number, m: ModelRow | undefined): LineTarget {
  const fromModel = !p.name && m;
  const individual = p.kind === "INDIVIDUAL";
  return {
    kind: p.kind,
    sortOrder: order,
    honorific: individual ? (p.honorific ?? (fromModel ? m.personHonorific : null)) : null,
    name: p.name || (m ? (individual ? (m.personName ?? m.ownerUnitName) : m.ownerUnitName) : ""),
    position: individual ? p.position || (fromModel ? m.personPosition : null) || null : p.position || null,
    address: p.address || (fromModel ? m.ownerAddress : ""),
    modelTitle: p.modelTitle || m?.title || "",
    modelId: m?.id ?? null,
  };
}

const lineKey = (l: LineTarget) =>
  JSON.stringify([l.kind, l.sortOrder, l.honorific, l.name, l.position, l.address, l.modelTitle, l.modelId]);

async function loadModels(db: Tx, actor: Actor, codes: string[]): Promise<Map<string, ModelRow>> {
  const out = new Map<string, ModelRow>();
  for (const part of chunks(codes, 5000)) {
    const rows = await db.model.findMany({
      where: { code: { in: part }, ...modelScopeWhere(actor) },
      select: {
        id: true,
        code: true,
        kind: true,
        title: true,
        state: true,
        recognizedLevel: true,
        ownerUnitName: true,
        ownerAddress: true,
        personHonorific: true,
        personName: true,
        personPosition: true,
      },
    });
    for (const m of rows) out.set(m.code, m);
  }
  return out;
}

export async function planDecisions(table: Table, ctx: KindContext): Promise<ImportPlan> {
  const { actor } = ctx;
  const mapping = mapHeaders(DECISION_COLUMNS, table.headers);
  const today = vnTodayIso();
  const errors: CellError[] = [];
  const parsed: Parsed[] = [];
  const presence = new HeaderPresence();
  let total = 0;
  for await (const r of table.rows) {
    total++;
    const e = new RowErrors(r.row);
    const cells = pick(mapping, r.cells);
    const p = parseRow(r.row, cells, e, today);
    presence.note(r.row, cells, e.list.length > 0);
    if (e.list.length) errors.push(...e.list);
    else if (p) parsed.push(p);
    if (total % 2000 === 0) await ctx.onProgress(total);
  }
  await ctx.onProgress(total);
  if (total === 0) throw new ImportFileError(IM.file.noRows);
  // Over every row, those with errors too: a decision's missing title is reported in the same pass as its
  // lines' errors, not only once they are fixed (and not when the title is on a line that has another error).
  errors.push(...presence.missing(), ...presence.differences());

  const db = prisma;
  const paths = await importScopePaths(actor);
  const [issuers, campaigns, models] = await Promise.all([
    db.issuer.findMany({ where: issuerScopeWhere(actor), include: { unit: { select: { id: true, level: true } } } }),
    db.campaign.findMany({
      where: { code: { in: [...new Set(parsed.map((p) => p.campaign).filter(Boolean))] } },
      select: { id: true, code: true, ownerUnit: { select: { path: true } } },
    }),
    loadModels(db, actor, [...new Set(parsed.map((p) => p.modelCode).filter(Boolean))]),
  ]);
  const issuersByLabel = new Map<string, IssuerRow[]>();
  for (const i of issuers) {
    const k = key(issuerLabel(i));
    issuersByLabel.set(k, [...(issuersByLabel.get(k) ?? []), i]);
  }
  const campaignByCode = new Map(campaigns.filter((c) => inScope(paths, c.ownerUnit.path)).map((c) => [c.code, c.id]));

  // Rows → decisions, keyed by (issuer, register, number) like the numbering registers themselves.
  const groups = new Map<string, Group>();
  for (const p of parsed) {
    const e = new RowErrors(p.row);
    const candidates = issuersByLabel.get(key(p.issuer)) ?? [];
    const inOffice = candidates.filter(
      (i) => i.validFrom.getTime() <= p.day.getTime() && (!i.validTo || i.validTo.getTime() >= p.day.getTime()),
    );
    if (!candidates.length) e.add(H.issuer, IMD.issuerNotFound(p.issuer));
    else if (!inOffice.length) e.add(H.issuer, IMD.issuerNotInOffice(p.issuer, formatDmy(p.day)));
    else if (inOffice.length > 1) e.add(H.issuer, IMD.issuerAmbiguous(p.issuer));
    const issuer = inOffice.length === 1 ? inOffice[0] : undefined;
    const register = issuer ? registerFor(issuer, p.day) : null;
    if (issuer && !register) e.add(H.issuer, IMD.issuerNoTerm);
    if (issuer && p.suffix !== null && key(p.suffix) !== key(issuer.numberSuffix)) {
      e.add(H.number, IMD.numberSuffix(`${p.number}-${p.suffix}`, issuer.numberSuffix));
    }
    if (p.campaign && !campaignByCode.has(p.campaign)) e.add(H.campaign, IM.cell.campaignNotFound(p.campaign));
    if (e.list.length) {
      errors.push(...e.list);
      presence.failed(p);
      continue;
    }
    const k = `${issuer!.id}|${register}|${p.number}`;
    const g = groups.get(k);
    if (g) g.rows.push(p);
    else
      groups.set(k, {
        issuer: issuer!,
        register: register!,
        number: p.number,
        numberText: formatNumberText(issuer!, p.number),
        rows: [p],
      });
  }

  const existingRows = groups.size
    ? await db.decision.findMany({
        where: {
          OR: [...groups.values()].map((g) => ({ issuerId: g.issuer.id, register: g.register, number: g.number })),
        },
        include: { honorees: { orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { id: "asc" }] } },
      })
    : [];
  const existingByKey = new Map(existingRows.map((d) => [`${d.issuerId}|${d.register}|${d.number}`, d]));

  const planned: Planned[] = [];
  let created = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [k, g] of groups) {
    const groupErrors: CellError[] = [];
    const err = (row: number, column: string, message: string) => groupErrors.push({ row, column, message });
    // The decision's own columns: the first filled value, the same on every line that repeats it.
    const first = g.rows[0];
    const values: Partial<Record<(typeof HEADER_KEYS)[number], { v: string; row: number }>> = {};
    for (const p of g.rows) {
      if (p.day.getTime() !== first.day.getTime()) err(p.row, H.date, IMD.differsFrom(first.row));
      for (const h of HEADER_KEYS) {
        const v = p[h];
        if (!v) continue;
        const seen = values[h];
        if (!seen) values[h] = { v, row: p.row };
        // Told by HeaderPresence over every line already, unless the lines fall in two of its decisions.
        else if (seen.v !== v && !presence.toldDiffers(p.row, h)) err(p.row, H[h], IMD.differsFrom(seen.row));
      }
    }
    // A column blank on every line was reported by HeaderPresence over the whole file; not written either way.
    const incomplete = REQUIRED_ONCE.some((h) => !values[h]);
    for (const h of REQUIRED_ONCE)
      if (!values[h] && presence.unreported(first, h)) err(first.row, H[h], IMD.missingForDecision);
    // Lines: numbered within their section, each line, order and model once.
    const lastOrder: Record<ModelKind, number> = { COLLECTIVE: 0, INDIVIDUAL: 0 };
    const seenOrder = new Map<string, number>();
    const seenLine = new Map<string, number>();
    const seenModel = new Map<number, number>();
    const lines: LineTarget[] = [];
    const states = new Map<number, ModelState>();
    for (const p of g.rows) {
      const order = p.order ?? lastOrder[p.kind] + 1;
      lastOrder[p.kind] = order;
      const m = p.modelCode ? models.get(p.modelCode) : undefined;
      let bad = false;
      if (p.modelCode) {
        if (!m) err(p.row, H.modelCode, IMD.modelNotFound(p.modelCode));
        else if (m.recognizedLevel === null) err(p.row, H.modelCode, IMD.modelNotRecognized(m.code));
        else if (m.kind !== p.kind) err(p.row, H.modelCode, IMD.modelKindMismatch(m.code, KIND_LABELS[p.kind]));
        bad = !m || m.recognizedLevel === null || m.kind !== p.kind;
      }
      const line = lineOf(p, order, bad ? undefined : m);
      const o = `${p.kind}|${order}`;
      // Two lines of one unit commended for two different models are not duplicates.
      const l = `${p.kind}|${key(line.name)}|${key(line.address)}|${key(line.position ?? "")}|${line.modelId ?? key(line.modelTitle)}`;
      if (seenOrder.has(o)) err(p.row, H.order, IMD.orderDuplicate(seenOrder.get(o)!));
      else seenOrder.set(o, p.row);
      if (seenLine.has(l)) err(p.row, H.name, IMD.lineDuplicate(seenLine.get(l)!));
      else seenLine.set(l, p.row);
      if (line.modelId !== null) {
        if (seenModel.has(line.modelId)) err(p.row, H.modelCode, IMD.modelDuplicate(seenModel.get(line.modelId)!));
        else seenModel.set(line.modelId, p.row);
        states.set(line.modelId, m!.state);
      }
      lines.push(line);
    }
    lines.sort((a, b) => (a.kind === b.kind ? a.sortOrder - b.sortOrder : a.kind === "COLLECTIVE" ? -1 : 1));
    const header: Header = {
      decisionDate: first.day.toISOString().slice(0, 10),
      awardForm: values.awardForm?.v as AwardForm,
      signerName: values.signerName?.v ?? "",
      signerTitle: values.signerTitle?.v ?? "",
      title: values.title?.v ?? "",
      campaignId: values.campaign ? campaignByCode.get(values.campaign.v)! : null,
    };

    const old = existingByKey.get(k);
    let existing: Planned["existing"] = null;
    if (old) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const oldHeader: Header = {
        decisionDate: old.decisionDate.toISOString().slice(0, 10),
        awardForm: old.awardForm,
        signerName: old.signerName,
        signerTitle: old.signerTitle,
        title: old.title,
        campaignId: old.campaignId,
      };
      for (const h of Object.keys(header) as (keyof Header)[]) {
        if (oldHeader[h] !== header[h]) {
          before[h] = oldHeader[h];
          after[h] = header[h];
        }
      }
      const oldLines: LineTarget[] = old.honorees.map((h) => ({
        kind: h.kind,
        sortOrder: h.sortOrder,
        honorific: h.honorific,
        name: h.name,
        position: h.position,
        address: h.address,
        modelTitle: h.modelTitle,
        modelId: h.modelId,
      }));
      const oldKeys = new Set(oldLines.map(lineKey));
      const newKeys = new Set(lines.map(lineKey));
      const sameLines = oldKeys.size === newKeys.size && [...newKeys].every((x) => oldKeys.has(x));
      if (!sameLines) {
        before.honorees = oldLines;
        after.honorees = lines;
      }
      const isChanged = Object.keys(after).length > 0 || old.status !== "ISSUED";
      if (isChanged && !old.imported) err(first.row, H.number, IMD.numberUsedInPortal(g.numberText, g.register));
      if (isChanged) existing = { id: old.id, version: old.version, before, after };
      if (!groupErrors.length && !incomplete) {
        if (!isChanged) unchanged += g.rows.length;
        else {
          // Rows whose line is new or different are "changed"; a changed header or a removed line counts on the first.
          const rowsChanged = lines.filter((x) => !oldKeys.has(lineKey(x))).length;
          const n = Math.max(rowsChanged, 1);
          changed += n;
          unchanged += g.rows.length - n;
        }
      }
    } else if (!groupErrors.length && !incomplete) created += g.rows.length;
    if (groupErrors.length || incomplete) {
      errors.push(...groupErrors);
      continue;
    }
    if (!old || existing) planned.push({ group: g, header, lines, states, existing });
  }
  errors.sort((a, b) => a.row - b.row);

  return {
    counts: { total, new: created, changed, unchanged },
    errors,
    async apply(tx, { actor: a, fileName }) {
      // The registers this file writes into, locked as issuing locks one (sorted: two imports never
      // wait on each other in a circle).
      const registers = [...new Set(planned.map((p) => `${p.group.issuer.id}:${p.group.register}`))].sort();
      for (const r of registers)
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('decision-register'), hashtext(${r}))`;
      for (const part of linesBatches(planned)) await writeDecisions(tx, a, fileName, part);
    },
  };
}

/** Decisions in batches of about LINES_PER_BATCH lines (a decision's lines stay together). */
const LINES_PER_BATCH = 5000;
function* linesBatches(planned: Planned[]): Generator<Planned[]> {
  let batch: Planned[] = [];
  let lines = 0;
  for (const p of planned) {
    batch.push(p);
    lines += p.lines.length;
    if (lines >= LINES_PER_BATCH) {
      yield batch;
      batch = [];
      lines = 0;
    }
  }
  if (batch.length) yield batch;
}

const DECISION_SQL = {
  decisionDate: "date",
  awardForm: '"AwardForm"',
  signerName: "text",
  signerTitle: "text",
  title: "text",
  campaignId: "int",
  issuedAt: "timestamptz",
  updatedAt: "timestamptz",
} as const;

/**
 * Writes decisions as issued and imported, with their lines and, for each line linked to a model, the
 * "Khen thưởng" step issuing writes (so the timeline and the dashboards count it) — one statement per
 * table per batch (lib/import/sql.ts). The registers are locked by the caller and checked again here: a
 * number the portal took since the preview, or an imported decision changed since, refuses the import.
 */
async function writeDecisions(tx: Tx, actor: Actor, fileName: string, batch: Planned[]) {
  const now = new Date().toISOString();
  const headerRow = (p: Planned) => {
    const decisionDate = new Date(`${p.header.decisionDate}T00:00:00Z`);
    return {
      decisionDate: p.header.decisionDate,
      awardForm: p.header.awardForm,
      signerName: p.header.signerName,
      signerTitle: p.header.signerTitle,
      title: p.header.title,
      campaignId: p.header.campaignId,
      issuedAt: vnMidnight(decisionDate).toISOString(),
      updatedAt: now,
    };
  };
  const updates = batch.filter((p) => p.existing);
  const creates = batch.filter((p) => !p.existing);
  const idOf = new Map<Planned, number>();

  if (updates.length) {
    const written = await updateRows(
      tx,
      "Decision",
      DECISION_SQL,
      updates.map((p) => ({ id: p.existing!.id, version: p.existing!.version, ...headerRow(p) })),
      {
        guard: { version: "int" },
        where: `x."version" = t."version" AND x."imported" AND x."status" = 'ISSUED'`,
        extra: `"version" = x."version" + 1`,
      },
    );
    if (written.length !== updates.length) throw new ImportConflictError();
    for (const p of updates) idOf.set(p, p.existing!.id);
    const ids = updates.map((p) => p.existing!.id);
    await tx.honoree.deleteMany({ where: { decisionId: { in: ids } } });
    await tx.reviewEvent.deleteMany({ where: { decisionId: { in: ids }, action: "COMMEND", imported: true } });
  }

  if (creates.length) {
    const keys = creates.map((p) => ({
      issuerId: p.group.issuer.id,
      register: p.group.register,
      number: p.group.number,
    }));
    const taken = await tx.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Decision" d
         JOIN jsonb_to_recordset($1::jsonb) AS t("issuerId" int, "register" text, "number" int)
           ON d."issuerId" = t."issuerId" AND d."register" = t."register" AND d."number" = t."number"`,
      JSON.stringify(keys),
    );
    if (taken[0].n > 0) throw new ImportConflictError();
    const rows = await insertRows(
      tx,
      "Decision",
      {
        ...DECISION_SQL,
        issuerId: "int",
        register: "text",
        number: "int",
        numberText: "text",
        status: '"DecisionStatus"',
        imported: "boolean",
        createdById: "int",
      },
      creates.map((p) => ({
        ...headerRow(p),
        issuerId: p.group.issuer.id,
        register: p.group.register,
        number: p.group.number,
        numberText: p.group.numberText,
        status: "ISSUED",
        imported: true,
        createdById: actor.userId,
      })),
      `"id", "issuerId", "register", "number"`,
    );
    const byKey = new Map(rows.map((r) => [`${r.issuerId}:${r.register}:${r.number}`, r.id as number]));
    for (const p of creates) idOf.set(p, byKey.get(`${p.group.issuer.id}:${p.group.register}:${p.group.number}`)!);
  }

  await insertRows(
    tx,
    "Honoree",
    {
      decisionId: "int",
      modelId: "int",
      kind: '"ModelKind"',
      sortOrder: "int",
      honorific: '"Gender"',
      name: "text",
      position: "text",
      address: "text",
      modelTitle: "text",
    },
    batch.flatMap((p) => p.lines.map((l) => ({ ...l, decisionId: idOf.get(p)! }))),
  );
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
      decisionId: "int",
      imported: "boolean",
      createdAt: "timestamptz",
    },
    batch.flatMap((p) => {
      const { group: g } = p;
      const decisionDate = new Date(`${p.header.decisionDate}T00:00:00Z`);
      const comment = DECISION_MESSAGES.commendComment(g.numberText, formatDmy(decisionDate));
      return p.lines
        .filter((l) => l.modelId !== null)
        .map((l) => ({
          modelId: l.modelId!,
          action: "COMMEND",
          fromState: p.states.get(l.modelId!)!,
          toState: p.states.get(l.modelId!)!,
          level: g.issuer.unit.level,
          unitId: g.issuer.unit.id,
          actorId: actor.userId,
          comment,
          decisionId: idOf.get(p)!,
          imported: true,
          createdAt: vnMidnight(decisionDate).toISOString(),
        }));
    }),
  );
  await insertAudits(
    tx,
    batch.map((p) => {
      const g = p.group;
      return {
        actorId: actor.userId,
        action: p.existing ? "decision.import.update" : "decision.import.create",
        entity: "Decision",
        entityId: String(idOf.get(p)),
        data: p.existing
          ? {
              fileName,
              numberText: g.numberText,
              register: g.register,
              before: p.existing.before,
              after: p.existing.after,
            }
          : { fileName, numberText: g.numberText, register: g.register, honorees: p.lines.length },
      };
    }),
  );
}
