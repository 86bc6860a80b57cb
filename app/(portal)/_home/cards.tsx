import "server-only";
import type { Actor } from "@/lib/auth/types";
import { formatNumber } from "@/lib/format";
import { modelStateLabel, vi } from "@/lib/i18n/vi";
import { ModelStateBadge } from "@/components/models/model-state-badge";
import { ButtonLink } from "@/components/ui/button";
import { mvi } from "@/lib/i18n/models";
import { CountList, StatList, type CountRow } from "@/components/home/stat-list";
import { TaskCard } from "@/components/home/task-card";
import { countUsers } from "@/lib/accounts/count-users";
import { countDecisions } from "@/lib/decisions/count-decisions";
import { countModelsByState } from "@/lib/models/count-models-by-state";
import { movementTotals } from "@/lib/models/movement-totals";
import { countReviewQueue } from "@/lib/review/count-review-queue";
import { AWAITING_DECISION_STATES, MODEL_STATES } from "@/lib/workflow/state-machine";

function Empty({ children }: { children: string }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}

export async function UnitModelsCard({ actor }: { actor: Actor }) {
  const counts = await countModelsByState(actor);
  const rows = MODEL_STATES.filter((s) => (counts[s] ?? 0) > 0).map((s) => ({
    key: s,
    label: modelStateLabel(s, actor.role),
    badge: <ModelStateBadge state={s} role={actor.role} />,
    value: formatNumber(counts[s] ?? 0),
    href: `/mo-hinh?status=${s}`,
  }));
  const t = vi.home.cadre;
  return (
    <TaskCard
      id="the-mo-hinh"
      title={t.modelsTitle}
      description={t.modelsText}
      href="/mo-hinh"
      linkLabel={t.modelsLink}
    >
      {rows.length ? <CountList rows={rows} /> : <Empty>{t.modelsEmpty}</Empty>}
      <ButtonLink href="/mo-hinh/moi" size="sm" className="mt-4">
        {mvi.list.newModel}
      </ButtonLink>
    </TaskCard>
  );
}

export async function RevisionCard({ actor }: { actor: Actor }) {
  const counts = await countModelsByState(actor);
  const n = counts.NEEDS_REVISION ?? 0;
  const t = vi.home.cadre;
  return (
    <TaskCard
      id="the-bo-sung"
      title={t.revisionTitle}
      description={t.revisionText}
      href="/mo-hinh?status=NEEDS_REVISION"
      linkLabel={t.revisionLink}
    >
      {n > 0 ? (
        <p className="flex items-baseline gap-2">
          <span className="text-3xl font-bold text-amber-800 tabular-nums">{formatNumber(n)}</span>
          <span className="text-sm text-slate-700">{t.revisionCount}</span>
        </p>
      ) : (
        <Empty>{t.revisionNone}</Empty>
      )}
    </TaskCard>
  );
}

export async function ReviewQueueCard({ actor }: { actor: Actor }) {
  const { total, awaiting, recognizedOpen } = await countReviewQueue(actor);
  const t = vi.home.review;
  // The same labels and counts as the queue's chips, each linked to the chip's view; the total is the
  // queue's default view (what "Mở danh sách thẩm định" shows).
  const rows: CountRow[] = AWAITING_DECISION_STATES.filter((s) => awaiting[s] > 0).map((s) => ({
    key: s,
    label: modelStateLabel(s, actor.role),
    badge: <ModelStateBadge state={s} role={actor.role} />,
    value: formatNumber(awaiting[s]),
    href: `/tham-dinh?state=${s}`,
  }));
  if (recognizedOpen > 0)
    rows.push({
      key: "RECOGNIZED",
      label: t.recognized,
      value: formatNumber(recognizedOpen),
    });
  return (
    <TaskCard id="the-tham-dinh" title={t.title} description={t.text} href="/tham-dinh" linkLabel={t.link}>
      {total > 0 ? (
        <>
          <p className="mb-2 flex items-baseline gap-2">
            <span className="text-3xl font-bold text-brand-800 tabular-nums">{formatNumber(total)}</span>
            <span className="text-sm text-slate-700">{t.total}</span>
          </p>
          <CountList rows={rows} />
        </>
      ) : (
        <Empty>{t.empty}</Empty>
      )}
    </TaskCard>
  );
}

export async function TotalsCard({ actor }: { actor: Actor }) {
  const totals = await movementTotals(actor);
  const t = vi.home.totals;
  return (
    <TaskCard
      id="the-so-lieu"
      title={t.title}
      description={actor.role === "ADMIN" ? t.scopeAll : t.scope(actor.unitName)}
      href="/thong-ke"
      linkLabel={t.link}
    >
      {totals.registered > 0 ? (
        <StatList
          stats={[
            { label: t.registered, value: formatNumber(totals.registered) },
            { label: t.recognized, value: formatNumber(totals.recognized) },
            { label: t.typical, value: formatNumber(totals.typical), emphasis: true },
          ]}
        />
      ) : (
        <Empty>{t.empty}</Empty>
      )}
    </TaskCard>
  );
}

export async function DecisionsCard({ actor }: { actor: Actor }) {
  const { issued, drafts } = await countDecisions(actor);
  const t = vi.home.decisions;
  return (
    <TaskCard id="the-quyet-dinh" title={t.title} description={t.text} href="/quyet-dinh" linkLabel={t.link}>
      {issued + drafts > 0 ? (
        <StatList
          columns={2}
          stats={[
            { label: t.issued, value: formatNumber(issued) },
            { label: t.drafts, value: formatNumber(drafts) },
          ]}
        />
      ) : (
        <Empty>{t.empty}</Empty>
      )}
    </TaskCard>
  );
}

export async function UsersCard({ actor }: { actor: Actor }) {
  const { active, disabled } = await countUsers(actor);
  const t = vi.home.users;
  return (
    <TaskCard id="the-nguoi-dung" title={t.title} description={t.text} href="/quan-tri" linkLabel={t.link}>
      <StatList
        columns={2}
        stats={[
          { label: t.active, value: formatNumber(active) },
          { label: t.disabled, value: formatNumber(disabled) },
        ]}
      />
    </TaskCard>
  );
}
