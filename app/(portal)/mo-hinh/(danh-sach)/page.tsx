import { GetForm } from "@/components/ui/get-form";
import type { Metadata } from "next";
import { FilterSelect } from "@/components/ui/filter-select";
import { FilterActions, SearchField } from "@/components/ui/search-field";
import type { ModelState } from "@/lib/enums";
import { formatNumber } from "@/lib/format";
import { modelKindLabels, modelStateLabel, vi } from "@/lib/i18n/vi";
import { mvi } from "@/lib/i18n/models";
import { listUnitModels } from "@/lib/models/list-unit-models";
import { ListUnitModelsInput } from "@/lib/models/schema";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, FilteredEmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CursorPagination, Pagination } from "@/components/ui/pagination";
import { ModelList } from "@/components/models/model-list";
import { listActiveFields } from "@/lib/fields/list-active-fields";
import { listScopedModels } from "@/lib/models/list-scoped-models";
import { first, positiveInt, type SearchParams } from "@/lib/search-params";
import { MODEL_KINDS, MODEL_STATES, isModelState } from "@/lib/workflow/state-machine";
import { requireSection } from "../../_lib/require-section";
import { campaignOptions } from "@/lib/models/form-options";
import { dashboardListFilter } from "@/lib/dashboard/list-filter";
import { dvi } from "@/lib/i18n/dashboard";
import { DashboardFilterNotice } from "@/components/dashboard/filter-notice";
import { listQuery } from "@/lib/list-return";

export const metadata: Metadata = { title: vi.models.title };

export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("models");
  const params = await searchParams;
  if (actor.role === "UNIT_CADRE") return <UnitWorkspace actor={actor} params={params} />;
  return <ScopedList actor={actor} params={params} />;
}

type Params = Awaited<SearchParams>;
type PageActor = Awaited<ReturnType<typeof requireSection>>;

/** The cadre's own unit's models: search without diacritics, filters and page in the URL. */
async function UnitWorkspace({ actor, params }: { actor: PageActor; params: Params }) {
  // The home page links with ?status=, the list itself with ?state=.
  const raw = {
    q: first(params.q),
    campaignId: first(params.campaign),
    fieldId: first(params.field),
    kind: first(params.kind),
    state: first(params.state) ?? first(params.status),
    page: first(params.page),
  };
  const f = ListUnitModelsInput.parse(raw);
  const [result, fields, campaigns] = await Promise.all([
    listUnitModels(actor, raw),
    listActiveFields(),
    campaignOptions(actor),
  ]);
  if (!result.ok) return <EmptyState title={result.message} />;
  const filtered = Boolean(f.q || f.campaignId || f.fieldId || f.kind || f.state);
  const query = {
    q: f.q,
    campaign: f.campaignId ? String(f.campaignId) : undefined,
    field: f.fieldId ? String(f.fieldId) : undefined,
    kind: f.kind,
    state: f.state,
  };

  return (
    <>
      <PageHeader
        title={mvi.list.titleCadre}
        description={mvi.list.introCadre}
        actions={<ButtonLink href="/mo-hinh/moi">{mvi.list.newModel}</ButtonLink>}
      />
      <GetForm
        action="/mo-hinh"
        role="search"
        className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
      >
        <SearchField
          id="tim-kiem"
          label={mvi.list.search}
          hint={mvi.list.searchHint}
          defaultValue={f.q}
          className="sm:col-span-2 lg:col-span-3"
        />
        <FilterSelect
          id="loc-dot"
          name="campaign"
          long
          label={mvi.list.campaign}
          all={mvi.list.allCampaigns}
          value={query.campaign}
          options={campaigns}
        />
        <FilterSelect
          id="loc-linh-vuc"
          name="field"
          label={vi.models.field}
          all={vi.models.allFields}
          value={query.field}
          options={fields.map((x) => ({ value: String(x.id), label: x.name }))}
        />
        <FilterSelect
          id="loc-loai"
          name="kind"
          label={mvi.list.kind}
          all={mvi.list.allKinds}
          value={query.kind}
          options={MODEL_KINDS.map((k) => ({ value: k, label: modelKindLabels[k] }))}
        />
        <FilterSelect
          id="loc-trang-thai"
          name="state"
          label={vi.models.state}
          all={vi.models.allStates}
          value={query.state}
          options={MODEL_STATES.map((s: ModelState) => ({ value: s, label: modelStateLabel(s, actor.role) }))}
        />
        <FilterActions submit={mvi.list.filter} clear={mvi.list.clear} clearHref="/mo-hinh" filtered={filtered} />
      </GetForm>

      {first(params.tb) === "xoa" ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-3 text-sm font-medium text-emerald-900"
        >
          {mvi.detail.draftDeleted}
        </p>
      ) : null}
      <p className="mb-3 text-sm text-slate-600" role="status" aria-live="polite">
        {mvi.list.results(formatNumber(result.total))}
      </p>

      {result.items.length ? (
        <ModelList
          role={actor.role}
          dateLabel={mvi.list.updated}
          showUnit={false}
          linked
          listQuery={listQuery({ ...query, page: result.page > 1 ? String(result.page) : undefined })}
          items={result.items.map((m) => ({
            id: m.id,
            code: m.code,
            title: m.title,
            kind: m.kind,
            state: m.state,
            typicalLevel: m.typicalLevel,
            historic: m.historic,
            registeredOnBehalf: m.registeredOnBehalf,
            ownerUnitName: "",
            fieldName: m.field.name,
            personName: m.personName,
            date: m.updatedAt,
          }))}
        />
      ) : (
        <FilteredEmptyState
          filtered={filtered}
          clearHref="/mo-hinh"
          clearLabel={mvi.list.clear}
          matchesNothing={{ title: mvi.list.emptyFilteredTitle, description: mvi.list.emptyFilteredText }}
          empty={{
            title: mvi.list.emptyTitle,
            description: mvi.list.emptyText,
            action: <ButtonLink href="/mo-hinh/moi">{mvi.list.newModel}</ButtonLink>,
          }}
        />
      )}
      <Pagination page={result.page} totalPages={result.pageCount} pathname="/mo-hinh" query={query} />
    </>
  );
}

/** Reviewers, officers and admins: a read-only list of the models in their subtree. */
async function ScopedList({ actor, params }: { actor: PageActor; params: Params }) {
  const rawStatus = first(params.state) ?? first(params.status);
  const status = isModelState(rawStatus) ? rawStatus : undefined;
  // A figure of /thong-ke links here with its filter; the list then shows exactly the figure's rows.
  const [fields, fromDashboard] = await Promise.all([listActiveFields(), dashboardListFilter(actor, params)]);
  const fieldId = positiveInt(params.field);
  const field = fields.find((x) => x.id === fieldId);
  const q = first(params.q)?.trim().slice(0, 200) || undefined;
  // A figure link naming a unit outside the actor's scope (or none at all): said so, not "no models yet".
  if (fromDashboard && !fromDashboard.ok) {
    return (
      <>
        <PageHeader title={vi.models.title} />
        <EmptyState
          title={dvi.notFound}
          action={
            <ButtonLink href="/thong-ke" variant="secondary">
              {dvi.backToDashboard}
            </ButtonLink>
          }
        />
      </>
    );
  }
  const listed = await listScopedModels(
    actor,
    { status, fieldId: field?.id, q, after: params.after, before: params.before },
    fromDashboard?.where,
  );
  if (!listed.ok) return <EmptyState title={listed.message} />;
  const result = listed;
  const filtered = Boolean(status || field || q || fromDashboard);

  return (
    <>
      <PageHeader title={vi.models.title} description={vi.models.introScoped} />
      {fromDashboard ? (
        <DashboardFilterNotice
          unitName={fromDashboard.unitName}
          campaignName={fromDashboard.campaignName}
          filter={fromDashboard.filter}
        />
      ) : null}
      <GetForm action="/mo-hinh" role="search" className="mb-5 grid gap-3 sm:grid-cols-3 sm:items-end">
        {Object.entries(fromDashboard?.query ?? {})
          .filter(([k]) => k !== "field")
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
        <SearchField
          id="tim-kiem"
          label={mvi.list.searchScoped}
          hint={mvi.list.searchHint}
          defaultValue={q}
          className="sm:col-span-3"
        />
        <FilterSelect
          id="loc-trang-thai"
          name="state"
          label={vi.models.state}
          all={vi.models.allStates}
          value={status}
          options={MODEL_STATES.map((s) => ({ value: s, label: modelStateLabel(s, actor.role) }))}
        />
        <FilterSelect
          id="loc-linh-vuc"
          name="field"
          label={vi.models.field}
          all={vi.models.allFields}
          value={field ? String(field.id) : undefined}
          options={fields.map((x) => ({ value: String(x.id), label: x.name }))}
        />
        <FilterActions
          submit={vi.models.filter}
          clear={vi.models.clearFilter}
          clearHref="/mo-hinh"
          filtered={filtered}
          className="flex items-center gap-3"
          clearClassName="inline-flex min-h-11 items-center text-sm link"
        />
      </GetForm>
      <p className="mb-3 text-sm text-slate-600">
        {vi.models.count(
          result.totalCapped ? vi.pagination.moreThan(formatNumber(result.total)) : formatNumber(result.total),
        )}
      </p>
      {result.rows.length ? (
        <ModelList
          role={actor.role}
          dateLabel={vi.models.updatedAt}
          linked
          listQuery={listQuery({
            q,
            state: status,
            field: field ? String(field.id) : undefined,
            after: first(params.after),
            before: first(params.before),
          })}
          items={result.rows.map((m) => ({
            id: m.id,
            code: m.code,
            title: m.title,
            kind: m.kind,
            state: m.state,
            typicalLevel: m.typicalLevel,
            historic: m.historic,
            registeredOnBehalf: m.registeredOnBehalf,
            ownerUnitName: m.ownerUnitName,
            fieldName: m.field.name,
            date: m.updatedAt,
          }))}
        />
      ) : (
        <FilteredEmptyState
          filtered={filtered}
          clearHref="/mo-hinh"
          clearLabel={vi.models.clearFilter}
          matchesNothing={{ title: vi.models.emptyFiltered, description: vi.models.emptyFilteredHint }}
          empty={{ title: vi.models.empty }}
        />
      )}
      <CursorPagination
        after={result.after}
        before={result.before}
        onFirstPage={!first(params.after) && !first(params.before)}
        pathname="/mo-hinh"
        query={{ ...fromDashboard?.query, q, state: status, field: field ? String(field.id) : undefined }}
      />
    </>
  );
}
