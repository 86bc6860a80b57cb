import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listCampaigns } from "@/lib/campaigns/manage-campaign";
import { listCurrentProvinces } from "@/lib/org/list-current-provinces";
import { formatDate } from "@/lib/format";
import { campaignText as t } from "@/lib/i18n/campaigns";
import { campaignFields } from "@/components/accounts/campaign-fields";
import { SimpleForm } from "@/components/accounts/simple-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { createCampaignAction } from "./actions";

export const metadata: Metadata = { title: t.title };

export default async function CampaignsPage() {
  const actor = await requireActor();
  const campaigns = (await listCampaigns(actor)) ?? [];
  // The administrator names the province; a province officer's campaigns are its own province's.
  const provinces = await listCurrentProvinces(actor);
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {campaigns.length ? (
        <ul className="mb-6 divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          {campaigns.map((c) => (
            <li
              key={c.id}
              className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5"
            >
              <div className="min-w-0">
                <Link href={`/dot-thi-dua/${c.id}`} className="font-semibold text-brand-800 hover:underline">
                  {c.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {c.code} · {c.ownerUnit.name} · {t.period}: {formatDate(c.startDate)} – {formatDate(c.endDate)}
                  {c.registrationDeadline ? ` · ${t.deadline}: ${formatDate(c.registrationDeadline)}` : ""}
                </p>
              </div>
              <Badge tone={c.status === "OPEN" ? "success" : "muted"}>{t.status[c.status]}</Badge>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t.empty} />
      )}
      <Card aria-labelledby="tao-dot" className="max-w-2xl">
        <CardHeader id="tao-dot" title={t.create} />
        <div className="px-4 py-4 sm:px-5">
          <SimpleForm
            id="tao-dot-form"
            action={createCampaignAction}
            submitLabel={t.create}
            pendingLabel={t.creating}
            fields={[
              ...(provinces.length
                ? [
                    {
                      name: "ownerUnitId",
                      label: t.province,
                      type: "select" as const,
                      options: provinces.map((p) => ({ value: String(p.id), label: p.name })),
                    },
                  ]
                : []),
              { name: "code", label: t.code },
              ...campaignFields(),
            ]}
          />
        </div>
      </Card>
    </>
  );
}
