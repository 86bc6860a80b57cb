import { GetForm } from "@/components/ui/get-form";
import Link from "next/link";
import { rvi } from "@/lib/i18n/review";
import { Button } from "@/components/ui/button";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { SearchField } from "@/components/ui/search-field";

/** A plain GET form: every filter lands in the URL, so a link reproduces the view (works without JavaScript). */
export function QueueFilters({
  values,
  campaigns,
  fields,
  kinds,
  waiting,
  filtered,
}: {
  values: { q: string; campaign: string; field: string; kind: string; waiting: string; state: string };
  campaigns: { id: number; name: string }[];
  fields: { id: number; name: string }[];
  kinds: FilterOption[];
  waiting: FilterOption[];
  filtered: boolean;
}) {
  return (
    <GetForm
      action="/tham-dinh"
      role="search"
      aria-label={rvi.queue.filter}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      {values.state ? <input type="hidden" name="state" value={values.state} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SearchField
          id="tim-mo-hinh"
          label={rvi.queue.search}
          hint={rvi.queue.searchHint}
          defaultValue={values.q}
          maxLength={200}
          hintFrom="sm"
          className="sm:col-span-2 lg:col-span-3"
        >
          <Button type="submit" className="shrink-0">
            {rvi.queue.filter}
          </Button>
        </SearchField>
        <details
          open={Boolean(values.campaign || values.field || values.kind || values.waiting) || undefined}
          className="group sm:col-span-2 lg:col-span-3"
        >
          {/* inline-flex drops the native disclosure triangle: draw one that turns when open. */}
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 text-sm font-semibold text-slate-800">
            <svg
              aria-hidden="true"
              viewBox="0 0 12 12"
              className="size-3 shrink-0 fill-current text-slate-600 transition-transform group-open:rotate-90"
            >
              <path d="M4 2l5 4-5 4z" />
            </svg>
            {rvi.queue.moreFilters}
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <FilterSelect
              id="loc-dot"
              name="campaign"
              long
              label={rvi.queue.campaign}
              value={values.campaign}
              all={rvi.queue.allCampaigns}
              options={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
            />
            <FilterSelect
              id="loc-linh-vuc"
              name="field"
              label={rvi.queue.field}
              value={values.field}
              all={rvi.queue.allFields}
              options={fields.map((f) => ({ value: String(f.id), label: f.name }))}
            />
            <FilterSelect
              id="loc-loai"
              name="kind"
              label={rvi.queue.kind}
              value={values.kind}
              all={rvi.queue.allKinds}
              options={kinds}
            />
            <FilterSelect
              id="loc-thoi-gian-cho"
              name="waiting"
              label={rvi.queue.waiting}
              value={values.waiting}
              all={rvi.queue.anyWaiting}
              options={waiting}
            />
          </div>
        </details>
      </div>
      {filtered ? (
        <p className="mt-2">
          <Link href="/tham-dinh" className="inline-flex min-h-11 items-center text-sm link">
            {rvi.queue.clear}
          </Link>
        </p>
      ) : null}
    </GetForm>
  );
}
