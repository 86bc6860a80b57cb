import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { getIssuer } from "@/lib/issuers/manage-issuer";
import { formatDate, formatNumber } from "@/lib/format";
import { issuerText as t } from "@/lib/i18n/issuers";
import { vnTodayIso } from "@/lib/models/dates";
import { first, type SearchParams } from "@/lib/search-params";
import { SimpleForm } from "@/components/accounts/simple-form";
import { issuerFields, type IssuerValues } from "@/components/issuers/issuer-fields";
import { AdminFormCard, AdminPage, SavedNotice, StateBadge } from "@/components/admin/admin-list";
import { endIssuerValidityAction, updateIssuerAction } from "../actions";

export const metadata: Metadata = { title: t.title };

export default async function IssuerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requireActor();
  const found = await getIssuer(actor, (await params).id);
  if (!found) notFound();
  const { issuer: i, locked, decisions } = found;
  const saved = first((await searchParams)["da-luu"]) === "1";
  const inOffice = !i.validTo || i.validTo.toISOString().slice(0, 10) >= vnTodayIso();
  const values: Required<IssuerValues> = {
    name: i.name,
    parentName: i.parentName ?? "",
    place: i.place,
    style: i.style,
    numberSuffix: i.numberSuffix,
    termStartYear: i.termStartYear == null ? "" : String(i.termStartYear),
    validFrom: formatDate(i.validFrom),
    validTo: i.validTo ? formatDate(i.validTo) : "",
  };
  const labels: Record<string, string> = {
    name: t.name,
    parentName: t.parentName,
    place: t.place,
    style: t.style,
    numberSuffix: t.numberSuffix,
    termStartYear: t.termStartYear,
  };
  const shown = (k: keyof IssuerValues) => (k === "style" ? t.styles[i.style] : values[k] || "—");
  const hidden = { id: String(i.id), version: String(i.version) };
  return (
    <AdminPage
      back={{ href: "/co-quan-ban-hanh", label: t.back }}
      title={i.name}
      intro={`${i.parentName ? `${i.parentName} · ` : ""}${i.unit.name} · ${t.decisions(formatNumber(decisions))}`}
    >
      <p className="mb-4">
        <StateBadge on={inOffice} label={inOffice ? t.inOffice : t.ended} />
      </p>
      {/* A new version after each save: the notice shows again though the URL stays ?da-luu=1. */}
      <SavedNotice key={hidden.version} show={saved} message={t.saved} />
      <div className="grid gap-6 lg:grid-cols-3">
        <AdminFormCard
          id="sua-co-quan"
          title={t.save}
          description={locked.length ? t.lockedHint : undefined}
          className="lg:col-span-2"
        >
          {locked.length ? (
            <dl className="mb-1 grid gap-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
              {locked.map((k) => (
                <div key={k} className="contents">
                  <dt className="font-semibold text-slate-800">{labels[k]}</dt>
                  <dd className="break-words text-slate-700">{shown(k as keyof IssuerValues)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <SimpleForm
            id="sua-co-quan-form"
            action={updateIssuerAction}
            hidden={{
              ...hidden,
              ...Object.fromEntries(locked.map((k) => [k, values[k as keyof IssuerValues]])),
            }}
            submitLabel={t.save}
            pendingLabel={t.saving}
            fields={issuerFields(values, locked)}
          />
        </AdminFormCard>
        <AdminFormCard id="ket-thuc" title={t.end}>
          <SimpleForm
            id="ket-thuc-form"
            action={endIssuerValidityAction}
            hidden={hidden}
            submitLabel={t.end}
            pendingLabel={t.ending}
            fields={[{ name: "validTo", label: t.endDate, hint: t.endHint, defaultValue: values.validTo }]}
          />
        </AdminFormCard>
      </div>
    </AdminPage>
  );
}
