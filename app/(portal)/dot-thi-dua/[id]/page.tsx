import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { CAMPAIGN_TRANSITIONS, getCampaign } from "@/lib/campaigns/manage-campaign";
import { formatDate } from "@/lib/format";
import { campaignText as t } from "@/lib/i18n/campaigns";
import { first, type SearchParams } from "@/lib/search-params";
import { campaignFields } from "@/components/accounts/campaign-fields";
import { SimpleForm } from "@/components/accounts/simple-form";
import { AdminFormCard, AdminPage, SavedNotice, StateBadge } from "@/components/admin/admin-list";
import { ForgetLocalDraft } from "@/components/models/local-draft";
import { setCampaignStatusAction, updateCampaignAction } from "../actions";

export const metadata: Metadata = { title: t.title };

/** The creation form's draft path (app/(portal)/dot-thi-dua/page.tsx); a stable array for the effect. */
const CREATE_FORM_DRAFT = ["/dot-thi-dua"];

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requireActor();
  const c = await getCampaign(actor, Number((await params).id));
  if (!c) notFound();
  const sp = await searchParams;
  const created = first(sp.tao) === "1";
  // What the redirect back says was done: a save, the creation, or a status step by its name ("Đã lưu."
  // after closing read as if the edit form's unsaved text had been saved too).
  const step = ({ mo: "OPEN", dong: "CLOSED", "du-kien": "PLANNED" } as const)[first(sp.xong) as "mo"] ?? null;
  const done = first(sp["da-luu"]) === "1" ? t.saved : created ? t.created : step ? t.done[step] : null;
  const hidden = { id: String(c.id), version: String(c.version) };
  return (
    <AdminPage title={c.name} intro={`${c.code} · ${c.ownerUnit.name}`}>
      <p className="mb-4">
        <StateBadge on={c.status === "OPEN"} label={t.status[c.status]} />
      </p>
      {/* A new version after each save: the notice shows again though the URL stays ?da-luu=1. */}
      <SavedNotice key={`${hidden.version}-${done}`} show={done !== null} message={done} />
      {/* Created: the creation form's copy in this browser is no longer needed. */}
      {created ? <ForgetLocalDraft paths={CREATE_FORM_DRAFT} /> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <AdminFormCard id="sua-dot" title={t.editHeading} className="lg:col-span-2">
          <SimpleForm
            id="sua-dot-form"
            action={updateCampaignAction}
            hidden={hidden}
            draft={{ path: `/dot-thi-dua/${c.id}`, base: hidden.version }}
            submitLabel={t.save}
            pendingLabel={t.saving}
            fields={campaignFields({
              name: c.name,
              startDate: formatDate(c.startDate),
              endDate: formatDate(c.endDate),
              registrationDeadline: c.registrationDeadline ? formatDate(c.registrationDeadline) : "",
              guidanceRef: c.guidanceRef ?? "",
              targets: c.targets ?? "",
              criteria: c.criteria.map((cr) => `${cr.code} | ${cr.name} | ${cr.maxScore}`).join("\n"),
            })}
          />
        </AdminFormCard>
        <AdminFormCard id="trang-thai" title={t.statusHeading}>
          {CAMPAIGN_TRANSITIONS[c.status].map((next) => {
            const label = next === "CLOSED" ? t.close : c.status === "CLOSED" ? t.reopen : t.open;
            const ask = next === "CLOSED" ? t.confirmClose : t.confirmOpen;
            return (
              <SimpleForm
                key={next}
                id={`trang-thai-${next}`}
                action={setCampaignStatusAction}
                hidden={{ ...hidden, status: next }}
                fields={[]}
                submitLabel={label}
                pendingLabel={t.saving}
                confirm={{ title: ask.title, text: ask.text, confirmLabel: label, cancelLabel: t.cancel }}
              />
            );
          })}
        </AdminFormCard>
      </div>
    </AdminPage>
  );
}
