"use client";
import { useActionState, useEffect, useState } from "react";
import { ButtonDownload } from "@/components/ui/button";
import { ConfirmButton } from "@/components/models/confirm-button";
import { IM } from "@/lib/i18n/import";
import type { ImportFormState } from "@/lib/import/form-state";
import type { ImportJobView } from "@/lib/import/get-import-job";
import { jobProgress } from "@/lib/import/job-progress";
import { ImportSection, RowTable } from "./panel";
import { SetPasswordLinks } from "./set-password-links";

const RUNNING = new Set(["QUEUED", "PREVIEWING", "APPLYING"]);
const nf = new Intl.NumberFormat("vi-VN");
const INITIAL: ImportFormState = {};

/**
 * The state of one import, polled from the server while a worker runs it: the progress lives in the
 * database, so a reload or another tab shows the same bar.
 */
export function JobPanel({
  initial,
  applyAction,
}: {
  initial: ImportJobView;
  applyAction: (s: ImportFormState, f: FormData) => Promise<ImportFormState>;
}) {
  const [job, setJob] = useState(initial);
  const [state, formAction, pending] = useActionState(applyAction, INITIAL);
  // After a successful apply request the row is APPLYING on the server before this copy knows it.
  const requested = state !== INITIAL && !state.message && job.status === "PREVIEWED";
  const poll = RUNNING.has(job.status) || pending || requested;
  // Checked without errors: ready to import, unless nothing in the file is new or changed.
  const ready = job.status === "PREVIEWED" && job.errorCount === 0 && !job.failure;
  const nothingToWrite = job.newCount + job.changedCount === 0;

  useEffect(() => {
    if (!poll) return;
    let stop = false;
    const tick = async () => {
      const res = await fetch(`/api/nhap-du-lieu/${job.id}`, { cache: "no-store" });
      if (res.ok && !stop) setJob((await res.json()) as ImportJobView);
    };
    const t = setInterval(() => void tick(), 1000);
    void tick();
    return () => {
      stop = true;
      clearInterval(t);
    };
  }, [job.id, poll]);

  const { pct, label } = jobProgress(job);
  const rowsShown = new Set(job.errors.map((e) => e.row)).size;
  const t = IM.jobPage;
  return (
    <div className="flex flex-col gap-6">
      <ImportSection
        id="tien-do"
        heading={
          <>
            {t.progress}:{" "}
            <span data-testid="job-status">{IM.job.status[job.status as keyof typeof IM.job.status]}</span>
          </>
        }
      >
        <div
          role="progressbar"
          aria-label={t.progress}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct ?? undefined}
          className="mt-3 h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          {pct === null ? (
            <div className="h-full w-1/3 animate-pulse bg-brand-700" />
          ) : (
            <div className="h-full bg-brand-700 transition-all" style={{ width: `${pct}%` }} />
          )}
        </div>
        <p className="mt-2 text-sm text-slate-600" data-testid="job-rows">
          {label}
          {RUNNING.has(job.status) ? ` · ${t.leaveHint}` : ""}
        </p>
        {job.failure ? (
          <p role="alert" className="mt-3 text-sm font-medium text-red-700">
            {job.failure}
          </p>
        ) : null}
        {job.status !== "FAILED" && job.status !== "QUEUED" ? (
          <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {[
              [t.newRows, job.newCount],
              [t.changedRows, job.changedCount],
              [t.unchangedRows, job.unchangedCount],
              [t.errorRows, job.errorCount],
            ].map(([label, n]) => (
              <div key={String(label)} className="rounded-md bg-slate-50 p-3">
                <dt className="text-xs text-slate-600">{label}</dt>
                <dd className="text-xl font-semibold text-slate-900">{nf.format(Number(n))}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {job.status === "APPLIED" ? <p className="mt-3 text-emerald-800">{t.applied}</p> : null}
        {ready && nothingToWrite ? <p className="mt-3 text-sm text-slate-700">{t.nothingToApply}</p> : null}
        {ready && !nothingToWrite ? (
          <form action={formAction} className="mt-4 flex flex-col gap-2">
            <input type="hidden" name="id" value={job.id} />
            <input type="hidden" name="version" value={job.version} />
            <p className="text-sm text-slate-600">{t.applyHint}</p>
            {state.message ? (
              <p role="alert" className="text-sm text-red-700">
                {state.message}
              </p>
            ) : null}
            <div>
              <ConfirmButton
                variant="primary"
                danger
                disabled={pending}
                label={pending ? t.applying : t.apply}
                title={t.applyConfirmTitle(job.fileName)}
                text={t.applyConfirmText(
                  nf.format(job.newCount),
                  nf.format(job.changedCount),
                  nf.format(job.unchangedCount),
                )}
                confirmLabel={t.applyConfirm}
                cancelLabel={t.applyCancel}
              />
            </div>
          </form>
        ) : null}
      </ImportSection>
      {job.links?.length ? <SetPasswordLinks links={job.links} /> : null}
      {job.notes?.length ? (
        <ImportSection id="don-vi-theo-ten" heading={t.notesHeading}>
          <p className="mt-1 text-sm text-slate-600">{t.notesHint}</p>
          <div className="mt-3 overflow-x-auto">
            <RowTable
              headers={[t.row, t.column, t.resolved]}
              columnClass={["tabular-nums"]}
              items={job.notes}
              itemKey={(_, i) => i}
              cells={(e) => [e.row, e.column, e.message]}
            />
          </div>
        </ImportSection>
      ) : null}
      {job.errorCount > 0 || job.status === "FAILED" ? (
        <ImportSection
          id="loi"
          heading={t.errorsHeading}
          actions={
            <ButtonDownload variant="secondary" size="sm" href={`/api/nhap-du-lieu/${job.id}/loi`}>
              {t.downloadErrors}
            </ButtonDownload>
          }
        >
          <p className="mt-1 text-sm text-slate-600">{t.reupload}</p>
          {job.errors.length ? (
            <div className="mt-3 overflow-x-auto">
              <RowTable
                headers={[t.row, t.column, t.reason]}
                columnClass={["tabular-nums"]}
                items={job.errors}
                itemKey={(_, i) => i}
                cells={(e) => [e.row, e.column, e.message]}
              />
              {job.errorCount > rowsShown ? (
                <p className="mt-2 text-sm text-slate-600">
                  {t.errorsMore(nf.format(rowsShown), nf.format(job.errorCount))}
                </p>
              ) : null}
            </div>
          ) : null}
        </ImportSection>
      ) : null}
    </div>
  );
}
