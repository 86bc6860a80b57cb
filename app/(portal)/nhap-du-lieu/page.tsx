import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { formatDateTime, formatNumber } from "@/lib/format";
import { IM } from "@/lib/i18n/import";
import { canExport } from "@/lib/import/export-file";
import { listImportJobs } from "@/lib/import/get-import-job";
import { IMPORT_KINDS } from "@/lib/import/kinds";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonDownload } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { UploadForm } from "@/components/import/upload-form";
import { uploadImportAction } from "./actions";

export const metadata: Metadata = { title: IM.page.title };

export default async function ImportPage() {
  const actor = await requireActor();
  const kinds = IMPORT_KINDS.filter((k) => k.allowed(actor));
  const jobs = await listImportJobs(actor);
  const labelOf = (kind: string) => IMPORT_KINDS.find((k) => k.kind === kind)?.label ?? kind;
  return (
    <>
      <PageHeader title={IM.page.title} description={IM.page.intro} />
      <div className="grid gap-4 lg:grid-cols-2">
        {kinds.map((k) => (
          <section
            key={k.kind}
            aria-labelledby={`kind-${k.slug}`}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          >
            <h2 id={`kind-${k.slug}`} className="text-lg font-semibold text-slate-900">
              {k.label}
            </h2>
            <p className="mt-1 text-sm text-slate-600" data-testid={`required-${k.slug}`}>
              {IM.page.requiredColumns(
                k.columns.filter((c) => c.required).map((c) => c.header),
                k.columns.filter((c) => c.requiredOnce).map((c) => c.header),
              )}
              {k.kind === "MODELS" ? ` ${IM.page.modelsReviewedOnly}` : ""}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <ButtonDownload variant="secondary" size="sm" href={`/api/nhap-du-lieu/mau?loai=${k.slug}`}>
                {IM.page.template}
              </ButtonDownload>
              {canExport(k) ? (
                <ButtonDownload variant="secondary" size="sm" href={`/api/nhap-du-lieu/xuat?loai=${k.slug}`}>
                  {IM.page.export}
                </ButtonDownload>
              ) : null}
            </div>
            <UploadForm kind={k.slug} action={uploadImportAction} />
          </section>
        ))}
      </div>
      <section aria-labelledby="recent" className="mt-8">
        <h2 id="recent" className="mb-3 text-lg font-semibold text-slate-900">
          {IM.page.recent}
        </h2>
        {jobs.length ? (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
            {jobs.map((j) => (
              <li key={j.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <Link href={`/nhap-du-lieu/${j.id}`} className="font-semibold break-all text-brand-800 underline">
                    {j.fileName}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {labelOf(j.kind)} · {formatDateTime(j.createdAt)} · {IM.page.rows(formatNumber(j.totalRows))}
                    {j.errorCount ? ` · ${IM.page.errorsShort(formatNumber(j.errorCount))}` : ""}
                  </p>
                </div>
                <Badge tone={j.status === "APPLIED" ? "success" : j.status === "FAILED" ? "warning" : "progress"}>
                  {IM.job.status[j.status]}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{IM.page.none}</p>
        )}
      </section>
    </>
  );
}
