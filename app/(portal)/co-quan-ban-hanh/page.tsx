import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listIssuers } from "@/lib/issuers/manage-issuer";
import { formatDate, formatNumber } from "@/lib/format";
import { issuerText as t } from "@/lib/i18n/issuers";
import { vnTodayIso } from "@/lib/models/dates";
import { AdminEntryList, AdminPage, StateBadge } from "@/components/admin/admin-list";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: t.title };

export default async function IssuersPage() {
  const actor = await requireActor();
  const issuers = (await listIssuers(actor)) ?? [];
  const today = vnTodayIso();
  return (
    <AdminPage
      title={t.title}
      intro={t.intro}
      actions={
        <Link href="/co-quan-ban-hanh/moi" className={buttonClasses("primary", "md")}>
          {t.create}
        </Link>
      }
    >
      <AdminEntryList
        empty={t.empty}
        entries={issuers.map((i) => {
          const inOffice = !i.validTo || i.validTo.toISOString().slice(0, 10) >= today;
          return {
            key: i.id,
            href: `/co-quan-ban-hanh/${i.id}`,
            title: `${i.parentName ? `${i.parentName} – ` : ""}${i.name}`,
            lines: [
              `${i.unit.name} · ${t.styleShort[i.style]} · ${i.numberSuffix} · ${i.place}`,
              `${t.validity}: ${formatDate(i.validFrom)} – ${i.validTo ? formatDate(i.validTo) : "…"} · ${t.decisions(formatNumber(i._count.decisions))}`,
            ],
            badge: <StateBadge on={inOffice} label={inOffice ? t.inOffice : t.ended} />,
          };
        })}
      />
    </AdminPage>
  );
}
