import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { mvi } from "@/lib/i18n/models";
import { PageHeader } from "@/components/ui/page-header";
import { ModelForm } from "@/components/models/model-form";
import { requireSection } from "../../_lib/require-section";
import { createModelAction, searchOriginsAction } from "../actions";
import { campaignOptions, committeeOptions, fieldOptions } from "@/lib/models/form-options";

export const metadata: Metadata = { title: mvi.form.newTitle };

export default async function NewModelPage() {
  const actor = await requireSection("models");
  if (!can(actor, "register:model:own-unit")) notFound();
  const [fields, campaigns, committees] = await Promise.all([
    fieldOptions(),
    campaignOptions(actor, { openOnly: true }),
    committeeOptions(actor),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={mvi.form.newTitle} description={mvi.form.newIntro} />
      <ModelForm
        mode="create"
        action={createModelAction}
        search={searchOriginsAction}
        initial={{
          kind: "COLLECTIVE",
          campaignId: campaigns.length === 1 ? campaigns[0].value : "",
          registeredWithUnitId: committees[0]?.value ?? "",
        }}
        fields={fields}
        campaigns={campaigns}
        committees={committees}
        requestKey={crypto.randomUUID()}
        origin={null}
        cancelHref="/mo-hinh"
      />
    </div>
  );
}
