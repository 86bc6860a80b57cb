import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getModelDetail } from "@/lib/models/get-model-detail";
import { mvi } from "@/lib/i18n/models";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ModelDetailView } from "@/components/models/model-detail-view";
import { SubmitModelForm, WithdrawModelForm } from "@/components/models/step-forms";
import { first, type SearchParams } from "@/lib/search-params";
import { requireSection } from "../../_lib/require-section";
import { submitModelAction, withdrawModelAction } from "../actions";

export const metadata: Metadata = { title: "Hồ sơ mô hình" };

const NOTICES: Record<string, string> = {
  tao: mvi.detail.created,
  luu: mvi.detail.saved,
  gui: mvi.detail.submitted,
  "gui-lai": mvi.detail.resubmitted,
  rut: mvi.detail.withdrawn,
  "bao-cao": mvi.detail.reported,
};

export default async function ModelPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await requireSection("models");
  const { id } = await params;
  const r = await getModelDetail(actor, { id });
  if (!r.ok) notFound();
  const m = r.model;
  const notice = NOTICES[first((await searchParams).tb) ?? ""];
  const canSubmit = m.actions.includes("SUBMIT") || m.actions.includes("RESUBMIT");
  const canWithdraw = m.actions.includes("WITHDRAW");
  const t = mvi.detail;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-3">
        <Link href="/mo-hinh" className="link text-sm">
          ← {t.back}
        </Link>
      </p>
      <PageHeader
        title={m.title}
        actions={
          <>
            {m.editable ? (
              <ButtonLink href={`/mo-hinh/${m.id}/sua`} variant="secondary">
                {t.edit}
              </ButtonLink>
            ) : null}
            {m.canReport ? (
              <ButtonLink href={`/mo-hinh/${m.id}/bao-cao`} variant="secondary">
                {t.report}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {notice ? (
        <p role="status" className="mb-5 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-3 text-sm font-medium text-emerald-900">
          {notice}
        </p>
      ) : null}
      {canSubmit || canWithdraw ? (
        <section aria-label={t.submit} className="mb-5 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {canSubmit ? <SubmitModelForm action={submitModelAction} id={m.id} version={m.version} resubmit={m.state === "NEEDS_REVISION"} /> : null}
          {canWithdraw ? <WithdrawModelForm action={withdrawModelAction} id={m.id} version={m.version} /> : null}
        </section>
      ) : null}
      <ModelDetailView model={m} role={actor.role} />
    </div>
  );
}
