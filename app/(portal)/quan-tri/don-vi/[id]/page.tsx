import { levelTitle } from "@/lib/i18n/levels";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { first, type SearchParams } from "@/lib/search-params";
import { SavedNotice } from "@/components/admin/saved-notice";
import { requireActor } from "@/lib/auth/actor";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { orgText } from "@/lib/i18n/org";
import { unitKindLabels } from "@/lib/i18n/vi";
import { getUnitHistory } from "@/lib/org/get-unit-history";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { OrgForm } from "@/components/org/org-form";
import {
  abolishDistrictLevelAction,
  closeUnitAction,
  mergeUnitAction,
  moveUnitAction,
  renameUnitAction,
  reorganiseProvinceAction,
} from "../actions";

/** Read once per request for the title and the page (getUnitHistory checks the actor). */
const unitHistory = cache(async (id: string) =>
  /^\d{1,10}$/.test(id) ? getUnitHistory(await requireActor(), Number(id)) : null,
);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const h = await unitHistory((await params).id);
  return { title: h ? `${h.unit.name} · ${orgText.title}` : orgText.title };
}

export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const h = await unitHistory(id);
  if (!h) notFound();
  const xong = first((await searchParams).xong);
  const done =
    xong === "sap-nhap" && h.unit.successor
      ? orgText.merge.doneInto(h.unit.successor.name)
      : xong === "ket-thuc" && h.unit.validTo
        ? orgText.close.done
        : null;
  const { unit, children, events } = h;
  const t = orgText;
  const open = unit.validTo === null;
  const oldProvince = open && unit.level === "PROVINCE" && unit.code.startsWith("P2008-");
  return (
    <>
      <p className="mb-2">
        <Link href="/quan-tri/don-vi" className="text-sm link">
          {t.backToList}
        </Link>
      </p>
      <PageHeader
        title={unit.name}
        description={`${levelTitle(unit, unit.validTo ?? undefined)} · ${unitKindLabels[unit.kind]} · ${t.code} ${unit.code}`}
        actions={<Badge tone={open ? "success" : "muted"}>{open ? t.current : t.closed}</Badge>}
      />
      <SavedNotice key={xong ?? ""} show={done !== null} message={done} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader title={t.timeline} />
          <CardBody>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold text-slate-800">{t.validity}</dt>
              <dd>
                {t.from} {formatDate(unit.validFrom)}
                {unit.validTo ? ` ${t.to} ${formatDate(unit.validTo)}` : ""}
              </dd>
              <dt className="font-semibold text-slate-800">{t.parent}</dt>
              <dd>
                {unit.parent ? (
                  <Link className="link" href={`/quan-tri/don-vi/${unit.parent.id}`}>
                    {unit.parent.name}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
              <dt className="font-semibold text-slate-800">{t.successor}</dt>
              <dd>
                {unit.successor ? (
                  <Link className="link" href={`/quan-tri/don-vi/${unit.successor.id}`}>
                    {unit.successor.name}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
              <dt className="font-semibold text-slate-800">{t.accounts}</dt>
              <dd>{formatNumber(unit._count.users)}</dd>
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">{t.names}</h3>
            <ol className="mt-1 space-y-1 text-sm">
              {unit.names.map((n) => (
                <li key={n.id}>
                  <span className="font-medium">{n.name}</span> — {t.from} {formatDate(n.validFrom)}
                  {n.validTo ? ` ${t.to} ${formatDate(n.validTo)}` : ""}
                </li>
              ))}
            </ol>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">{t.timeline}</h3>
            {events.length ? (
              <ol className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 text-sm" data-testid="unit-timeline">
                {events.map((e) => (
                  <li key={String(e.id)}>
                    <span className="font-medium">{t.audit[e.action] ?? e.action}</span> · {formatDateTime(e.createdAt)}
                    {e.actor ? ` · ${e.actor.fullName}` : ""}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">{t.timelineEmpty}</p>
            )}
            {unit.predecessors.length ? (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-800">
                  {t.predecessors} ({formatNumber(unit.predecessors.length)})
                </h3>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {unit.predecessors.map((p) => (
                    <li key={p.id}>
                      <Link className="link" href={`/quan-tri/don-vi/${p.id}`}>
                        {p.name}
                      </Link>
                      {p.validTo ? ` (${t.to} ${formatDate(p.validTo)})` : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {children.length ? (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-800">
                  {t.children} ({formatNumber(unit._count.children)})
                </h3>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {children.map((c) => (
                    <li key={c.id}>
                      <Link className="link" href={`/quan-tri/don-vi/${c.id}`}>
                        {c.name}
                      </Link>
                      {c.validTo ? ` (${t.closed})` : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </CardBody>
        </Card>
        {open ? (
          <div className="space-y-4">
            {oldProvince ? (
              <OrgForm
                action={reorganiseProvinceAction}
                heading={t.load.reorgHeading}
                intro={t.load.reorgIntro}
                hidden={{ oldProvinceId: unit.id }}
                fields={[]}
                submit={t.load.reorgPreview}
                apply={t.load.reorgApply}
              />
            ) : null}
            {unit.level === "PROVINCE" ? (
              <OrgForm
                action={abolishDistrictLevelAction}
                heading={t.abolish.heading}
                intro={t.abolish.intro}
                hidden={{ provinceId: unit.id }}
                fields={[{ name: "date", label: t.abolish.date, placeholder: "01/07/2025" }]}
                submit={t.abolish.preview}
                apply={t.abolish.apply}
              />
            ) : null}
            <OrgForm
              action={mergeUnitAction}
              heading={t.merge.heading}
              hidden={{ unitId: unit.id }}
              fields={[
                { name: "targetCode", label: t.merge.target },
                { name: "date", label: t.merge.date, placeholder: "01/07/2025" },
              ]}
              submit={t.merge.preview}
              apply={t.merge.apply}
            />
            <OrgForm
              action={renameUnitAction}
              heading={t.rename.heading}
              hidden={{ unitId: unit.id }}
              fields={[
                { name: "name", label: t.rename.name, defaultValue: unit.name },
                { name: "from", label: t.rename.from },
              ]}
              submit={t.rename.submit}
            />
            <OrgForm
              action={moveUnitAction}
              heading={t.move.heading}
              hidden={{ unitId: unit.id }}
              fields={[{ name: "parentCode", label: t.move.parent }]}
              submit={t.move.submit}
            />
            <OrgForm
              action={closeUnitAction}
              heading={t.close.heading}
              hidden={{ unitId: unit.id }}
              fields={[{ name: "to", label: t.close.to }]}
              submit={t.close.submit}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}
