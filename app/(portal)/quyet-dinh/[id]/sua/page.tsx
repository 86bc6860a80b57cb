import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { PageHeader } from "@/components/ui/page-header";
import { DecisionForm } from "@/components/decisions/decision-form";
import { can } from "@/lib/permissions";
import { requireSection } from "../../../_lib/require-section";
import { decisionFormOptions } from "@/lib/decisions/form-options";
import { loadDecisionOr404 } from "../../_lib/load-decision";
import { suggestNumberAction, updateDecisionFieldsAction } from "../../actions";

export const metadata: Metadata = { title: decisionsUi.form.editTitle };

type Params = Promise<{ id: string }>;

/** Edits a draft's fields (issuer by date, planned number, date, signer, award form, title, campaign). */
export default async function EditDecisionPage({ params }: { params: Params }) {
  const actor = await requireSection("decisions");
  if (!can(actor, "manage:decision:subtree")) notFound();
  const d = await loadDecisionOr404(actor, (await params).id);
  // An issued decision is locked: reopen it first (the detail page says so).
  if (d.status !== "DRAFT") notFound();
  const { issuers, campaigns } = await decisionFormOptions(actor);
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={`/quyet-dinh/${d.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
          {decisionsUi.print.back}
        </Link>
      </p>
      <PageHeader title={decisionsUi.form.editTitle} description={d.title} />
      <DecisionForm
        issuers={issuers}
        campaigns={campaigns}
        today={formatDate(new Date())}
        action={updateDecisionFieldsAction}
        suggest={suggestNumberAction}
        edit={{
          id: d.id,
          version: d.version,
          values: {
            issuerId: d.issuerId,
            plannedNumber: d.plannedNumber,
            issuedNumber: d.number,
            decisionDate: formatDate(d.decisionDate),
            signerName: d.signerName,
            signerTitle: d.signerTitle,
            awardForm: d.awardForm,
            title: d.title,
            campaignId: d.campaignId,
          },
        }}
      />
    </>
  );
}
