import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listIssuers } from "@/lib/issuers/manage-issuer";
import { formatDate, formatNumber } from "@/lib/format";
import { issuerText as t } from "@/lib/i18n/issuers";
import { vnTodayIso } from "@/lib/models/dates";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: t.title };

export default async function IssuersPage() {
  const actor = await requireActor();
  const issuers = (await listIssuers(actor)) ?? [];
  const today = vnTodayIso();
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <Link href="/co-quan-ban-hanh/moi" className={buttonClasses("primary", "md")}>
            {t.create}
          </Link>
        }
      />
      {issuers.length ? (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          {issuers.map((i) => {
            const inOffice = !i.validTo || i.validTo.toISOString().slice(0, 10) >= today;
            return (
              <li
                key={i.id}
                className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5"
              >
                <div className="min-w-0">
                  <Link
                    href={`/co-quan-ban-hanh/${i.id}`}
                    className="font-semibold break-words text-brand-800 hover:underline"
                  >
                    {i.parentName ? `${i.parentName} – ` : ""}
                    {i.name}
                  </Link>
                  <p className="mt-1 text-sm break-words text-slate-600">
                    {i.unit.name} · {t.styleShort[i.style]} · {i.numberSuffix} · {i.place}
                  </p>
                  <p className="text-sm text-slate-600">
                    {t.validity}: {formatDate(i.validFrom)} – {i.validTo ? formatDate(i.validTo) : "…"} ·{" "}
                    {t.decisions(formatNumber(i._count.decisions))}
                  </p>
                </div>
                <Badge tone={inOffice ? "success" : "muted"}>{inOffice ? t.inOffice : t.ended}</Badge>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState title={t.empty} />
      )}
    </>
  );
}
