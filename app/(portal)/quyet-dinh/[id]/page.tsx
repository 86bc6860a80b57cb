import type { Metadata } from "next";
import Link from "next/link";
import { displayNumber } from "@/lib/decisions/numbering";
import { buildHonoreeListDocument, inlineHonoreeList } from "@/lib/exports/honoree-list";
import { formatDate, formatDateTime, isoDate } from "@/lib/format";
import { awardFormLabels, decisionStatusLabels } from "@/lib/i18n/vi";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CopyBox } from "@/components/decisions/copy-box";
import { DecisionStatusActions } from "@/components/decisions/decision-status-actions";
import { AddHonorees } from "@/components/decisions/add-honorees";
import { HonoreeTable } from "@/components/decisions/honoree-table";
import { can } from "@/lib/permissions";
import { first, type SearchParams } from "@/lib/search-params";
import { ForgetLocalDraft } from "@/components/models/local-draft";
import { SavedNotice } from "@/components/admin/saved-notice";
import { requireSection } from "../../_lib/require-section";
import { decisionFormOptions } from "@/lib/decisions/form-options";
import { loadDecisionOr404 } from "../_lib/load-decision";
import {
  addHonoreesAction,
  correctHonoreeAction,
  deleteDecisionAction,
  issueDecisionAction,
  removeHonoreeAction,
  reopenDecisionAction,
  reorderHonoreesAction,
  searchCandidatesAction,
} from "../actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireSection("decisions");
  const d = await loadDecisionOr404(actor, (await params).id);
  return { title: `Quyết định ${d.numberText ?? decisionsUi.list.draftLabel(d.plannedNumber)}` };
}

/** The new-decision form's local copy (components/decisions/decision-form.tsx); a stable array for the effect. */
const NEW_FORM_DRAFT = ["/quyet-dinh/moi"];

export default async function DecisionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requireSection("decisions");
  const d = await loadDecisionOr404(actor, (await params).id);
  // Just created from the new-decision form (?tao=1): its copy in this browser is no longer needed.
  const created = first((await searchParams).tao) === "1";
  const t = decisionsUi.detail;
  const draft = d.status === "DRAFT";
  // The administrator reads decisions (issued ones only) and changes none.
  const manages = can(actor, "manage:decision:subtree");
  const editable = draft && manages;
  const numberLine = d.numberText ? displayNumber(d.issuer.style, d.numberText) : null;
  const heading = numberLine
    ? draft
      ? t.draftNumber(numberLine)
      : numberLine
    : decisionsUi.list.draftLabel(d.plannedNumber);
  const inline = inlineHonoreeList(buildHonoreeListDocument(d));
  const download = (format: "pdf" | "docx" | "xlsx") => `/api/quyet-dinh/${d.id}/tai-ve?dinh-dang=${format}`;
  const options = editable ? await decisionFormOptions(actor) : null;

  return (
    <>
      {created ? (
        <>
          <ForgetLocalDraft paths={NEW_FORM_DRAFT} />
          <SavedNotice show message={t.created} />
        </>
      ) : null}
      <p className="mb-3 text-sm">
        <Link href="/quyet-dinh" className="font-medium text-brand-800 underline-offset-2 hover:underline">
          {t.back}
        </Link>
      </p>
      <PageHeader
        title={heading}
        description={d.title}
        actions={
          <span className="flex flex-wrap gap-1">
            <Badge tone={draft ? "warning" : "success"}>{decisionStatusLabels[d.status]}</Badge>
            {d.imported ? <Badge tone="muted">{t.imported}</Badge> : null}
          </span>
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        {/* The metadata, status actions and downloads come first (a phone shows them before a long honoree list;
            keyboard and screen-reader users reach "Ban hành" without passing every line); beside the list on a desk. */}
        <div className="flex min-w-0 flex-col gap-6 lg:order-last">
          <Card aria-labelledby="meta-heading">
            <CardHeader id="meta-heading" title={t.meta} />
            <CardBody>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-slate-600">{t.issuer}</dt>
                <dd className="text-slate-900">
                  {d.issuer.parentName ? `${d.issuer.name} – ${d.issuer.parentName}` : d.issuer.name}
                </dd>
                <dt className="text-slate-600">{t.number}</dt>
                <dd className="text-slate-900">
                  {d.numberText ?? t.noNumber}
                  {d.plannedNumber ? (
                    <span className="block text-slate-600">{t.plannedNumber(d.plannedNumber)}</span>
                  ) : null}
                </dd>
                <dt className="text-slate-600">{t.date}</dt>
                <dd>
                  <time dateTime={isoDate(d.decisionDate)} className="tabular-nums">
                    {formatDate(d.decisionDate)}
                  </time>
                </dd>
                <dt className="text-slate-600">{t.signer}</dt>
                <dd className="text-slate-900">
                  {d.signerName}
                  <span className="block text-slate-600">{d.signerTitle}</span>
                </dd>
                <dt className="text-slate-600">{t.awardForm}</dt>
                <dd className="text-slate-900">{awardFormLabels[d.awardForm]}</dd>
                <dt className="text-slate-600">{t.campaign}</dt>
                <dd className="text-slate-900">{d.campaign?.name ?? t.none}</dd>
                <dt className="text-slate-600">{t.status}</dt>
                <dd className="text-slate-900">{decisionStatusLabels[d.status]}</dd>
                {d.issuedAt && !draft && !d.imported ? (
                  <>
                    <dt className="text-slate-600">{t.issuedAt}</dt>
                    <dd className="tabular-nums">{formatDateTime(d.issuedAt)}</dd>
                  </>
                ) : null}
              </dl>
              <div className="mt-4 border-t border-slate-100 pt-4">
                {d.imported ? (
                  <p className="text-sm text-slate-700">{t.importedNote}</p>
                ) : !manages ? (
                  <p className="text-sm text-slate-700">{t.readOnlyNote}</p>
                ) : (
                  <DecisionStatusActions
                    id={d.id}
                    version={d.version}
                    status={d.status}
                    deletable={draft && d.number === null}
                    issueAction={issueDecisionAction}
                    reopenAction={reopenDecisionAction}
                    deleteAction={deleteDecisionAction}
                  />
                )}
                {editable ? (
                  <Link href={`/quyet-dinh/${d.id}/sua`} className={buttonClasses("secondary", "sm") + " mt-3"}>
                    {t.editFields}
                  </Link>
                ) : null}
              </div>
            </CardBody>
          </Card>
          <Card aria-labelledby="dl-heading">
            <CardHeader id="dl-heading" title={t.downloads} />
            <CardBody className="flex flex-wrap gap-2">
              <a href={download("pdf")} className={buttonClasses("secondary", "sm")}>
                {t.pdf}
              </a>
              <a href={download("docx")} className={buttonClasses("secondary", "sm")}>
                {t.docx}
              </a>
              <a href={download("xlsx")} className={buttonClasses("secondary", "sm")}>
                {t.xlsx}
              </a>
              <Link href={`/quyet-dinh/${d.id}/in`} className={buttonClasses("secondary", "sm")}>
                {t.print}
              </Link>
            </CardBody>
          </Card>
        </div>
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card aria-labelledby="ds-heading">
            <CardHeader id="ds-heading" title={t.honorees} />
            <CardBody>
              <HonoreeTable
                decisionId={d.id}
                version={d.version}
                editable={editable}
                lockedNote={d.imported ? t.importedLockedNote : undefined}
                honorees={d.honorees.map((h) => ({
                  id: h.id,
                  kind: h.kind,
                  honorific: h.honorific,
                  name: h.name,
                  position: h.position,
                  address: h.address,
                  modelTitle: h.modelTitle,
                }))}
                correctAction={correctHonoreeAction}
                reorderAction={reorderHonoreesAction}
                removeAction={removeHonoreeAction}
              />
            </CardBody>
          </Card>
          {options ? (
            <AddHonorees
              key={d.version}
              decisionId={d.id}
              version={d.version}
              search={searchCandidatesAction}
              action={addHonoreesAction}
              fields={options.fields}
              campaigns={options.campaigns}
            />
          ) : null}
          <Card aria-labelledby="inline-heading">
            <CardHeader id="inline-heading" title={t.inlineHeading} />
            <CardBody>
              <CopyBox label={t.inlineHeading} text={inline} />
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}
