/**
 * Test-only: the district case of docs/domain.md as a fixture. 337 models registered in a district's
 * subtree in a 2021–2023 campaign: 87 with the district committee, 203 with commune committees (137
 * recognized, 66 typical; 39 proposed to the district, 22 recognized there), 47 with the province;
 * plus withdrawn and draft models, a commune directly under the province in another campaign, and
 * another province (out of scope). Every model's spec is kept so tests can count independently.
 */
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelKind, ModelState, Unit, UnitLevel } from "@/lib/generated/prisma/client";
import { createCampaign, createIssuer, createModel, createUnit, ensureDefaultFields } from "@/tests/fixtures";
import { actorAt } from "@/lib/review/test-helpers";

export type Spec = {
  id: number;
  group: "district" | "commune" | "province" | "extra" | "direct" | "foreign";
  state: ModelState;
  climbs: number;
  typical: boolean;
  kind: ModelKind;
  fieldId: number;
  ownerId: number;
  year: number;
  quarter: number;
  campaignId: number;
  registeredLevel: UnitLevel;
  replicated: boolean;
};

type Part = { state: ModelState; n: number; climbs?: number; typical?: number };

export async function createDistrictCase() {
  const fields = await ensureDefaultFields(prisma);
  const province = await createUnit(prisma, { name: "Tỉnh Minh Sơn" });
  const district = await createUnit(prisma, { parentId: province.id, name: "Huyện Na Lương" });
  const communeA = await createUnit(prisma, { parentId: district.id, name: "Xã Tân Lập" });
  const communeB = await createUnit(prisma, { parentId: district.id, name: "Xã Yên Mỹ" });
  const a1 = await createUnit(prisma, { parentId: communeA.id, name: "Chi bộ thôn Nà Lẹng" });
  const a2 = await createUnit(prisma, { parentId: communeA.id, name: "Chi bộ thôn Khuổi Lừa" });
  const b1 = await createUnit(prisma, { parentId: communeB.id, name: "Chi bộ thôn Bản Chang" });
  const b2 = await createUnit(prisma, { parentId: communeB.id, name: "Chi bộ thôn Pác Nặm" });
  // Abolished before today's tree: neither shown in drill-down nor counted in coverage.
  await createUnit(prisma, {
    parentId: communeB.id,
    name: "Chi bộ thôn Cũ",
    validFrom: new Date("2008-01-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
  });
  const communeC = await createUnit(prisma, { parentId: province.id, level: "COMMUNE", name: "Phường Sông Cầu" });
  const c1 = await createUnit(prisma, { parentId: communeC.id, name: "Tổ dân phố số 1" });
  const other = await createUnit(prisma, { name: "Tỉnh Bắc Hà" });
  const otherCommune = await createUnit(prisma, { parentId: other.id, level: "COMMUNE", name: "Xã Quảng Bạch" });
  const otherCell = await createUnit(prisma, { parentId: otherCommune.id });

  const campaign = await createCampaign(prisma, {
    ownerUnitId: province.id,
    name: "Dân vận khéo giai đoạn 2021–2023",
    startDate: new Date("2021-01-01T00:00:00Z"),
    endDate: new Date("2023-12-31T00:00:00Z"),
  });
  const campaign2026 = await createCampaign(prisma, { ownerUnitId: province.id });
  const foreignCampaign = await createCampaign(prisma, { ownerUnitId: other.id });

  const specs: Spec[] = [];
  let seq = 0;
  async function make(
    group: Spec["group"],
    parts: Part[],
    route: (state: ModelState, i: number) => { owner: Unit; registeredWith: Unit },
    campaignId = campaign.id,
  ) {
    for (const part of parts) {
      for (let i = 0; i < part.n; i++) {
        const g = seq++;
        const year = campaignId === campaign.id ? 2021 + (g % 3) : 2026;
        const quarter = (g % 4) + 1;
        const kind: ModelKind = i % 4 === 3 ? "INDIVIDUAL" : "COLLECTIVE";
        const fieldId = fields[g % fields.length].id;
        const { owner, registeredWith } = route(part.state, i);
        const startMonth = (quarter - 1) * 3;
        const m = await createModel(prisma, {
          state: part.state,
          climbs: part.climbs ?? 0,
          typical: i < (part.typical ?? 0),
          kind,
          fieldId,
          campaignId,
          ownerUnitId: owner.id,
          registeredWithUnitId: registeredWith.id,
          start: new Date(Date.UTC(year, startMonth, 3, 2)),
          end: new Date(Date.UTC(year, startMonth + 2, 25, 2)),
        });
        specs.push({
          id: m.id,
          group,
          state: m.state,
          climbs: part.climbs ?? 0,
          typical: i < (part.typical ?? 0),
          kind,
          fieldId,
          ownerId: owner.id,
          year,
          quarter,
          campaignId,
          registeredLevel: m.registeredLevel,
          replicated: false,
        });
      }
    }
  }

  const pendingStates: ModelState[] = ["SUBMITTED", "UNDER_REVIEW"];
  await make(
    "district",
    [
      { state: "RECOGNIZED", n: 50, typical: 10 },
      { state: "SUBMITTED", n: 25 },
      { state: "NOT_RECOGNIZED", n: 12 },
    ],
    (_s, i) => ({ owner: i % 2 ? b1 : a1, registeredWith: district }),
  );
  await make(
    "commune",
    [
      { state: "RECOGNIZED", n: 98, typical: 66 },
      { state: "RECOGNIZED", n: 22, climbs: 1 },
      { state: "PROPOSED", n: 17, climbs: 1 },
      { state: "SUBMITTED", n: 30 },
      { state: "UNDER_REVIEW", n: 6 },
      { state: "NOT_RECOGNIZED", n: 20 },
      { state: "NEEDS_REVISION", n: 10 },
    ],
    // Commune B has nothing waiting: it counts as "đã thẩm định", commune A does not.
    (s, i) => {
      if (pendingStates.includes(s)) return { owner: i % 2 ? a2 : a1, registeredWith: communeA };
      return i % 3 === 2
        ? { owner: b1, registeredWith: communeB }
        : { owner: i % 3 ? a2 : a1, registeredWith: communeA };
    },
  );
  await make(
    "province",
    [
      { state: "RECOGNIZED", n: 20, typical: 5 },
      { state: "UNDER_REVIEW", n: 27 },
    ],
    () => ({ owner: b1, registeredWith: province }),
  );
  await make(
    "extra",
    [
      { state: "WITHDRAWN", n: 5 },
      { state: "DRAFT", n: 4 },
    ],
    () => ({ owner: a2, registeredWith: communeA }),
  );
  await make(
    "direct",
    [{ state: "RECOGNIZED", n: 5, typical: 1 }],
    () => ({ owner: c1, registeredWith: communeC }),
    campaign2026.id,
  );
  await make(
    "foreign",
    [{ state: "RECOGNIZED", n: 3 }],
    () => ({ owner: otherCell, registeredWith: otherCommune }),
    foreignCampaign.id,
  );

  // 12 commune-registered, still waiting models replicate the first recognized one.
  const origin = specs.find((s) => s.group === "commune" && s.state === "RECOGNIZED")!;
  const replicas = specs.filter((s) => s.group === "commune" && s.state === "SUBMITTED").slice(0, 12);
  await prisma.model.updateMany({
    where: { id: { in: replicas.map((r) => r.id) } },
    data: { replicatedFromId: origin.id },
  });
  for (const r of replicas) r.replicated = true;

  // Progress reports: two registered models in the district, one draft (not counted), one foreign.
  const cadre = await prisma.user.findFirstOrThrow({ where: { unitId: a1.id, role: "UNIT_CADRE" } });
  const draft = specs.find((s) => s.state === "DRAFT")!;
  const foreign = specs.find((s) => s.group === "foreign")!;
  const report = (modelId: number, data: Record<string, unknown>) =>
    prisma.progressReport.create({
      data: {
        modelId,
        reportDate: new Date("2022-05-10T00:00:00Z"),
        note: "Báo cáo kết quả",
        createdById: cadre.id,
        ...data,
      },
    });
  await report(origin.id, {
    moneyVnd: BigInt(150_000_000),
    landM2: "1200.50",
    roadKm: "2.50",
    workdays: 300,
    households: 45,
  });
  await report(origin.id, { moneyVnd: BigInt(50_000_000), roadKm: "0.75", households: 5 });
  await report(specs.find((s) => s.group === "district")!.id, { landM2: "300", workdays: 120 });
  await report(draft.id, { moneyVnd: BigInt(999), households: 999 });
  await report(foreign.id, { moneyVnd: BigInt(777), households: 777 });

  // An issued decision commends 10 collectives and 5 individuals of the district; a draft one counts nothing.
  const issuer = await createIssuer(prisma, { unitId: province.id });
  const officerUser = await prisma.user.findFirstOrThrow({ where: { unitId: province.id, role: "PROVINCE_OFFICER" } });
  const typicals = specs.filter((s) => s.typical && s.group === "commune");
  const collectives = typicals.filter((s) => s.kind === "COLLECTIVE").slice(0, 10);
  const individuals = typicals.filter((s) => s.kind === "INDIVIDUAL").slice(0, 5);
  const decision = (number: number, status: "ISSUED" | "DRAFT") =>
    prisma.decision.create({
      data: {
        issuerId: issuer.id,
        register: "2020-2025",
        number,
        numberText: `${number}-QĐ/TU`,
        decisionDate: new Date("2023-12-20T00:00:00Z"),
        signerName: "Nguyễn Văn An",
        signerTitle: "Phó Bí thư",
        awardForm: "BANG_KHEN",
        title: "Khen thưởng điển hình Dân vận khéo",
        status,
        createdById: officerUser.id,
      },
    });
  const issued = await decision(1, "ISSUED");
  const drafted = await decision(2, "DRAFT");
  const honoree = (decisionId: number, s: Spec, sortOrder: number) => ({
    decisionId,
    modelId: s.id,
    kind: s.kind,
    sortOrder,
    name: `Đơn vị ${s.id}`,
    address: "xã Tân Lập",
    modelTitle: "Mô hình",
  });
  await prisma.honoree.createMany({ data: [...collectives, ...individuals].map((s, i) => honoree(issued.id, s, i)) });
  await prisma.honoree.createMany({ data: typicals.slice(20, 23).map((s, i) => honoree(drafted.id, s, i)) });

  const units = { province, district, communeA, communeB, a1, a2, b1, b2, communeC, c1, other };
  const actors = {
    officer: await actorAt(province, "PROVINCE_OFFICER"),
    admin: await actorAt(province, "ADMIN"),
    districtReviewer: await actorAt(district, "DISTRICT_REVIEWER"),
    communeReviewerA: await actorAt(communeA, "COMMUNE_REVIEWER"),
    cadreA1: await actorAt(a1, "UNIT_CADRE"),
    foreignOfficer: await actorAt(other, "PROVINCE_OFFICER"),
  } satisfies Record<string, Actor>;
  return { units, actors, specs, fields, campaign, campaign2026 };
}
export type DistrictCase = Awaited<ReturnType<typeof createDistrictCase>>;
