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
import { onBehalfFields } from "@/components/models/committee-entry-fields";
import { requireSection } from "../../_lib/require-section";
import { registerOnBehalfAction } from "./actions";

const t = mvi.entry;
export const metadata: Metadata = { title: t.onBehalfTitle };

export default async function RegisterOnBehalfPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("review");
  if (!can(actor, "register:model:subtree")) notFound();
  const q = first((await searchParams).donvi);
  const [units, campaigns, fields] = await Promise.all([
    searchEntryUnits(actor, q),
    committeeEntryCampaignOptions(actor, "on-behalf"),
    fieldOptions(),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.onBehalfTitle} description={t.onBehalfIntro} />
      <UnitSearch action="/tham-dinh/dang-ky-thay" value={q} label={t.unitSearch} button={t.unitSearchButton} />
      <SimpleForm
        id="dang-ky-thay"
        action={registerOnBehalfAction}
        hidden={{ requestKey: crypto.randomUUID() }}
        fields={onBehalfFields({
          units: units.map((u) => ({ value: String(u.id), label: unitChoiceLabel(u) })),
          campaigns,
          fields,
        })}
        submitLabel={t.submitOnBehalf}
        pendingLabel={t.pending}
      />
    </div>
  );
}
