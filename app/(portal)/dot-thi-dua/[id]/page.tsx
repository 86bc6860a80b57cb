import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { CAMPAIGN_TRANSITIONS, getCampaign } from "@/lib/campaigns/manage-campaign";
import { formatDate } from "@/lib/format";
import { campaignText as t } from "@/lib/i18n/campaigns";
import { first, type SearchParams } from "@/lib/search-params";
import { campaignFields } from "@/components/accounts/campaign-fields";
import { SimpleForm } from "@/components/accounts/simple-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { setCampaignStatusAction, updateCampaignAction } from "../actions";

export const metadata: Metadata = { title: t.title };

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
  const saved = first((await searchParams)["da-luu"]) === "1";
  const hidden = { id: String(c.id), version: String(c.version) };
  return (
    <>
      <PageHeader title={c.name} description={`${c.code} · ${c.ownerUnit.name}`} />
      <p className="mb-4">
        <Badge tone={c.status === "OPEN" ? "success" : "muted"}>{t.status[c.status]}</Badge>
      </p>
      {saved ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {t.saved}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="sua-dot" className="lg:col-span-2">
          <CardHeader id="sua-dot" title={t.save} />
          <div className="px-4 py-4 sm:px-5">
            <SimpleForm
              id="sua-dot-form"
              action={updateCampaignAction}
              hidden={hidden}
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
          </div>
        </Card>
        <Card aria-labelledby="trang-thai">
          <CardHeader id="trang-thai" title={t.status[c.status]} />
          <div className="flex flex-col gap-3 px-4 py-4 sm:px-5">
            {CAMPAIGN_TRANSITIONS[c.status].map((next) => (
              <SimpleForm
                key={next}
                id={`trang-thai-${next}`}
                action={setCampaignStatusAction}
                hidden={{ ...hidden, status: next }}
                fields={[]}
                submitLabel={next === "CLOSED" ? t.close : c.status === "CLOSED" ? t.reopen : t.open}
                pendingLabel={t.saving}
              />
            ))}
          </div>
        </Card>
      </div>
    </>
  );
}
