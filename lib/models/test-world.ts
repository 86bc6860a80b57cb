/**
 * Test-only helpers for lib/models and lib/uploads: a small tree with one user per role, built from
 * the shared factories in tests/fixtures, and a snapshot of a model's row and side tables to assert
 * "nothing written".
 */
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState, Role, Unit, User } from "@/lib/generated/prisma/client";
import {
  createCampaign,
  createModel,
  createOrgTree,
  createUser,
  ensureDefaultFields,
  type CreateModelOverrides,
} from "@/tests/fixtures";
import type { ModelDraftFormValues } from "./schema";

export function actorOf(user: User, unit: Unit): Actor {
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: unit.id,
    unitName: unit.name,
    unitLevel: unit.level,
    unitPath: unit.path,
  };
}

async function actorAt(unit: Unit, role: Role): Promise<Actor> {
  return actorOf(await createUser(prisma, { unitId: unit.id, role }), unit);
}

export async function createWorld() {
  const tree = await createOrgTree(prisma);
  const fields = await ensureDefaultFields(prisma);
  const campaign = await createCampaign(prisma, { ownerUnitId: tree.province.id });
  return {
    tree,
    fields,
    campaign,
    /** Cadre of "Chi bộ thôn Nà Lẹng" under "Xã Tân Lập", directly under the province. */
    cadre: await actorAt(tree.grassrootsDirect, "UNIT_CADRE"),
    /** A second cadre of the same unit (concurrent edits). */
    cadre2: await actorAt(tree.grassrootsDirect, "UNIT_CADRE"),
    /** Cadre of another unit of the same province (under the district-level equivalent). */
    otherUnitCadre: await actorAt(tree.grassroots, "UNIT_CADRE"),
    /** Cadre of a unit in another province. */
    foreignCadre: await actorAt(tree.otherGrassroots, "UNIT_CADRE"),
    communeReviewer: await actorAt(tree.communeDirect, "COMMUNE_REVIEWER"),
    districtReviewer: await actorAt(tree.district, "DISTRICT_REVIEWER"),
    provinceOfficer: await actorAt(tree.province, "PROVINCE_OFFICER"),
    admin: await actorAt(tree.province, "ADMIN"),
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/** A valid draft form for the world's cadre, as FormData strings. */
export function draftForm(
  w: World,
  overrides: Partial<Record<keyof ModelDraftFormValues, string>> = {},
): ModelDraftFormValues {
  return {
    kind: "COLLECTIVE",
    title: "Dân vận khéo trong vận động hiến đất làm đường giao thông nông thôn",
    fieldId: String(w.fields[0].id),
    campaignId: String(w.campaign.id),
    registeredWithUnitId: String(w.tree.communeDirect.id),
    goals: "",
    methods: "",
    expectedResults: "",
    startDate: "",
    ...overrides,
  };
}

/** Narrative complete enough to submit. */
export const COMPLETE_NARRATIVE = {
  goals: "Vận động 100% hộ dân trong thôn tự nguyện hiến đất mở rộng đường liên thôn.",
  methods: "Chi bộ họp bàn, đảng viên gương mẫu hiến đất trước, tổ chức họp thôn và đến từng hộ vận động.",
  expectedResults: "Mở rộng 2,5 km đường bê tông, 45 hộ hiến trên 3.000 m² đất, không có khiếu nại.",
  startDate: "2026-01-15",
} as const;

/** Everything a write could touch for one model: compare before/after to prove nothing was written. */
export async function modelSnapshot(id: number) {
  const [model, events, audits, reports, attachments] = await Promise.all([
    prisma.model.findUnique({ where: { id } }),
    prisma.reviewEvent.count({ where: { modelId: id } }),
    prisma.auditLog.count({ where: { entity: "Model", entityId: String(id) } }),
    prisma.progressReport.count({ where: { modelId: id } }),
    prisma.attachment.count({ where: { modelId: id } }),
  ]);
  return { model, events, audits, reports, attachments };
}

/** A model of the world's cadre's unit in any state, with a consistent history (shared factory). */
export async function modelOf(w: World, state: ModelState = "DRAFT", overrides: CreateModelOverrides = {}) {
  return createModel(prisma, {
    ownerUnitId: w.tree.grassrootsDirect.id,
    ownerUnitName: w.tree.grassrootsDirect.name,
    ownerAddress: "xã Tân Lập, tỉnh Minh Sơn",
    campaignId: w.campaign.id,
    fieldId: w.fields[0].id,
    createdById: w.cadre.userId,
    reviewers: { [w.tree.communeDirect.id]: w.communeReviewer.userId, [w.tree.province.id]: w.provinceOfficer.userId },
    goals: COMPLETE_NARRATIVE.goals,
    methods: COMPLETE_NARRATIVE.methods,
    expectedResults: COMPLETE_NARRATIVE.expectedResults,
    startDate: new Date(`${COMPLETE_NARRATIVE.startDate}T00:00:00Z`),
    state,
    ...overrides,
  });
}

/**
 * `n` copies of a model in one statement: codes "<code>-1…n", titles "<title> 1…n", and stateChangedAt /
 * updatedAt one millisecond apart (copy i waits longer and changed earlier than copy i-1). For tests of
 * lists at a size the factories would take minutes to build.
 */
export async function cloneModel(model: { id: number }, n: number): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Model"(code, kind, title, "fieldId", "campaignId", "ownerUnitId", "ownerUnitName", "ownerAddress",
      "registeredWithUnitId", "registeredLevel", "reviewUnitId", "reviewLevel", state, "recognizedLevel",
      "typicalLevel", "createdById", "submittedAt", "stateChangedAt", "createdAt", "updatedAt")
    SELECT m.code || '-' || i, m.kind, m.title || ' ' || i, m."fieldId", m."campaignId", m."ownerUnitId",
      m."ownerUnitName", m."ownerAddress", m."registeredWithUnitId", m."registeredLevel", m."reviewUnitId",
      m."reviewLevel", m.state, m."recognizedLevel", m."typicalLevel", m."createdById", m."submittedAt",
      m."stateChangedAt" - i * interval '1 millisecond', m."createdAt", m."updatedAt" - i * interval '1 millisecond'
    FROM "Model" m, generate_series(1, ${n}::int) i WHERE m.id = ${model.id}`;
}
