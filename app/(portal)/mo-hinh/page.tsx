import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { modelStateLabel, vi } from "@/lib/i18n/vi";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { ModelList } from "@/components/models/model-list";
import { listFields, listModels } from "../_queries/models";
import { positiveInt, first, type SearchParams } from "../_queries/params";
import { MODEL_STATES, isModelState } from "../_queries/scope";
import { requireSection } from "../_lib/require-section";

export const metadata: Metadata = { title: vi.models.title };

const selectClass =
  "block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm sm:w-56";

export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("models");

  const params = await searchParams;
  const rawStatus = first(params.status);
  const status = isModelState(rawStatus) ? rawStatus : undefined;
  const fields = await listFields();
  const fieldId = positiveInt(params.field);
  const field = fields.find((f) => f.id === fieldId);

  const result = await listModels(actor, { page: parsePage(params.page), status, fieldId: field?.id });
  const isCadre = actor.role === "UNIT_CADRE";
  const filtered = Boolean(status || field);

  return (
    <>
      <PageHeader
        title={isCadre ? vi.home.cadre.modelsTitle : vi.models.title}
        description={isCadre ? vi.models.introCadre : vi.models.introScoped}
      />

      <form method="get" action="/mo-hinh" role="search" className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-end">
        <div>
          <label htmlFor="loc-trang-thai" className="block text-sm font-semibold text-slate-800">
            {vi.models.state}
          </label>
          <select id="loc-trang-thai" name="status" defaultValue={status ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{vi.models.allStates}</option>
            {MODEL_STATES.map((s) => (
              <option key={s} value={s}>
                {modelStateLabel(s, actor.role)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-linh-vuc" className="block text-sm font-semibold text-slate-800">
            {vi.models.field}
          </label>
          <select id="loc-linh-vuc" name="field" defaultValue={field ? String(field.id) : ""} className={`${selectClass} mt-1`}>
            <option value="">{vi.models.allFields}</option>
            {fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" variant="secondary">
            {vi.models.filter}
          </Button>
          {filtered ? (
            <Link href="/mo-hinh" className="link inline-flex min-h-11 items-center text-sm">
              {vi.models.clearFilter}
            </Link>
          ) : null}
        </div>
      </form>

      <p className="mb-3 text-sm text-slate-600">
        {vi.models.count(formatNumber(result.total))}
      </p>

      {result.rows.length ? (
        <ModelList
          role={actor.role}
          dateLabel={vi.models.updatedAt}
          showUnit={!isCadre}
          items={result.rows.map((m) => ({
            id: m.id,
            code: m.code,
            title: m.title,
            kind: m.kind,
            state: m.state,
            typicalLevel: m.typicalLevel,
            ownerUnitName: m.ownerUnitName,
            fieldName: m.field.name,
            date: m.updatedAt,
          }))}
        />
      ) : (
        <EmptyState
          title={filtered ? vi.models.emptyFiltered : isCadre ? vi.models.emptyCadre : vi.models.empty}
          description={filtered ? vi.models.emptyFilteredHint : undefined}
          action={
            filtered ? (
              <Link href="/mo-hinh" className="link">
                {vi.models.clearFilter}
              </Link>
            ) : undefined
          }
        />
      )}

      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        pathname="/mo-hinh"
        query={{ status, field: field ? String(field.id) : undefined }}
      />
    </>
  );
}
