import type { Metadata } from "next";
import { formatDate } from "@/lib/format";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { PageHeader } from "@/components/ui/page-header";
import { DecisionForm } from "@/components/decisions/decision-form";
import { notFound } from "next/navigation";
import { can } from "@/lib/permissions";
import { requireSection } from "../../_lib/require-section";
import { decisionFormOptions } from "@/lib/decisions/form-options";
import { createDecisionAction, searchCandidatesAction, suggestNumberAction } from "../actions";

export const metadata: Metadata = { title: decisionsUi.form.title };

export default async function NewDecisionPage() {
  const actor = await requireSection("decisions");
  if (!can(actor, "manage:decision:subtree")) notFound();
  const { issuers, campaigns, fields } = await decisionFormOptions(actor);
  return (
    <>
      <PageHeader title={decisionsUi.form.title} description={decisionsUi.form.intro} />
      <DecisionForm
        issuers={issuers}
        campaigns={campaigns}
        fields={fields}
        today={formatDate(new Date())}
        action={createDecisionAction}
        search={searchCandidatesAction}
        suggest={suggestNumberAction}
      />
    </>
  );
}
