import type { Metadata } from "next";
import Link from "next/link";
import { buildHonoreeListDocument } from "@/lib/exports/honoree-list";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { HonoreeAnnex, annexCss } from "@/components/decisions/honoree-annex";
import { PrintButton } from "@/components/ui/print-button";
import { requireSection } from "../../../_lib/require-section";
import { loadDecisionOr404 } from "../../_lib/load-decision";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireSection("decisions");
  const d = await loadDecisionOr404(actor, (await params).id);
  return { title: `${decisionsUi.print.title} ${d.numberText ?? decisionsUi.list.draftLabel(d.plannedNumber)}` };
}

export default async function DecisionPrintPage({ params }: { params: Params }) {
  const actor = await requireSection("decisions");
  const d = await loadDecisionOr404(actor, (await params).id);
  const doc = buildHonoreeListDocument(d);
  const t = decisionsUi.print;
  return (
    <>
      <style>{annexCss}</style>
      <div className="no-print mb-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <Link
            href={`/quyet-dinh/${d.id}`}
            className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline"
          >
            {t.back}
          </Link>
          <p className="mt-1 text-sm text-slate-600">{t.hint}</p>
        </div>
        <PrintButton label={t.print} />
      </div>
      <div className="overflow-x-auto">
        <HonoreeAnnex doc={doc} />
      </div>
    </>
  );
}
