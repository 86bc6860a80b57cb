import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getModelDetail } from "@/lib/models/get-model-detail";
import { mvi } from "@/lib/i18n/models";
import { PageHeader } from "@/components/ui/page-header";
import { ModelForm } from "@/components/models/model-form";
import { ReviewerComments, fileUrl } from "@/components/models/model-detail-view";
import { DeleteFileForm } from "@/components/models/step-forms";
import { requireSection } from "../../../_lib/require-section";
import { deleteFileAction, searchOriginsAction, updateModelAction } from "../../actions";
import { campaignOptions, committeeOptions, fieldOptions } from "@/lib/models/form-options";

export const metadata: Metadata = { title: mvi.form.editTitle };

export default async function EditModelPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSection("models");
  const { id } = await params;
  const r = await getModelDetail(actor, { id });
  if (!r.ok) notFound();
  // A model the user may see but not edit (sent for review, recognized, another unit's): its page says why,
  // rather than a "not found" for a link the user followed from a bookmark or an old tab.
  if (!r.model.editable) redirect(`/mo-hinh/${r.model.id}?tb=khong-sua`);
  const m = r.model;
  const locked = m.state !== "DRAFT";
  const [fields, campaigns, committees] = await Promise.all([
    fieldOptions(m.field),
    campaignOptions(actor, { openOnly: true, include: m.campaign.id }),
    committeeOptions(actor, m.registeredWith),
  ]);
  if (!campaigns.some((c) => c.value === String(m.campaign.id)))
    campaigns.push({ value: String(m.campaign.id), label: m.campaign.name });

  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-3">
        <Link href={`/mo-hinh/${m.id}`} className="text-sm link">
          ← {mvi.form.viewModel}
        </Link>
      </p>
      <PageHeader title={mvi.form.editTitle} description={mvi.form.editIntro} />
      <div className="mb-6">
        <ReviewerComments events={m.reviewerComments} />
      </div>
      {m.attachments.length ? (
        <section aria-labelledby="tep-da-dinh-kem" className="mb-6">
          <h2 id="tep-da-dinh-kem" className="text-sm font-semibold text-slate-800">
            {mvi.form.existingFiles}
          </h2>
          <ul className="mt-2 space-y-2">
            {m.attachments.map((a) => (
              <li
                key={a.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2"
              >
                <a
                  href={fileUrl(a.id, a.mimeType.startsWith("image/"))}
                  target="_blank"
                  rel="noopener"
                  className="min-w-0 text-sm link break-all"
                >
                  {a.fileName}
                </a>
                <DeleteFileForm action={deleteFileAction} fileId={a.id} modelId={m.id} fileName={a.fileName} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ModelForm
        mode="edit"
        action={updateModelAction}
        search={searchOriginsAction}
        initial={m.formValues}
        fields={fields}
        campaigns={campaigns}
        committees={committees}
        locked={locked}
        origin={
          m.replicatedFrom
            ? {
                id: m.replicatedFrom.id,
                code: m.replicatedFrom.code,
                title: m.replicatedFrom.title,
                ownerUnitName: m.replicatedFrom.ownerUnitName,
              }
            : null
        }
        cancelHref={`/mo-hinh/${m.id}`}
      />
    </div>
  );
}
