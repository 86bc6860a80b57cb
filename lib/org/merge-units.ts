// Merging units (and the operations built on it: abolishing a province's district level, the official
// 1 July 2025 reorganisation). One plan serves both the preview and the apply, so what is shown is what
// is done; the preview only reads, the apply runs in one transaction or not at all.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { orgText } from "@/lib/i18n/org";
import { isCurrent } from "./eras";
import { computePaths } from "./tree";
import { parentProblem } from "./unit-rules";
import { dayBefore, invalid, isoDay, OPEN_STATES, type OrgResult } from "./tree-admin";

export type MergePair = { sourceId: number; targetId: number };

type Brief = { id: number; code: string; name: string };
export type MergePlan = {
  effectiveDate: Date;
  units: { source: Brief; target: Brief }[];
  /** Open children of a merged unit that are not merged themselves: they move under the successor. */
  children: { unit: Brief; from: Brief; to: Brief }[];
  /** Active accounts of the merged units: closed (a closed unit's accounts cannot act). */
  accounts: { id: number; username: string; fullName: string; unit: Brief }[];
  /** Open dossiers routed to a merged committee: routed to the successor's committee. */
  dossiers: { id: number; code: string; title: string; from: Brief; to: Brief }[];
  /** Campaigns run by a merged unit that are not closed: run by the successor. */
  campaigns: { id: number; code: string; name: string; from: Brief; to: Brief }[];
};

const brief = (u: Brief): Brief => ({ id: u.id, code: u.code, name: u.name });

/** Reads only. Refuses with a Vietnamese message what a merge must not do (cycles, closed units, dates). */
export async function planMerge(
  db: Tx,
  pairs: readonly MergePair[],
  effectiveDate: Date,
): Promise<OrgResult<MergePlan>> {
  const e = orgText.errors;
  if (pairs.length === 0) return invalid(e.unitNotFound);
  const ids = [...new Set(pairs.flatMap((p) => [p.sourceId, p.targetId]))];
  const rows = await db.unit.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, name: true, level: true, validFrom: true, validTo: true, lineage: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lastDay = dayBefore(effectiveDate);
  const sourceIds = new Set(pairs.map((p) => p.sourceId));
  for (const p of pairs) {
    const s = byId.get(p.sourceId);
    const t = byId.get(p.targetId);
    if (!s) return { ok: false, code: "not_found", message: e.unitNotFound };
    if (!t) return { ok: false, code: "not_found", message: e.targetNotFound };
    if (s.id === t.id) return invalid(e.self, { target: e.self });
    if (s.validTo !== null) return invalid(e.unitClosed);
    if (s.validFrom.getTime() > lastDay.getTime()) return invalid(e.beforeStart, { date: e.beforeStart });
    if (!isCurrent(t, effectiveDate) || sourceIds.has(t.id)) return invalid(e.targetClosed, { target: e.targetClosed });
    // The successor inside the merged unit's own history (its subtree or a predecessor of it): a cycle.
    if (t.lineage.includes(s.id)) return invalid(e.cycle, { target: e.cycle });
  }
  const targetOf = new Map(pairs.map((p) => [p.sourceId, byId.get(p.targetId)!]));
  const sources = [...sourceIds];

  const children = await db.unit.findMany({
    where: {
      parentId: { in: sources },
      id: { notIn: sources },
      OR: [{ validTo: null }, { validTo: { gte: effectiveDate } }],
    },
    select: { id: true, code: true, name: true, parentId: true, level: true },
    orderBy: { code: "asc" },
  });
  // The children move under the successor: it must be a unit they may hang under (lib/org/unit-rules.ts),
  // e.g. a commune merged into a district-level unit would leave its party cells directly under a district.
  for (const c of children) {
    const to = targetOf.get(c.parentId!)!;
    if (!parentProblem(c.level, to.level)) continue;
    const message = e.mergeChildLevel(c.name, to.name, c.level, to.level);
    return invalid(message, { targetCode: message });
  }
  const accounts = await db.user.findMany({
    where: { unitId: { in: sources }, disabled: false },
    select: { id: true, username: true, fullName: true, unitId: true },
    orderBy: { username: "asc" },
  });
  const dossiers = await db.model.findMany({
    where: { reviewUnitId: { in: sources }, state: { in: [...OPEN_STATES] } },
    select: { id: true, code: true, title: true, reviewUnitId: true },
    orderBy: { code: "asc" },
  });
  const campaigns = await db.campaign.findMany({
    where: { ownerUnitId: { in: sources }, status: { not: "CLOSED" } },
    select: { id: true, code: true, name: true, ownerUnitId: true },
    orderBy: { code: "asc" },
  });
  const src = (id: number) => brief(byId.get(id)!);
  const dst = (id: number) => brief(targetOf.get(id)!);
  return {
    ok: true,
    value: {
      effectiveDate,
      units: pairs.map((p) => ({ source: src(p.sourceId), target: dst(p.sourceId) })),
      children: children.map((c) => ({ unit: brief(c), from: src(c.parentId!), to: dst(c.parentId!) })),
      accounts: accounts.map((a) => ({ id: a.id, username: a.username, fullName: a.fullName, unit: src(a.unitId) })),
      dossiers: dossiers.map((d) => ({
        id: d.id,
        code: d.code,
        title: d.title,
        from: src(d.reviewUnitId),
        to: dst(d.reviewUnitId),
      })),
      campaigns: campaigns.map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        from: src(c.ownerUnitId),
        to: dst(c.ownerUnitId),
      })),
    },
  };
}

class Stale extends Error {}

/** Applies a plan made inside the same transaction. Throws Stale when a unit changed in between. */
async function applyPlan(tx: Tx, actor: Actor, plan: MergePlan, action: string): Promise<void> {
  const lastDay = dayBefore(plan.effectiveDate);
  const levels = new Map(
    (
      await tx.unit.findMany({
        where: { id: { in: plan.units.map((u) => u.target.id) } },
        select: { id: true, level: true },
      })
    ).map((u) => [u.id, u.level]),
  );
  for (const { source, target } of plan.units) {
    const done = await tx.unit.updateMany({
      where: { id: source.id, validTo: null },
      data: { validTo: lastDay, successorId: target.id },
    });
    if (done.count !== 1) throw new Stale();
    await tx.unitName.updateMany({ where: { unitId: source.id, validTo: null }, data: { validTo: lastDay } });
  }
  for (const c of plan.children) await tx.unit.update({ where: { id: c.unit.id }, data: { parentId: c.to.id } });
  if (plan.accounts.length) {
    await tx.user.updateMany({
      where: { id: { in: plan.accounts.map((a) => a.id) } },
      data: { disabled: true, sessionVersion: { increment: 1 } },
    });
  }
  for (const d of plan.dossiers) {
    await tx.model.update({
      where: { id: d.id },
      data: { reviewUnitId: d.to.id, reviewLevel: levels.get(d.to.id)!, version: { increment: 1 } },
    });
  }
  for (const c of plan.campaigns) await tx.campaign.update({ where: { id: c.id }, data: { ownerUnitId: c.to.id } });
  if (plan.children.length) await computePaths(tx);
  for (const { source, target } of plan.units) {
    await audit(tx, {
      actorId: actor.userId,
      action: "org.unit.merge",
      entity: "Unit",
      entityId: source.id,
      data: {
        operation: action,
        before: { validTo: null, successorId: null },
        after: { validTo: isoDay(lastDay), successorId: target.id, successor: target.name },
        children: plan.children
          .filter((c) => c.from.id === source.id)
          .map((c) => ({ id: c.unit.id, parentId: c.to.id })),
        accounts: plan.accounts.filter((a) => a.unit.id === source.id).map((a) => a.id),
        dossiers: plan.dossiers.filter((d) => d.from.id === source.id).map((d) => d.id),
        campaigns: plan.campaigns.filter((c) => c.from.id === source.id).map((c) => c.id),
      },
    });
  }
}

/** Plans and applies in one transaction: what the preview showed, or nothing when the tree moved meanwhile. */
export async function applyMergePairs(
  actor: Actor,
  pairs: readonly MergePair[],
  effectiveDate: Date,
  action: string,
  extra?: (tx: Tx, plan: MergePlan) => Promise<void>,
): Promise<OrgResult<MergePlan>> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        const plan = await planMerge(tx, pairs, effectiveDate);
        if (!plan.ok) return plan;
        await applyPlan(tx, actor, plan.value, action);
        if (extra) await extra(tx, plan.value);
        return plan;
      },
      { timeout: 60_000, isolationLevel: "Serializable" },
    );
  } catch (err) {
    if (err instanceof Stale || (err as { code?: string }).code === "P2034") {
      return { ok: false, code: "conflict", message: orgText.errors.stale };
    }
    throw err;
  }
}
