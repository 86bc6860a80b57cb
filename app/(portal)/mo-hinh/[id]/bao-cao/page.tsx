import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getModelDetail } from "@/lib/models/get-model-detail";
import { vnTodayIso } from "@/lib/models/dates";
import { mvi } from "@/lib/i18n/models";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressForm } from "@/components/models/progress-form";
import { requireSection } from "../../../_lib/require-section";
import { reportProgressAction } from "../../actions";

export const metadata: Metadata = { title: mvi.report.title };

export default async function ReportProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSection("models");
  const { id } = await params;
  const r = await getModelDetail(actor, { id });
  if (!r.ok || !r.model.canReport) notFound();
  const m = r.model;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-3">
        <Link href={`/mo-hinh/${m.id}`} className="text-sm link">
          ← {mvi.form.viewModel}
        </Link>
      </p>
      <PageHeader title={mvi.report.title} description={m.title} />
      <p className="mb-5 text-slate-700">{mvi.report.intro}</p>
      <ProgressForm action={reportProgressAction} modelId={m.id} today={vnTodayIso()} />
    </div>
  );
}
