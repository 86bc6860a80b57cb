import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { listCampaigns } from "@/lib/campaigns/manage-campaign";
import { listCurrentProvinces } from "@/lib/org/list-current-provinces";
import { formatDate } from "@/lib/format";
import { campaignText as t } from "@/lib/i18n/campaigns";
import { campaignFields } from "@/components/accounts/campaign-fields";
import { SimpleForm } from "@/components/accounts/simple-form";
import { AdminEntryList, AdminFormCard, AdminPage, StateBadge } from "@/components/admin/admin-list";
import { createCampaignAction } from "./actions";

export const metadata: Metadata = { title: t.title };

export default async function CampaignsPage() {
  const actor = await requireActor();
  const campaigns = (await listCampaigns(actor)) ?? [];
  // The administrator names the province; a province officer's campaigns are its own province's.
  const provinces = await listCurrentProvinces(actor);
  return (
    <AdminPage title={t.title} intro={t.intro}>
      <AdminEntryList
        className="mb-6"
        empty={t.empty}
        entries={campaigns.map((c) => ({
          key: c.id,
          href: `/dot-thi-dua/${c.id}`,
          title: c.name,
          lines: [
            `${c.code} · ${c.ownerUnit.name} · ${t.period}: ${formatDate(c.startDate)} – ${formatDate(c.endDate)}${c.registrationDeadline ? ` · ${t.deadline}: ${formatDate(c.registrationDeadline)}` : ""}`,
          ],
          badge: <StateBadge on={c.status === "OPEN"} label={t.status[c.status]} />,
        }))}
      />
      <AdminFormCard id="tao-dot" title={t.create} className="max-w-2xl">
        <SimpleForm
          id="tao-dot-form"
          action={createCampaignAction}
          draft={{ path: "/dot-thi-dua" }}
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
      </AdminFormCard>
    </AdminPage>
  );
}
