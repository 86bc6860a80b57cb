import type { Metadata } from "next";
import { can } from "@/lib/permissions";
import { mvi } from "@/lib/i18n/models";
import { formatNumber } from "@/lib/format";
import { modelKindLabels, modelStateLabel, vi } from "@/lib/i18n/vi";
import { rvi } from "@/lib/i18n/review";
import { listReviewQueue, type QueueStateFilter } from "@/lib/review/list-review-queue";
import { MODEL_KINDS, MODEL_STATES } from "@/lib/workflow/state-machine";
import { FilteredEmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CursorPagination } from "@/components/ui/pagination";
import { QueueFilters } from "@/components/review/queue-filters";
import { StateChips } from "@/components/review/state-chips";
import { ReviewQueue } from "@/components/review/review-queue";
import { first, positiveInt, type SearchParams } from "@/lib/search-params";
import { requireSection } from "../../_lib/require-section";
import { canOpen } from "@/lib/nav";
import { reviewFilterOptions } from "@/lib/review/filter-options";
import { bulkReviewAction } from "../actions";
import { listQuery } from "@/lib/list-return";

export const metadata: Metadata = { title: rvi.queue.title };

const WAITING_CHOICES = [7, 15, 30, 60, 90] as const;
const KINDS = MODEL_KINDS;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("review");
  const params = await searchParams;

  const q = first(params.q)?.trim().slice(0, 200) || undefined;
  const rawState = first(params.state);
  const state: QueueStateFilter =
    rawState === "ALL" || (MODEL_STATES as readonly string[]).includes(rawState ?? "")
      ? (rawState as QueueStateFilter)
      : "ACTIONABLE";
  const rawKind = first(params.kind);
  const kind = KINDS.find((k) => k === rawKind);
  const waiting = positiveInt(params.waiting);
  const campaignId = positiveInt(params.campaign);
  const fieldId = positiveInt(params.field);

  const [options, queue] = await Promise.all([
    reviewFilterOptions(),
    listReviewQueue(actor, {
      q,
      campaignId,
      fieldId,
      kind,
      state,
      waitingDays: waiting,
      after: first(params.after),
      before: first(params.before),
    }),
  ]);

  // Everything except the page: chips and pagination keep the rest of the view.
  const query: Record<string, string | undefined> = {
    q,
    campaign: campaignId ? String(campaignId) : undefined,
    field: fieldId ? String(fieldId) : undefined,
    kind,
    waiting: waiting ? String(waiting) : undefined,
    state: state === "ACTIONABLE" ? undefined : state,
  };
  const filtered = Boolean(q || campaignId || fieldId || kind || waiting || state !== "ACTIONABLE");

  // A committee's own entries for a unit: beside the title on a desk, after the queue on a phone, so that
  // the first dossier stays on the first screen there.
  const entryLinks = (
    <>
      {can(actor, "register:model:subtree") ? (
        <ButtonLink href="/tham-dinh/dang-ky-thay" variant="secondary">
          {mvi.entry.onBehalfLink}
        </ButtonLink>
      ) : null}
      {can(actor, "record:historic-model:subtree") ? (
        <ButtonLink href="/tham-dinh/ghi-nhan-bo-sung" variant="secondary">
          {mvi.entry.historicLink}
        </ButtonLink>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={rvi.queue.title}
        description={rvi.queue.intro}
        actions={
          <>
            <div className="hidden sm:contents">{entryLinks}</div>
            {canOpen(actor, "reviewProgress") ? (
              <ButtonLink href="/tham-dinh/tien-do" variant="secondary">
                {rvi.queue.progressLink}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      <QueueFilters
        values={{
          q: q ?? "",
          campaign: query.campaign ?? "",
          field: query.field ?? "",
          kind: kind ?? "",
          waiting: query.waiting ?? "",
          state: query.state ?? "",
        }}
        campaigns={options.campaigns}
        fields={options.fields}
        kinds={KINDS.map((k) => ({ value: k, label: modelKindLabels[k] }))}
        waiting={WAITING_CHOICES.map((d) => ({ value: String(d), label: rvi.queue.waitingAtLeast(d) }))}
        filtered={filtered}
      />

      <StateChips
        current={state}
        query={query}
        chips={[
          { value: "ACTIONABLE", label: rvi.queue.actionable },
          ...MODEL_STATES.filter((s) => s !== "DRAFT" && queue.countsByState[s] > 0).map((s) => ({
            value: s,
            label: modelStateLabel(s, actor.role),
            count: queue.countsByState[s],
          })),
          { value: "ALL", label: rvi.queue.allStates },
        ]}
      />

      <p className="mb-3 text-sm text-slate-700" role="status" aria-live="polite">
        {rvi.queue.results(
          queue.totalCapped ? vi.pagination.moreThan(formatNumber(queue.total)) : formatNumber(queue.total),
        )}
      </p>

      {/* Rendered when empty too: the outcome of a bulk step that emptied the list stays on screen. */}
      <ReviewQueue
        role={actor.role}
        submit={bulkReviewAction}
        criteriaByCampaign={queue.criteriaByCampaign}
        listQuery={listQuery({ ...query, after: first(params.after), before: first(params.before) })}
        items={queue.items.map((m) => ({
          id: m.id,
          code: m.code,
          title: m.title,
          kind: m.kind,
          fieldName: m.fieldName,
          ownerUnitName: m.ownerUnitName,
          state: m.state,
          reviewLevel: m.reviewLevel,
          typicalLevel: m.typicalLevel,
          submittedAt: m.submittedAt ? m.submittedAt.toISOString() : null,
          waitingDays: m.waitingDays,
          campaignId: m.campaignId,
          version: m.version,
          bulkActions: m.bulkActions,
        }))}
        empty={
          <FilteredEmptyState
            filtered={filtered}
            clearHref="/tham-dinh"
            clearLabel={rvi.queue.clear}
            matchesNothing={{ title: rvi.queue.emptyFiltered, description: rvi.queue.emptyFilteredHint }}
            empty={{ title: rvi.queue.empty, description: rvi.queue.emptyHint }}
          />
        }
      />

      <CursorPagination
        after={queue.after}
        before={queue.before}
        onFirstPage={!first(params.after) && !first(params.before)}
        pathname="/tham-dinh"
        query={query}
      />

      <div className="mt-6 flex flex-wrap gap-2 sm:hidden">{entryLinks}</div>
    </>
  );
}
