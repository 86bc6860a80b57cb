import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { mvi } from "@/lib/i18n/models";
import { searchEntryUnits, unitChoiceLabel } from "@/lib/models/committee-entry";
import { committeeEntryCampaignOptions, fieldOptions } from "@/lib/models/form-options";
import { first, type SearchParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleForm } from "@/components/accounts/simple-form";
import { UnitSearch } from "@/components/accounts/unit-search";
import { historicFields } from "@/components/models/committee-entry-fields";
import { requireSection } from "../../_lib/require-section";
import { recordHistoricModelAction } from "../dang-ky-thay/actions";

const t = mvi.entry;
export const metadata: Metadata = { title: t.historicTitle };

export default async function RecordHistoricModelPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("review");
  if (!can(actor, "record:historic-model:subtree")) notFound();
  const q = first((await searchParams).donvi);
  const [units, campaigns, fields] = await Promise.all([
    searchEntryUnits(actor, q),
    committeeEntryCampaignOptions(actor, "historic"),
    fieldOptions(),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.historicTitle} description={t.historicIntro} />
      {campaigns.length === 0 ? <p className="mb-4 text-sm text-slate-700">{t.noClosedCampaign}</p> : null}
      <UnitSearch action="/tham-dinh/ghi-nhan-bo-sung" value={q} label={t.unitSearch} button={t.unitSearchButton} />
      <SimpleForm
        id="ghi-nhan-bo-sung"
        action={recordHistoricModelAction}
        fields={historicFields({
          units: units.map((u) => ({ value: String(u.id), label: unitChoiceLabel(u) })),
          campaigns,
          fields,
        })}
        submitLabel={t.submitHistoric}
        pendingLabel={t.pending}
      />
    </div>
  );
}
