/**
 * Test-only helpers for lib/decisions and lib/exports: the models test world (one user per role on a small
 * tree) plus issuers of both styles and recognized models, built from the shared factories.
 */
import { prisma } from "@/lib/db/client";
import type { ModelKind, ModelState } from "@/lib/generated/prisma/client";
import { createIssuer, createModel, createUnit, createUser } from "@/tests/fixtures";
import { actorOf, createWorld as createModelWorld, modelOf, type World as ModelWorld } from "@/lib/models/test-world";

export { actorOf };

export async function createDecisionWorld() {
  const w = await createModelWorld();
  // In office since before the test dates (the factory's default starts on 1/7/2025).
  const since = new Date("2020-01-01T00:00:00Z");
  const partyIssuer = await createIssuer(prisma, {
    unitId: w.tree.province.id,
    parentName: "TỈNH ỦY MINH SƠN",
    place: "Minh Sơn",
    validFrom: since,
  });
  const stateIssuer = await createIssuer(prisma, {
    unitId: w.tree.province.id,
    name: "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
    parentName: null,
    style: "STATE",
    numberSuffix: "QĐ-UBND",
    place: "Minh Sơn",
    termStartYear: null,
    validFrom: since,
  });
  /** A province merged into the world's province on 1/7/2025 (successor rule: its history is in scope). */
  const absorbedProvince = await createUnit(prisma, {
    name: "Tỉnh Bắc Sơn",
    validFrom: new Date("2000-01-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
    successorId: w.tree.province.id,
  });
  /** Its Standing Committee: issues only decisions dated before the merger. */
  const absorbedIssuer = await createIssuer(prisma, {
    unitId: absorbedProvince.id,
    parentName: "TỈNH ỦY BẮC SƠN",
    place: "Bắc Sơn",
    termStartYear: 2020,
    validFrom: new Date("2020-10-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
  });
  const foreignIssuer = await createIssuer(prisma, {
    unitId: w.tree.otherProvince.id,
    parentName: "TỈNH ỦY BẮC HÀ",
    place: "Bắc Hà",
    validFrom: since,
  });
  const otherProvinceOfficer = actorOf(
    await createUser(prisma, { unitId: w.tree.otherProvince.id, role: "PROVINCE_OFFICER" }),
    w.tree.otherProvince,
  );
  return { ...w, partyIssuer, stateIssuer, absorbedProvince, absorbedIssuer, foreignIssuer, otherProvinceOfficer };
}
export type DecisionWorld = Awaited<ReturnType<typeof createDecisionWorld>>;

/** A recognized model of the world's grassroots unit (collective by default). */
export function recognizedModel(
  w: ModelWorld,
  kind: ModelKind = "COLLECTIVE",
  state: ModelState = "RECOGNIZED",
  typical = false,
) {
  return modelOf(w, state, { kind, typical });
}

/** A recognized model of a unit in another province (out of the world's province officer's scope). */
export async function foreignModel(w: DecisionWorld) {
  return createModel(prisma, { ownerUnitId: w.tree.otherGrassroots.id, state: "RECOGNIZED" });
}

/** A valid create-decision input for the Party issuer. */
export function decisionInput(w: DecisionWorld, modelIds: number[], overrides: Record<string, unknown> = {}) {
  return {
    issuerId: w.partyIssuer.id,
    number: 112,
    decisionDate: "2025-12-16",
    signerName: "Hà Văn Toàn",
    signerTitle: "PHÓ BÍ THƯ THƯỜNG TRỰC",
    awardForm: "BANG_KHEN",
    title:
      "Quyết định khen thưởng tập thể, cá nhân điển hình tiêu biểu trong phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025",
    modelIds,
    ...overrides,
  };
}

/** Everything a decision write could touch: compare before/after to prove nothing was written. */
export async function decisionSnapshot() {
  const [decisions, honorees, audits, commends] = await Promise.all([
    prisma.decision.findMany({ orderBy: { id: "asc" } }),
    prisma.honoree.findMany({ orderBy: { id: "asc" } }),
    prisma.auditLog.count({ where: { entity: "Decision" } }),
    prisma.reviewEvent.count({ where: { action: { in: ["COMMEND", "UNDO"] } } }),
  ]);
  return { decisions, honorees, audits, commends };
}
