// Deterministic demo data: the real organisation tree of Bắc Kạn (before 1/7/2025) and Thái Nguyên
// (after), the default lists, two campaigns, issuers, one account per role and ~3,000 models in every
// state with consistent timelines. Same seed, same data, on every machine.
import type {
  Gender,
  ModelKind,
  ModelState,
  Prisma,
  ReviewAction,
  Role,
  UnitLevel,
} from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { DUMMY_HASH, hashPassword } from "@/lib/auth/password";
import { HAMLET_NAMES, personName, POSITIONS } from "@/lib/demo/names";
import { bulkInsert, type ColumnType } from "@/lib/demo/bulk-insert";
import { mulberry32, type Rng } from "@/lib/demo/prng";
import { buildTimeline, UNREVIEWED_STATES, type Committee, type Timeline } from "@/lib/demo/timeline";
import { EXPECTED, GOALS, METHODS, modelTitle, type FieldCode } from "@/lib/demo/titles";
import { NEW_ERA_FROM, OLD_ERA_TO } from "@/lib/org/eras";
import { importOrgTree, type ImportedUnit } from "@/lib/org/import-org-tree";
import { addressForm } from "@/lib/org/unit-names";
import { createCampaign, createIssuer, createUnit, ensureDefaultFields, roleForLevel } from "@/tests/fixtures";
import { MODEL_STATES } from "@/lib/workflow/state-machine";

export {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_OLD_PROVINCE,
  DEMO_COMMUNE_CODE,
  CANBO_UNIT_CODE,
  type DemoAccount,
} from "@/lib/demo/accounts";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_OLD_PROVINCE,
  DEMO_COMMUNE_CODE,
  CANBO_UNIT_CODE,
} from "@/lib/demo/accounts";

export type SeedOptions = {
  seed?: number;
  models?: number;
  /** Receives one line per phase with its duration (the seed prints nothing by itself). */
  log?: (line: string) => void;
};

export type SeedResult = {
  units: Record<UnitLevel, number>;
  users: number;
  models: number;
  modelsByState: Record<ModelState, number>;
  modelsByKind: Record<ModelKind, number>;
  events: number;
  recognitions: number;
  typicals: number;
  progressReports: number;
  decisions: number;
  honorees: number;
  ms: number;
};

const STATES = MODEL_STATES;
const CLOSED_WEIGHTS: Record<ModelState, number> = {
  DRAFT: 3,
  SUBMITTED: 6,
  UNDER_REVIEW: 5,
  NEEDS_REVISION: 7,
  NOT_RECOGNIZED: 22,
  RECOGNIZED: 44,
  PROPOSED: 5,
  WITHDRAWN: 8,
};
const OPEN_WEIGHTS: Record<ModelState, number> = {
  DRAFT: 14,
  SUBMITTED: 18,
  UNDER_REVIEW: 15,
  NEEDS_REVISION: 10,
  NOT_RECOGNIZED: 8,
  RECOGNIZED: 25,
  PROPOSED: 6,
  WITHDRAWN: 4,
};
const FIELD_WEIGHTS: readonly (readonly [FieldCode, number])[] = [
  ["KT", 29],
  ["VHXH", 36],
  ["XDD", 13],
  ["QPAN", 14],
  ["KHAC", 8],
];
const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type Owner = ImportedUnit;
type Plan = {
  index: number;
  campaign: "closed" | "open";
  owner: Owner;
  route: Committee[];
  state: ModelState;
  climbs: number;
  typical: boolean;
  revisions: number;
  withdrawAfterRevision: boolean;
  kind: ModelKind;
  field: FieldCode;
  title: string;
  person?: { honorific: "MALE" | "FEMALE"; name: string; position: string };
  start: Date;
  end: Date;
  replicates?: Plan;
  timeline?: Timeline;
  code?: string;
};

export async function seedDemo(db: Tx, opts: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  let lap = started;
  const phase = (name: string) => {
    const now = Date.now();
    opts.log?.(`${name}: ${now - lap} ms`);
    lap = now;
  };
  if ((await db.unit.count()) > 0)
    throw new Error("seedDemo: cơ sở dữ liệu đã có đơn vị; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.");
  const rng = mulberry32(opts.seed ?? 20_260_701);
  const totalModels = opts.models ?? 3000;

  // ---- Organisation ----
  const org = await importOrgTree(db, { oldProvinceName: DEMO_OLD_PROVINCE });
  const demoCommune = org.byCode.get(DEMO_COMMUNE_CODE)!;
  const canboRow = await createUnit(db, {
    parentId: demoCommune.id,
    code: CANBO_UNIT_CODE,
    name: "Chi bộ thôn Nà Lẹng",
    kind: "PARTY_CELL",
    level: "GRASSROOTS",
    validFrom: NEW_ERA_FROM,
  });
  const canboUnit: ImportedUnit = {
    ...canboRow,
    era: "new",
    address: `thôn Nà Lẹng, ${demoCommune.address}`,
  };
  org.byId.set(canboUnit.id, canboUnit);
  org.byCode.set(canboUnit.code, canboUnit);

  phase("org tree");
  const committeesAbove = (u: ImportedUnit): Committee[] => {
    const out: Committee[] = [];
    for (
      let p = u.parentId === null ? undefined : org.byId.get(u.parentId);
      p;
      p = p.parentId === null ? undefined : org.byId.get(p.parentId)
    ) {
      if (p.level !== "GRASSROOTS") out.push({ unitId: p.id, level: p.level });
    }
    return out;
  };

  // ---- Lists, campaigns, issuers ----
  const fields = await ensureDefaultFields(db);
  const fieldId = new Map(fields.map((f) => [f.code, f.id]));
  const closed = await createCampaign(db, {
    code: "DVK-2021-2025",
    name: "Phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025",
    description:
      "Các mô hình đăng ký trước 01/7/2025 thuộc tỉnh Bắc Kạn (cũ); từ 01/7/2025 do tỉnh Thái Nguyên tiếp tục theo dõi, tổng kết.",
    startDate: utc("2021-01-01"),
    endDate: utc("2025-12-31"),
    status: "CLOSED",
    ownerUnitId: org.newProvinceId,
  });
  const open = await createCampaign(db, {
    code: "DVK-2026",
    name: "Phong trào thi đua “Dân vận khéo” năm 2026",
    startDate: utc("2026-01-01"),
    endDate: utc("2026-12-31"),
    status: "OPEN",
    ownerUnitId: org.newProvinceId,
  });
  // One at a time through the factory (a handful of rows), in order: same ids as a batch insert.
  const issuers = [];
  for (const data of issuerRows(org.newProvinceId, org.oldProvinceId, demoCommune.id, org.newEquivalents.get("ca")!.id))
    issuers.push(await createIssuer(db, data));

  phase("lists, campaigns, issuers");
  // ---- Users: demo accounts, one reviewer per committee, one cadre per grassroots unit ----
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const userRows: UserRow[] = DEMO_ACCOUNTS.map((a) => ({
    username: a.username,
    fullName: a.fullName,
    role: a.role,
    unitId: org.byCode.get(a.unitCode)!.id,
    passwordHash: demoHash,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  }));
  const demoAt = new Map(
    DEMO_ACCOUNTS.filter((a) => a.role !== "ADMIN").map((a) => [org.byCode.get(a.unitCode)!.id, a.username]),
  );
  const people = mulberry32(7_2025);
  const allUnits = [...org.units, canboUnit];
  for (const u of allUnits) {
    if (demoAt.has(u.id)) continue;
    const gender = people.chance(0.5) ? "FEMALE" : "MALE";
    userRows.push({
      username: `${u.level === "GRASSROOTS" ? "cb" : "tdd"}.${u.code.toLowerCase()}`,
      fullName: personName(people, gender),
      role: roleForLevel(u.level),
      unitId: u.id,
      // Nobody knows this password: only the demo accounts can sign in.
      passwordHash: DUMMY_HASH,
      // Accounts of units that ended on 30/06/2025 stay for the history but cannot sign in.
      disabled: u.era === "old",
      createdAt: now,
      updatedAt: now,
    });
  }
  const users = (await bulkInsert(db, "User", USER_COLUMNS, userRows, ["id", "unitId", "username"])) as {
    id: number;
    unitId: number;
    username: string;
  }[];
  const userAt = new Map<number, number>();
  for (const u of users) if (u.username !== "quantri") userAt.set(u.unitId, u.id);
  const userOf = (unitId: number) => {
    const id = userAt.get(unitId);
    if (id === undefined) throw new Error(`seedDemo: no user at unit ${unitId}`);
    return id;
  };
  const provinceOfficer = userOf(org.newProvinceId);

  phase("users");
  // ---- Model plans ----
  const oldOwners = org.grassroots.filter((g) => g.era === "old");
  const newOwners = org.grassroots.filter((g) => g.era === "new");
  const newCommuneOwners = newOwners.filter((g) => g.code.startsWith("G-X-"));
  const newEquivalentOwners = newOwners.filter((g) => g.code.startsWith("G-CE-"));
  const oldCommuneOwners = oldOwners.filter((g) => g.code.startsWith("G-X"));
  const oldEquivalentOwners = oldOwners.filter((g) => g.code.startsWith("G-CE"));

  const plans: Plan[] = [];
  const canboSpecs = CANBO_MODELS;
  const nClosedOld = Math.round(totalModels * 0.62);
  const nClosedNew = Math.round(totalModels * 0.1);
  const nOpen = Math.max(0, totalModels - canboSpecs.length - nClosedOld - nClosedNew);
  const window = (from: string, to: string, minDays: number, maxDays: number, cap: string) => {
    const a = utc(from).getTime();
    const b = utc(to).getTime();
    const start = new Date(
      a + Math.floor(rng.next() * ((b - a) / DAY)) * DAY + rng.int(1, 9) * 3_600_000 + rng.int(0, 59) * 60_000,
    );
    const end = new Date(
      Math.min(start.getTime() + rng.int(minDays, maxDays) * DAY, utc(cap).getTime() + 10 * 3_600_000),
    );
    return { start, end };
  };

  const plan = (
    campaign: Plan["campaign"],
    owner: Owner,
    w: { start: Date; end: Date },
    forced?: Partial<Plan> & { regIndex?: number },
  ) => {
    const full = committeesAbove(owner);
    const regIndex =
      forced?.regIndex ??
      (full.length >= 3
        ? rng.weighted([
            [0, 62],
            [1, 26],
            [2, 12],
          ])
        : full.length === 2
          ? rng.weighted([
              [0, 80],
              [1, 20],
            ])
          : 0);
    const route = full.slice(regIndex);
    const upper = route.length - 1;
    let state =
      forced?.state ??
      rng.weighted(STATES.map((s) => [s, (campaign === "closed" ? CLOSED_WEIGHTS : OPEN_WEIGHTS)[s]] as const));
    if (state === "PROPOSED" && upper === 0) state = "RECOGNIZED";
    let climbs = 0;
    if (state === "PROPOSED") climbs = upper >= 2 && rng.chance(0.2) ? 2 : 1;
    else if (state === "RECOGNIZED" && upper >= 1 && rng.chance(0.25)) climbs = upper >= 2 && rng.chance(0.3) ? 2 : 1;
    else if (
      (state === "UNDER_REVIEW" || state === "NOT_RECOGNIZED" || state === "NEEDS_REVISION") &&
      upper >= 1 &&
      rng.chance(0.08)
    )
      climbs = 1;
    const typical = state === "RECOGNIZED" ? rng.chance(0.2) : state === "PROPOSED" ? rng.chance(0.45) : false;
    const revisions =
      ["UNDER_REVIEW", "NEEDS_REVISION", "NOT_RECOGNIZED", "RECOGNIZED", "PROPOSED"].includes(state) && rng.chance(0.15)
        ? 1
        : 0;
    const withdrawAfterRevision = state === "WITHDRAWN" && rng.chance(0.3);
    const security = owner.code.includes("-ca-") || owner.code.includes("-qs-");
    const field: FieldCode = security && rng.chance(0.6) ? "QPAN" : rng.weighted(FIELD_WEIGHTS);
    const kind: ModelKind = rng.chance(0.73) ? "COLLECTIVE" : "INDIVIDUAL";
    const hamlet = /^(?:thôn|tổ dân phố) ([^,]+),/.exec(owner.address)?.[1] ?? rng.pick(HAMLET_NAMES);
    const commune = org.byId.get(owner.parentId!)!;
    const communeText = commune.kind === "COMMUNE_EQUIVALENT" ? "đơn vị" : addressForm(commune.name);
    const gender = rng.chance(0.45) ? "FEMALE" : "MALE";
    const p: Plan = {
      index: plans.length,
      campaign,
      owner,
      route,
      state,
      climbs,
      typical,
      revisions,
      withdrawAfterRevision,
      kind,
      field,
      title: modelTitle(rng, field, hamlet, communeText),
      person:
        kind === "INDIVIDUAL"
          ? { honorific: gender, name: personName(rng, gender), position: rng.pick(POSITIONS) }
          : undefined,
      ...w,
      ...forced,
    };
    plans.push(p);
    return p;
  };

  for (let i = 0; i < nClosedOld; i++) {
    const owner = rng.chance(0.08) ? rng.pick(oldEquivalentOwners) : rng.pick(oldCommuneOwners);
    // Pre-reform units answered to pre-reform committees: the whole history ends by 30/06/2025.
    plan("closed", owner, window("2021-03-01", "2025-04-30", 60, 420, "2025-06-29"));
  }
  for (let i = 0; i < nClosedNew; i++) {
    const owner = rng.chance(0.15) ? rng.pick(newEquivalentOwners) : rng.pick(newCommuneOwners);
    plan("closed", owner, window("2025-07-10", "2025-10-31", 20, 120, "2025-12-30"));
  }
  const recognizedClosed = plans.filter((p) => p.state === "RECOGNIZED");
  for (let i = 0; i < nOpen; i++) {
    const owner = rng.chance(0.15) ? rng.pick(newEquivalentOwners) : rng.pick(newCommuneOwners);
    const p = plan("open", owner, window("2026-01-12", "2026-10-15", 15, 150, "2026-11-20"));
    if (p.kind === "COLLECTIVE" && rng.chance(0.06) && recognizedClosed.length) {
      // Nhân rộng: a recognized model of the previous period taken up by another unit.
      p.replicates = rng.pick(recognizedClosed);
      p.field = p.replicates.field;
      p.title = p.replicates.title;
    }
  }
  for (const spec of canboSpecs) {
    const w =
      spec.campaign === "closed"
        ? window("2025-07-20", "2025-08-31", 30, 90, "2025-12-30")
        : window(spec.from ?? "2026-02-01", spec.to ?? "2026-09-30", 20, 120, "2026-11-20");
    plan(spec.campaign, canboUnit, w, {
      state: spec.state,
      regIndex: spec.regIndex ?? 0,
      climbs: spec.climbs ?? (spec.state === "PROPOSED" ? 1 : 0),
      typical: spec.typical ?? false,
      revisions: spec.revisions ?? 0,
      withdrawAfterRevision: false,
      ...(spec.kind === "INDIVIDUAL"
        ? {
            kind: "INDIVIDUAL" as const,
            person: { honorific: "FEMALE" as const, name: "Hoàng Thị Mai", position: "Bí thư Chi bộ thôn" },
          }
        : { kind: "COLLECTIVE" as const, person: undefined }),
    });
  }

  phase("plans");
  // ---- Timelines and codes ----
  for (const p of plans) {
    p.timeline = buildTimeline({
      state: p.state,
      route: p.route,
      climbs: p.climbs,
      typical: p.typical,
      revisions: p.revisions,
      withdrawAfterRevision: p.withdrawAfterRevision,
      ownerUnitId: p.owner.id,
      creatorId: userOf(p.owner.id),
      reviewerFor: userOf,
      start: p.start,
      end: p.end,
      rng,
    });
  }
  const byTime = [...plans].sort((a, b) => a.start.getTime() - b.start.getTime() || a.index - b.index);
  const perYear = new Map<number, number>();
  for (const p of byTime) {
    const year = p.start.getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    p.code = `MH-${year}-${String(n).padStart(6, "0")}`;
  }

  phase("timelines");
  // ---- Insert models (originals before their replications), then their history ----
  const modelId = new Map<Plan, number>();
  const row = (p: Plan): ModelRow => {
    const t = p.timeline!;
    const reviewed = !UNREVIEWED_STATES.includes(p.state);
    return {
      code: p.code!,
      kind: p.kind,
      title: p.title,
      fieldId: fieldId.get(p.field)!,
      campaignId: p.campaign === "closed" ? closed.id : open.id,
      ownerUnitId: p.owner.id,
      ownerUnitName: p.owner.name,
      ownerAddress: p.owner.address,
      registeredWithUnitId: p.route[0].unitId,
      registeredLevel: p.route[0].level,
      reviewUnitId: t.reviewUnitId,
      reviewLevel: t.reviewLevel,
      state: t.state,
      recognizedLevel: t.recognizedLevel,
      typicalLevel: t.typicalLevel,
      startDate: new Date(Math.floor(p.start.getTime() / DAY) * DAY - (30 + (p.index % 200)) * DAY),
      goals: GOALS[p.index % GOALS.length],
      methods: METHODS[p.index % METHODS.length],
      expectedResults: EXPECTED[p.index % EXPECTED.length],
      results: reviewed
        ? `Đã có ${40 + (p.index % 160)} hộ gia đình tham gia; huy động ${10 + (p.index % 90)} triệu đồng và ${50 + (p.index % 400)} ngày công.`
        : "",
      personHonorific: p.person?.honorific ?? null,
      personName: p.person?.name ?? null,
      personPosition: p.person?.position ?? null,
      replicatedFromId: p.replicates ? modelId.get(p.replicates)! : null,
      createdById: userOf(p.owner.id),
      submittedAt: t.submittedAt,
      stateChangedAt: t.stateChangedAt,
      createdAt: t.createdAt,
      updatedAt: t.stateChangedAt,
    };
  };
  for (const batch of [byTime.filter((p) => !p.replicates), byTime.filter((p) => p.replicates)]) {
    const created = (await bulkInsert(db, "Model", MODEL_COLUMNS, batch.map(row), ["id", "code"])) as {
      id: number;
      code: string;
    }[];
    const idByCode = new Map(created.map((c) => [c.code, c.id]));
    for (const p of batch) modelId.set(p, idByCode.get(p.code!)!);
  }
  phase("models");
  const events: EventRow[] = [];
  const recognitions: RecognitionRow[] = [];
  const typicals: TypicalRow[] = [];
  const reports: ReportRow[] = [];
  for (const p of byTime) {
    const id = modelId.get(p)!;
    const t = p.timeline!;
    for (const e of t.events) events.push({ ...e, modelId: id });
    for (const r of t.recognitions) recognitions.push({ ...r, modelId: id });
    for (const r of t.typicals) typicals.push({ ...r, modelId: id });
    if (!UNREVIEWED_STATES.includes(p.state) && p.index % 2 === 0) {
      reports.push(progressReport(p, id, userOf(p.owner.id), rng));
    }
  }

  phase("history rows");
  // ---- The closing decision of the 2021–2025 period: typical models, collectives then individuals ----
  const decisionDate = utc("2025-12-16");
  const btv = issuers.find((i) => i.name === "BAN THƯỜNG VỤ TỈNH ỦY" && i.parentName === "TỈNH ỦY THÁI NGUYÊN")!;
  const candidates = byTime.filter(
    (p) => p.campaign === "closed" && p.timeline!.typicalLevel && p.timeline!.stateChangedAt < decisionDate,
  );
  const honoured = [
    ...candidates.filter((p) => p.kind === "COLLECTIVE").slice(0, 39),
    ...candidates.filter((p) => p.kind === "INDIVIDUAL").slice(0, 8),
  ];
  const decision = await db.decision.create({
    data: {
      issuerId: btv.id,
      register: "2025-2030",
      number: 112,
      numberText: "112-QĐ/TU",
      decisionDate,
      signerName: "Hà Văn Toàn",
      signerTitle: "PHÓ BÍ THƯ THƯỜNG TRỰC",
      awardForm: "BANG_KHEN",
      title:
        "Quyết định khen thưởng tập thể, cá nhân điển hình tiêu biểu trong phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025",
      campaignId: closed.id,
      status: "ISSUED",
      issuedAt: new Date(decisionDate.getTime() + 3 * 3_600_000),
      createdById: provinceOfficer,
      createdAt: utc("2025-12-01"),
      updatedAt: decisionDate,
    },
  });
  await db.honoree.createMany({
    data: honoured.map((p, i) => ({
      decisionId: decision.id,
      modelId: modelId.get(p)!,
      kind: p.kind,
      sortOrder: i + 1,
      honorific: p.person?.honorific ?? null,
      name: p.person?.name ?? p.owner.name,
      position: p.person?.position ?? null,
      address: p.owner.address,
      modelTitle: p.title,
    })),
  });
  for (const p of honoured) {
    events.push({
      modelId: modelId.get(p)!,
      action: "COMMEND",
      fromState: p.state,
      toState: p.state,
      level: "PROVINCE",
      unitId: org.newProvinceId,
      actorId: provinceOfficer,
      comment: "Khen thưởng tại Quyết định số 112-QĐ/TU ngày 16/12/2025",
      meetingRef: null,
      decisionId: decision.id,
      createdAt: decisionDate,
    });
  }

  phase("decision");
  await bulkInsert(db, "ReviewEvent", EVENT_COLUMNS, events);
  await bulkInsert(db, "Recognition", RECOGNITION_COLUMNS, recognitions);
  await bulkInsert(db, "TypicalDesignation", TYPICAL_COLUMNS, typicals);
  await bulkInsert(db, "ProgressReport", REPORT_COLUMNS, reports);

  phase("history inserts");
  const levels = await db.unit.groupBy({ by: ["level"], _count: { _all: true } });
  const count = <K extends string>(keys: readonly K[], pick: (p: Plan) => K) =>
    Object.fromEntries(keys.map((k) => [k, plans.filter((p) => pick(p) === k).length])) as Record<K, number>;
  return {
    units: Object.fromEntries(
      (["PROVINCE", "DISTRICT", "COMMUNE", "GRASSROOTS"] as const).map((l) => [
        l,
        levels.find((x) => x.level === l)?._count._all ?? 0,
      ]),
    ) as Record<UnitLevel, number>,
    users: users.length,
    models: plans.length,
    modelsByState: count(STATES, (p) => p.state),
    modelsByKind: count(["COLLECTIVE", "INDIVIDUAL"] as const, (p) => p.kind),
    events: events.length,
    recognitions: recognitions.length,
    typicals: typicals.length,
    progressReports: reports.length,
    decisions: 1,
    honorees: honoured.length,
    ms: Date.now() - started,
  };
}

type CanboSpec = {
  state: ModelState;
  campaign: "closed" | "open";
  regIndex?: number;
  climbs?: number;
  typical?: boolean;
  revisions?: number;
  kind?: ModelKind;
  from?: string;
  to?: string;
};

/** The demo cadre's own unit: 15 models, every state, so each screen has something to show. */
const CANBO_MODELS: readonly CanboSpec[] = [
  { state: "DRAFT", campaign: "open", from: "2026-10-01", to: "2026-11-10" },
  { state: "DRAFT", campaign: "open", kind: "INDIVIDUAL", from: "2026-10-15", to: "2026-11-15" },
  { state: "SUBMITTED", campaign: "open", from: "2026-09-01", to: "2026-10-20" },
  { state: "SUBMITTED", campaign: "open", regIndex: 1, from: "2026-09-01", to: "2026-10-20" },
  { state: "UNDER_REVIEW", campaign: "open", kind: "INDIVIDUAL" },
  { state: "UNDER_REVIEW", campaign: "open", climbs: 1 },
  { state: "NEEDS_REVISION", campaign: "open" },
  { state: "NEEDS_REVISION", campaign: "open", revisions: 1 },
  { state: "NOT_RECOGNIZED", campaign: "open" },
  { state: "RECOGNIZED", campaign: "open", kind: "INDIVIDUAL" },
  { state: "RECOGNIZED", campaign: "open", typical: true },
  { state: "RECOGNIZED", campaign: "open", climbs: 1, typical: true },
  { state: "PROPOSED", campaign: "open" },
  { state: "WITHDRAWN", campaign: "open" },
  { state: "RECOGNIZED", campaign: "closed", typical: true },
];

function issuerRows(
  newProvinceId: number,
  oldProvinceId: number,
  communeId: number,
  policeId: number,
): (Prisma.IssuerUncheckedCreateInput & { unitId: number })[] {
  const current = { validFrom: NEW_ERA_FROM, validTo: null };
  const old = { validFrom: utc("2020-10-01"), validTo: OLD_ERA_TO };
  return [
    {
      unitId: newProvinceId,
      name: "BAN THƯỜNG VỤ TỈNH ỦY",
      parentName: "TỈNH ỦY THÁI NGUYÊN",
      style: "PARTY",
      numberSuffix: "QĐ/TU",
      place: "Thái Nguyên",
      termStartYear: 2025,
      ...current,
    },
    {
      unitId: newProvinceId,
      name: "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
      parentName: "TỈNH ỦY THÁI NGUYÊN",
      style: "PARTY",
      numberSuffix: "QĐ/BTGDVTU",
      place: "Thái Nguyên",
      termStartYear: 2025,
      ...current,
    },
    {
      unitId: newProvinceId,
      name: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      parentName: null,
      style: "STATE",
      numberSuffix: "QĐ-UBND",
      place: "Thái Nguyên",
      termStartYear: null,
      ...current,
    },
    {
      unitId: communeId,
      name: "BAN THƯỜNG VỤ ĐẢNG ỦY",
      parentName: "ĐẢNG ỦY XÃ CHỢ ĐỒN",
      style: "PARTY",
      numberSuffix: "QĐ/ĐU",
      place: "Chợ Đồn",
      termStartYear: 2025,
      ...current,
    },
    {
      unitId: communeId,
      name: "ỦY BAN NHÂN DÂN XÃ CHỢ ĐỒN",
      parentName: null,
      style: "STATE",
      numberSuffix: "QĐ-UBND",
      place: "Chợ Đồn",
      termStartYear: null,
      ...current,
    },
    {
      unitId: policeId,
      name: "BAN THƯỜNG VỤ ĐẢNG ỦY",
      parentName: "ĐẢNG ỦY CÔNG AN TỈNH THÁI NGUYÊN",
      style: "PARTY",
      numberSuffix: "QĐ/ĐU",
      place: "Thái Nguyên",
      termStartYear: 2025,
      ...current,
    },
    // Pre-reform bodies of Bắc Kạn: kept so decisions issued before 1/7/2025 print with their own header.
    {
      unitId: oldProvinceId,
      name: "BAN THƯỜNG VỤ TỈNH ỦY",
      parentName: "TỈNH ỦY BẮC KẠN",
      style: "PARTY",
      numberSuffix: "QĐ/TU",
      place: "Bắc Kạn",
      termStartYear: 2020,
      ...old,
    },
    {
      unitId: oldProvinceId,
      name: "BAN DÂN VẬN TỈNH ỦY",
      parentName: "TỈNH ỦY BẮC KẠN",
      style: "PARTY",
      numberSuffix: "QĐ/BDVTU",
      place: "Bắc Kạn",
      termStartYear: 2020,
      ...old,
    },
    {
      unitId: oldProvinceId,
      name: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
      parentName: null,
      style: "STATE",
      numberSuffix: "QĐ-UBND",
      place: "Bắc Kạn",
      termStartYear: null,
      ...old,
    },
  ];
}

function progressReport(p: Plan, modelId: number, createdById: number, rng: Rng): ReportRow {
  const t = p.timeline!;
  const from = t.submittedAt ?? t.createdAt;
  const reportDate = new Date(
    Math.floor((from.getTime() + rng.next() * (t.stateChangedAt.getTime() - from.getTime())) / DAY) * DAY,
  );
  const households = rng.int(12, 240);
  const base = {
    modelId,
    createdById,
    reportDate,
    households,
    workdays: rng.int(20, 900),
    createdAt: new Date(reportDate.getTime() + 9 * 3_600_000),
  };
  switch (p.field) {
    case "KT":
      return {
        ...base,
        note: "Nhân dân hiến đất, góp tiền và ngày công làm đường, kênh mương.",
        moneyVnd: BigInt(rng.int(20, 900) * 1_000_000),
        landM2: (rng.int(2_000, 600_000) / 100).toFixed(2),
        roadKm: (rng.int(20, 650) / 100).toFixed(2),
      };
    case "VHXH":
      return {
        ...base,
        note: "Hộ gia đình tham gia, học sinh được hỗ trợ đến trường.",
        moneyVnd: BigInt(rng.int(5, 200) * 1_000_000),
      };
    case "KHAC":
      return {
        ...base,
        note: "Ra quân vệ sinh môi trường, trồng cây, thu gom rác thải.",
        landM2: (rng.int(5_000, 200_000) / 100).toFixed(2),
      };
    default:
      return { ...base, note: "Tổ chức tuyên truyền, vận động tại khu dân cư." };
  }
}

// ---- Bulk-insert row shapes and column types ----
type Cols<R> = Record<keyof R & string, ColumnType>;
const LEVEL = { enum: "UnitLevel" } as const;
const STATE = { enum: "ModelState" } as const;

type UserRow = {
  username: string;
  fullName: string;
  role: Role;
  unitId: number;
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
};
const USER_COLUMNS: Cols<UserRow> = {
  username: "text",
  fullName: "text",
  role: { enum: "Role" },
  unitId: "int",
  passwordHash: "text",
  disabled: "bool",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
};

type ModelRow = {
  code: string;
  kind: ModelKind;
  title: string;
  fieldId: number;
  campaignId: number;
  ownerUnitId: number;
  ownerUnitName: string;
  ownerAddress: string;
  registeredWithUnitId: number;
  registeredLevel: UnitLevel;
  reviewUnitId: number;
  reviewLevel: UnitLevel;
  state: ModelState;
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
  startDate: Date;
  goals: string;
  methods: string;
  expectedResults: string;
  results: string;
  personHonorific: Gender | null;
  personName: string | null;
  personPosition: string | null;
  replicatedFromId: number | null;
  createdById: number;
  submittedAt: Date | null;
  stateChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
};
const MODEL_COLUMNS: Cols<ModelRow> = {
  code: "text",
  kind: { enum: "ModelKind" },
  title: "text",
  fieldId: "int",
  campaignId: "int",
  ownerUnitId: "int",
  ownerUnitName: "text",
  ownerAddress: "text",
  registeredWithUnitId: "int",
  registeredLevel: LEVEL,
  reviewUnitId: "int",
  reviewLevel: LEVEL,
  state: STATE,
  recognizedLevel: LEVEL,
  typicalLevel: LEVEL,
  startDate: "date",
  goals: "text",
  methods: "text",
  expectedResults: "text",
  results: "text",
  personHonorific: { enum: "Gender" },
  personName: "text",
  personPosition: "text",
  replicatedFromId: "int",
  createdById: "int",
  submittedAt: "timestamptz",
  stateChangedAt: "timestamptz",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
};

type EventRow = {
  modelId: number;
  action: ReviewAction;
  fromState: ModelState | null;
  toState: ModelState | null;
  level: UnitLevel | null;
  unitId: number | null;
  actorId: number;
  comment: string | null;
  meetingRef: string | null;
  decisionId?: number | null;
  createdAt: Date;
};
const EVENT_COLUMNS: Cols<EventRow> = {
  modelId: "int",
  action: { enum: "ReviewAction" },
  fromState: STATE,
  toState: STATE,
  level: LEVEL,
  unitId: "int",
  actorId: "int",
  comment: "text",
  meetingRef: "text",
  decisionId: "int",
  createdAt: "timestamptz",
};

type RecognitionRow = {
  modelId: number;
  level: UnitLevel;
  unitId: number;
  byId: number;
  recognizedAt: Date;
  meetingRef: string | null;
};
const RECOGNITION_COLUMNS: Cols<RecognitionRow> = {
  modelId: "int",
  level: LEVEL,
  unitId: "int",
  byId: "int",
  recognizedAt: "timestamptz",
  meetingRef: "text",
};

type TypicalRow = { modelId: number; level: UnitLevel; unitId: number; byId: number; designatedAt: Date };
const TYPICAL_COLUMNS: Cols<TypicalRow> = {
  modelId: "int",
  level: LEVEL,
  unitId: "int",
  byId: "int",
  designatedAt: "timestamptz",
};

type ReportRow = {
  modelId: number;
  reportDate: Date;
  note: string;
  moneyVnd?: bigint | null;
  landM2?: string | null;
  roadKm?: string | null;
  workdays: number;
  households: number;
  createdById: number;
  createdAt: Date;
};
const REPORT_COLUMNS: Cols<ReportRow> = {
  modelId: "int",
  reportDate: "date",
  note: "text",
  moneyVnd: "bigint",
  landM2: "numeric",
  roadKm: "numeric",
  workdays: "int",
  households: "int",
  createdById: "int",
  createdAt: "timestamptz",
};
