import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getModelDetail } from "@/lib/models/get-model-detail";
import { mvi } from "@/lib/i18n/models";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ModelDetailView } from "@/components/models/model-detail-view";
import { DeleteDraftForm, SubmitModelForm, WithdrawModelForm } from "@/components/models/step-forms";
import { first, type SearchParams } from "@/lib/search-params";
import { backHref } from "@/lib/list-return";
import { ForgetLocalDraft } from "@/components/models/local-draft";
import { requireSection } from "../../_lib/require-section";
import { deleteDraftAction, submitModelAction, withdrawModelAction } from "../actions";

export const metadata: Metadata = { title: "Hồ sơ mô hình" };

const NOTICES: Record<string, string> = {
  tao: mvi.detail.created,
  luu: mvi.detail.saved,
  gui: mvi.detail.submitted,
  "gui-lai": mvi.detail.resubmitted,
  rut: mvi.detail.withdrawn,
  "bao-cao": mvi.detail.reported,
  thay: mvi.entry.doneOnBehalf,
  "bo-sung": mvi.entry.doneHistoric,
};

export default async function ModelPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requireSection("models");
  const { id } = await params;
  const r = await getModelDetail(actor, { id });
  if (!r.ok) notFound();
  const m = r.model;
  const sp = await searchParams;
  const notice = NOTICES[first(sp.tb) ?? ""];
  const canSubmit = m.actions.includes("SUBMIT") || m.actions.includes("RESUBMIT");
  const canWithdraw = m.actions.includes("WITHDRAW");
  const canDelete = m.state === "DRAFT" && m.editable && actor.role === "UNIT_CADRE";
  const t = mvi.detail;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-3">
        <Link href={backHref("/mo-hinh", sp.ds)} className="text-sm link">
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
      {notice && (sp.tb === "tao" || sp.tb === "luu") ? (
        <ForgetLocalDraft paths={sp.tb === "tao" ? ["/mo-hinh/moi"] : [`/mo-hinh/${m.id}/sua`]} />
      ) : null}
      {sp.tb === "gui" || sp.tb === "gui-lai" ? <ForgetLocalDraft paths={[`/mo-hinh/${m.id}/sua`]} /> : null}
      {first(sp.tb) === "khong-sua" && !m.editable ? (
        <p
          role="status"
          className="mb-5 rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm font-medium text-amber-950"
        >
          {canWithdraw ? t.notEditableInReview : t.notEditable}
        </p>
      ) : null}
      {notice ? (
        <p
          role="status"
          className="mb-5 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-3 text-sm font-medium text-emerald-900"
        >
          {notice}
        </p>
      ) : null}
      {canSubmit || canWithdraw || canDelete ? (
        <section
          aria-label={t.submit}
          className="mb-5 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          {canSubmit ? (
            <SubmitModelForm
              action={submitModelAction}
              id={m.id}
              version={m.version}
              resubmit={m.state === "NEEDS_REVISION"}
              committee={m.state === "NEEDS_REVISION" ? m.reviewUnit.name : m.registeredWith.name}
            />
          ) : null}
          {canWithdraw ? <WithdrawModelForm action={withdrawModelAction} id={m.id} version={m.version} /> : null}
          {canDelete ? (
            <DeleteDraftForm action={deleteDraftAction} id={m.id} version={m.version} title={m.title} />
          ) : null}
        </section>
      ) : null}
      <ModelDetailView model={m} role={actor.role} />
    </div>
  );
}
