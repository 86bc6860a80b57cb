/**
 * Test-only: the world the permission matrix runs in, and the helpers registry fixtures use to build an
 * object inside or outside an actor's scope. Built on the shared factories (tests/fixtures) through the
 * domain test worlds, so a fixture is a few lines.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState, Role, Unit } from "@/lib/generated/prisma/client";
import { createField, createIssuer, createModel, createUnit, type CreateModelOverrides } from "@/tests/fixtures";
import { createDecisionWorld, decisionInput } from "@/lib/decisions/test-world";
import { createDecision } from "@/lib/decisions/create-decision";
import { issueDecision } from "@/lib/decisions/issue-decision";
import { COMPLETE_NARRATIVE } from "@/lib/models/test-world";
import { storeUpload } from "@/lib/uploads/store-upload";
import { PNG, file } from "@/lib/uploads/test-files";
import type { Scope, Target } from "./registry";

export type Kit = Awaited<ReturnType<typeof createKit>>;

let decisionNumber = 500;

export async function createKit() {
  process.env.UPLOAD_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "dvk-matrix-"));
  const w = await createDecisionWorld();
  const { tree } = w;
  /** One actor per role; the matrix runs every entry as each of them. */
  const actors: Record<Role, Actor> = {
    UNIT_CADRE: w.cadre,
    COMMUNE_REVIEWER: w.communeReviewer,
    DISTRICT_REVIEWER: w.districtReviewer,
    PROVINCE_OFFICER: w.provinceOfficer,
    ADMIN: w.admin,
  };

  const merged = new Map<number, { unit: Unit; owner: Unit }>();
  /**
   * A unit of the province absorbed into the world's province that merged into `into` on 1/7/2025, and
   * the unit owning models there (a grassroots unit under it; for a grassroots `into`, the unit itself).
   * Its path lies outside `into`'s subtree: only the successor rule (lineage) brings it into scope.
   */
  async function predecessor(into: Unit) {
    const known = merged.get(into.id);
    if (known) return known;
    const closed = { validFrom: new Date("2000-01-01T00:00:00Z"), validTo: new Date("2025-06-30T00:00:00Z") };
    const grassroots = into.level === "GRASSROOTS";
    const unit = await createUnit(prisma, {
      parentId: w.absorbedProvince.id,
      level: grassroots ? "GRASSROOTS" : "COMMUNE",
      successorId: into.id,
      ...closed,
    });
    const owner = grassroots ? unit : await createUnit(prisma, { parentId: unit.id, ...closed });
    const made = {
      unit: await prisma.unit.findUniqueOrThrow({ where: { id: unit.id } }),
      owner: await prisma.unit.findUniqueOrThrow({ where: { id: owner.id } }),
    };
    merged.set(into.id, made);
    return made;
  }

  /**
   * A model inside the actor's scope and, for a reviewer, held by the actor's own committee (registered
   * with it); outside: a model of another province. For cadres and the administrator "in scope" is
   * the cadre's unit, reviewed by its commune. "successor": the same committee holds it (a merger
   * re-routes open models to the successor's committee), but its owner is a unit of the absorbed province
   * that merged into the actor's unit (the cadre's unit, for a cadre and the administrator).
   */
  async function model(actor: Actor, scope: Scope, state: ModelState, overrides: CreateModelOverrides = {}) {
    if (scope === "out") {
      return createModel(prisma, {
        ownerUnitId: tree.otherGrassroots.id,
        registeredWithUnitId: tree.otherCommune.id,
        ...COMPLETE,
        state,
        ...overrides,
      });
    }
    const place =
      actor.role === "DISTRICT_REVIEWER"
        ? { owner: tree.grassroots, committee: tree.district }
        : actor.role === "PROVINCE_OFFICER"
          ? { owner: tree.grassrootsDirect, committee: tree.province }
          : { owner: tree.grassrootsDirect, committee: tree.communeDirect };
    const into = actor.role === "UNIT_CADRE" || actor.role === "ADMIN" ? place.owner : place.committee;
    const owner = scope === "successor" ? (await predecessor(into)).owner : place.owner;
    return createModel(prisma, {
      ownerUnitId: owner.id,
      registeredWithUnitId: place.committee.id,
      campaignId: w.campaign.id,
      fieldId: w.fields[0].id,
      createdById: w.cadre.userId,
      ...COMPLETE,
      state,
      ...overrides,
    });
  }

  /**
   * The issuer a decision is made by, and a date it was in office: the world's province (in), another
   * province (out), or the province absorbed into the world's, before the merger (successor).
   */
  function issuer(scope: Scope) {
    if (scope === "successor") return { issuer: w.absorbedIssuer, date: "2025-06-05" };
    return { issuer: scope === "in" ? w.partyIssuer : w.foreignIssuer, date: "2025-12-16" };
  }

  /** A committee a cadre of the world may register with, one of another province, or one closed by a merger. */
  async function committee(scope: Scope) {
    if (scope === "successor") return (await predecessor(tree.communeDirect)).unit;
    return scope === "in" ? tree.communeDirect : tree.otherCommune;
  }

  /**
   * A draft (or issued) decision of the world's province, of another province, or of the province
   * absorbed into the world's (dated before the merger, drafted by the successor's officer).
   */
  async function decision(scope: Scope, status: "DRAFT" | "ISSUED" = "DRAFT", honorees = 1) {
    const officer = scope === "out" ? w.otherProvinceOfficer : w.provinceOfficer;
    const ids: number[] = [];
    for (let i = 0; i < honorees; i++) ids.push((await recognized(scope)).id);
    const by = issuer(scope);
    const created = await createDecision(
      officer,
      decisionInput(w, ids, { issuerId: by.issuer.id, decisionDate: by.date, number: decisionNumber++ }),
    );
    if (!created.ok) throw new Error(`test kit: decision not created: ${created.message}`);
    if (status === "ISSUED") {
      const issued = await issueDecision(officer, { id: created.id, version: created.version });
      if (!issued.ok) throw new Error(`test kit: decision not issued: ${issued.message}`);
    }
    return prisma.decision.findUniqueOrThrow({ where: { id: created.id }, include: { honorees: true } });
  }

  /**
   * A recognized model a decision of the world's province (in), of the other province (out) or of the
   * absorbed province (successor) may honour.
   */
  function recognized(scope: Scope) {
    return scope === "out"
      ? createModel(prisma, { ownerUnitId: tree.otherGrassroots.id, state: "RECOGNIZED" })
      : model(w.provinceOfficer, scope, "RECOGNIZED");
  }

  /** An evidence file on a draft model in or out of the actor's scope (stored by the owning cadre). */
  async function attachment(actor: Actor, scope: Scope) {
    const m = await model(actor, scope, "DRAFT");
    const owner = await prisma.user.findUniqueOrThrow({ where: { id: m.createdById } });
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: m.ownerUnitId } });
    const cadre: Actor = {
      ...w.cadre,
      userId: owner.id,
      username: owner.username,
      unitId: unit.id,
      unitPath: unit.path,
    };
    const r = await storeUpload(cadre, { modelId: m.id, file: file(PNG, "Ảnh họp thôn.png") });
    if (!r.ok) throw new Error(`test kit: upload failed: ${r.message}`);
    return { model: m, attachment: r.attachment };
  }

  /** An unread notification of the actor, or of somebody else. */
  async function notification(actor: Actor, scope: Scope) {
    const userId = scope === "in" ? actor.userId : w.foreignCadre.userId;
    return prisma.notification.create({ data: { userId, messageKey: "model.recognized", params: {} } });
  }

  /** An import of the actor's own, or of somebody else. */
  async function importJob(actor: Actor, scope: Scope) {
    const actorId = scope === "in" ? actor.userId : w.foreignCadre.userId;
    return prisma.importJob.create({
      data: { kind: "MODELS", fileName: "mo-hinh.csv", storageKey: "0".repeat(32), actorId },
    });
  }

  let accounts = 0;
  /** An account any administrator may manage: a commune reviewer of the world's commune. */
  function account() {
    accounts += 1;
    return prisma.user.create({
      data: {
        username: `matran.${accounts}`,
        fullName: `Người Thử ${accounts}`,
        passwordHash: "x",
        role: "COMMUNE_REVIEWER",
        unitId: tree.commune.id,
      },
    });
  }

  let campaigns = 0;
  /** A planned campaign of the world's province (in) or of another province (out). */
  function campaign(scope: Scope) {
    campaigns += 1;
    const ownerUnitId = scope === "in" ? tree.province.id : tree.otherProvince.id;
    return prisma.campaign.create({
      data: {
        code: `MT-KIT-${campaigns}`,
        name: "Đợt thử",
        startDate: new Date("2027-01-01"),
        endDate: new Date("2027-12-31"),
        status: "PLANNED",
        ownerUnitId,
      },
    });
  }

  /** A campaign of the world's province that ran in 2024 and is closed: historic entries go there. */
  function closedCampaign() {
    campaigns += 1;
    return prisma.campaign.create({
      data: {
        code: `MT-KIT-CLOSED-${campaigns}`,
        name: "Phong trào “Dân vận khéo” năm 2024",
        startDate: new Date("2024-01-01"),
        endDate: new Date("2024-12-31"),
        status: "CLOSED",
        ownerUnitId: tree.province.id,
      },
    });
  }

  /**
   * A unit a committee of the role may enter a model for (below it today), one of another province, or
   * (successor) a closed unit that merged into the committee's: its history, where nothing new is entered.
   */
  async function entryUnit(actor: Actor, scope: Scope) {
    if (scope === "out") return tree.otherGrassroots;
    const committee =
      actor.role === "DISTRICT_REVIEWER"
        ? tree.district
        : actor.role === "PROVINCE_OFFICER"
          ? tree.province
          : tree.communeDirect;
    if (scope === "successor") return (await predecessor(committee)).owner;
    return actor.role === "DISTRICT_REVIEWER" ? tree.grassroots : tree.grassrootsDirect;
  }

  let issuers = 0;
  /**
   * A fresh issuing body (no decisions) for the issuer editor: of the world's province (in), of another
   * province (out), or of the province absorbed into the world's (successor).
   */
  function freshIssuer(scope: Scope) {
    issuers += 1;
    return createIssuer(prisma, {
      unitId: scope === "in" ? tree.province.id : scope === "out" ? tree.otherProvince.id : w.absorbedProvince.id,
      name: `BAN CHỈ ĐẠO THỬ ${issuers}`,
      validFrom: new Date("2020-01-01T00:00:00Z"),
    });
  }

  /** A field of the list (fields have no scope: the administrator keeps the one list). */
  function field() {
    return createField(prisma);
  }

  return {
    w,
    actors,
    model,
    recognized,
    decision,
    issuer,
    committee,
    attachment,
    notification,
    form,
    account,
    campaign,
    closedCampaign,
    entryUnit,
    importJob,
    freshIssuer,
    field,
  };
}

const COMPLETE = {
  goals: COMPLETE_NARRATIVE.goals,
  methods: COMPLETE_NARRATIVE.methods,
  expectedResults: COMPLETE_NARRATIVE.expectedResults,
  startDate: new Date(`${COMPLETE_NARRATIVE.startDate}T00:00:00Z`),
};

/** FormData from plain values (arrays become repeated fields). */
export function form(values: Record<string, string | number | (string | number)[] | null | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    for (const one of Array.isArray(v) ? v : [v]) fd.append(k, String(one));
  }
  return fd;
}

/** Everything a refused call must leave as it was: the target row (its version too) and the counts it could grow. */
export async function fingerprint(target: Target): Promise<unknown> {
  const delegate = (prisma as unknown as Record<string, { findUnique(a: unknown): Promise<unknown> }>)[target.table];
  const [row, audits, models, decisions, events, honorees, attachments, reports, issuers, fields] = await Promise.all([
    delegate.findUnique({ where: { id: target.id } }),
    prisma.auditLog.count(),
    prisma.model.count(),
    prisma.decision.count(),
    prisma.reviewEvent.count(),
    prisma.honoree.count(),
    prisma.attachment.count(),
    prisma.progressReport.count(),
    prisma.issuer.count(),
    prisma.field.count(),
  ]);
  return { row, audits, models, decisions, events, honorees, attachments, reports, issuers, fields };
}
