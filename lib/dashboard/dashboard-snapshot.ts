import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { forbidden, type Result } from "@/lib/result";
import { filterQuery, type DashboardFilter } from "./filter";
import { getDashboard, type Dashboard } from "./get-dashboard";
import { canViewDashboard } from "./scope";

/**
 * Dashboard snapshots (ADR 0047): the figures of one view (actor's role and unit, filter) computed by
 * getDashboard and kept in this server process. A snapshot is served while both hold:
 *  - no model changed since it was computed (the newest Model.updatedAt, one index probe: every review
 *    step, submission, withdrawal and import writes it), and
 *  - it is younger than TTL_MS (what does not touch a model: honorees of a decision, progress reports,
 *    the organisation tree, shows within that time).
 * Otherwise a view that computed in under SYNC_BELOW_MS is recomputed at once (small provinces always see
 * live figures); a slower one is served as it was, marked stale with its time ("Số liệu lúc …"), while
 * one recomputation runs in the background. Concurrent requests for one view share one computation.
 */
export const SNAPSHOT_TTL_MS = 5 * 60_000;
export const SNAPSHOT_SYNC_BELOW_MS = 1_000;
const MAX_SNAPSHOTS = 300;

type Ok = { ok: true; dashboard: Dashboard };
type Snapshot = { result: Ok; stamp: string; at: number; tookMs: number };
export type DashboardView = Result<{ dashboard: Dashboard; stale: boolean }>;
export type SnapshotOptions = { now?: number; ttlMs?: number; syncBelowMs?: number };

const snapshots = new Map<string, Snapshot>();
const computing = new Map<string, Promise<Result<{ dashboard: Dashboard }>>>();

function keyOf(actor: Actor, filter: DashboardFilter): string {
  return `${actor.role}:${actor.unitId}?${filterQuery(filter)}`;
}

async function dataStamp(): Promise<string> {
  const r = await prisma.model.aggregate({ _max: { updatedAt: true } });
  return r._max.updatedAt?.toISOString() ?? "";
}

function compute(key: string, actor: Actor, filter: DashboardFilter, stamp: string) {
  const running = computing.get(key);
  if (running) return running;
  const started = performance.now();
  const p = getDashboard(actor, filter)
    .then((r) => {
      if (r.ok) {
        snapshots.delete(key);
        snapshots.set(key, { result: r, stamp, at: Date.now(), tookMs: performance.now() - started });
        // Oldest first in a Map: drop the least recently computed past the bound.
        while (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
      }
      return r;
    })
    .finally(() => computing.delete(key));
  computing.set(key, p);
  return p;
}

/** The dashboard of a view, from its snapshot when that is still exact or (for a slow view) fresh enough. */
export async function viewDashboard(
  actor: Actor,
  filter: DashboardFilter,
  opts: SnapshotOptions = {},
): Promise<DashboardView> {
  if (!canViewDashboard(actor)) return forbidden();
  const key = keyOf(actor, filter);
  // Read before computing: a change during the computation makes the next view recompute.
  const stamp = await dataStamp();
  const snap = snapshots.get(key);
  const now = opts.now ?? Date.now();
  if (snap && snap.stamp === stamp && now - snap.at < (opts.ttlMs ?? SNAPSHOT_TTL_MS))
    return { ok: true, dashboard: snap.result.dashboard, stale: false };
  if (snap && snap.tookMs >= (opts.syncBelowMs ?? SNAPSHOT_SYNC_BELOW_MS)) {
    compute(key, actor, filter, stamp).catch((e) => console.error("dashboard snapshot refresh failed", e));
    return { ok: true, dashboard: snap.result.dashboard, stale: true };
  }
  const r = await compute(key, actor, filter, stamp);
  return r.ok ? { ok: true, dashboard: r.dashboard, stale: false } : r;
}

/** Test hooks: wait for background recomputations; forget every snapshot. */
export async function settleDashboardSnapshots(): Promise<void> {
  await Promise.allSettled([...computing.values()]);
}
export function clearDashboardSnapshots(): void {
  snapshots.clear();
}
