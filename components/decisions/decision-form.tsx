"use client";

import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { awardFormLabels } from "@/lib/i18n/vi";
import { displayNumber, formatNumberText } from "@/lib/decisions/numbering";
import type { AwardForm } from "@/lib/enums";
import { Button, buttonClasses } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, FormMessage, describedBy, inputClasses } from "./field";
import { HonoreePicker } from "./honoree-picker";
import { RestoredDraftNotice, StaleDraft, useLocalDraft } from "@/components/models/local-draft";
import {
  idleState,
  type ActionState,
  type CampaignOption,
  type CandidatePage,
  type CandidateRow,
  type DecisionFieldsView,
  type FieldOption,
  type IssuerOption,
  type PickerQuery,
} from "./types";

/** The chosen honorees a local copy kept (JSON), or none if it cannot be read. */
function parseRows(json: string): CandidateRow[] {
  try {
    const rows = JSON.parse(json) as unknown;
    return Array.isArray(rows) ? rows.filter((r): r is CandidateRow => typeof r?.modelId === "number") : [];
  } catch {
    return [];
  }
}

const COMPLETE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const AWARD_FORMS: AwardForm[] = ["BANG_KHEN", "GIAY_KHEN", "GIAY_CHUNG_NHAN"];

/** dd/MM/yyyy → yyyy-MM-dd, or null while the date is incomplete. */
function isoOf(date: string): string | null {
  const m = COMPLETE_DATE.exec(date.trim());
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : null;
}

/**
 * The decision's fields. Creating: also the honoree picker. Editing a draft: the same fields prefilled,
 * sent with the version shown (optimistic lock). Issuers are offered by the decision date: a decision
 * dated before the 2025 merger is issued by a body in office then (e.g. the absorbed province's).
 */
export function DecisionForm({
  issuers,
  campaigns,
  fields = [],
  today,
  action,
  search,
  suggest,
  edit,
}: {
  issuers: IssuerOption[];
  campaigns: CampaignOption[];
  fields?: FieldOption[];
  /** dd/MM/yyyy in Vietnam time. */
  today: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** The picker's search (create only). */
  search?: (q: PickerQuery) => Promise<CandidatePage | null>;
  suggest: (issuerId: number, decisionDate: string) => Promise<number | null>;
  /** Editing an existing draft. */
  edit?: { id: number; version: number; values: DecisionFieldsView };
}) {
  const t = decisionsUi.form;
  const initial = edit?.values;
  const [state, formAction, pending] = useActionState(action, idleState);
  const [decisionDate, setDecisionDate] = useState(initial?.decisionDate ?? today);
  const iso = isoOf(decisionDate);
  // Bodies in office on a date (all of them while the date is incomplete).
  const offeredOn = (day: string | null) =>
    day ? issuers.filter((i) => i.validFrom <= day && (!i.validTo || day <= i.validTo)) : issuers;
  const offered = offeredOn(iso);
  const issuerAtStart = () => {
    const first = offeredOn(isoOf(initial?.decisionDate ?? today));
    return initial ? String(initial.issuerId) : first.length === 1 ? String(first[0].id) : "";
  };
  const [issuerId, setIssuerId] = useState(issuerAtStart);
  const [number, setNumber] = useState(initial ? String(initial.issuedNumber ?? initial.plannedNumber ?? "") : "");
  const [suggested, setSuggested] = useState<number | null>(null);
  const [suggesting, startSuggest] = useTransition();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<CandidateRow[]>([]);
  const messageRef = useRef<HTMLDivElement>(null);
  // The issuer and date the last answer was about: the server's issuer error is about that pair only.
  const [sent, setSent] = useState<{ issuerId: string; decisionDate: string } | null>(null);
  const errors = state.fieldErrors ?? {};

  // What is typed and picked, kept in this browser until saved (ADR 0066): a session that ends before
  // "Lưu dự thảo" sends the person to sign in, and the form (the chosen honorees too) comes back.
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useLocalDraft(
    edit ? `/quyet-dinh/${edit.id}/sua` : "/quyet-dinh/moi",
    edit ? String(edit.version) : "",
  );
  const touched = useRef(false);
  // The restored text the fields were filled with (null once dropped), and a key that remounts the fields
  // this form does not hold in state whenever it changes.
  const [seen, setSeen] = useState<Record<string, string> | null>(null);
  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  const [generation, setGeneration] = useState(0);
  if (draft.restored && draft.restored !== seen) {
    setSeen(draft.restored);
    setRestored(draft.restored);
    setGeneration((g) => g + 1);
    const r = draft.restored;
    if (r.decisionDate !== undefined) setDecisionDate(r.decisionDate);
    if (r.issuerId !== undefined) setIssuerId(r.issuerId);
    if (r.number !== undefined) setNumber(r.number);
    if (r.selectedRows && !edit) setSelected(parseRows(r.selectedRows));
  }
  const k = `g${generation}`;
  const keep = () => {
    touched.current = true;
    if (formRef.current) draft.save(formRef.current);
  };
  const forgetRestored = () => {
    // Back to the form as it first showed, with nothing kept: not saved again until something is typed.
    touched.current = false;
    draft.forget();
    setRestored(null);
    setGeneration((g) => g + 1);
    setDecisionDate(initial?.decisionDate ?? today);
    setIssuerId(issuerAtStart());
    setNumber(initial ? String(initial.issuedNumber ?? initial.plannedNumber ?? "") : "");
    setSelected([]);
  };
  // The picker changes the selection without an input event on the form.
  useEffect(() => {
    if (touched.current && formRef.current) draft.save(formRef.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a change of the selection only
  }, [selected]);

  const issuer = issuers.find((i) => String(i.id) === issuerId);
  const issuerOutOfOffice = Boolean(issuer && iso && !offered.includes(issuer));
  const issuerLabel = (i: IssuerOption) => (i.parentName ? `${i.name} – ${i.parentName}` : i.name);
  // Checked again on every change of the date or the issuer, in the browser, with the server's own rule
  // (in office on the decision date); an older answer of the server about another pair is not shown.
  const issuerErrors =
    iso && !offered.length
      ? [t.noIssuerOnDate(decisionDate.trim())]
      : issuerOutOfOffice
        ? [t.issuerOutOfOffice(issuerLabel(issuer!), decisionDate.trim())]
        : sent && (sent.issuerId !== issuerId || sent.decisionDate !== decisionDate)
          ? undefined
          : errors.issuerId;

  // The next free number of the register, shown as a hint: the number itself is taken on issue.
  useEffect(() => {
    if (!issuerId || !iso) return;
    startSuggest(async () => setSuggested(await suggest(Number(issuerId), decisionDate)));
  }, [issuerId, iso, decisionDate, suggest]);

  // Move focus to the error summary after a failed submit, so screen readers hear it; not saved after all,
  // so the local copy is kept as typed, not as sent.
  useEffect(() => {
    if (state.message && !state.ok) {
      messageRef.current?.focus();
      if (formRef.current) draft.save(formRef.current);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on each answer only
  }, [state]);

  const numeric = /^\d+$/.test(number) && Number(number) > 0;
  const previewNumber = numeric ? Number(number) : suggested;
  const preview = issuer && previewNumber ? displayNumber(issuer.style, formatNumberText(issuer, previewNumber)) : null;

  return (
    <form
      ref={formRef}
      noValidate
      onInput={keep}
      onChange={keep}
      onSubmit={(e) => {
        e.preventDefault();
        if (pending) return;
        draft.save(e.currentTarget, true);
        const data = new FormData(e.currentTarget);
        data.delete("selectedRows");
        setSent({ issuerId, decisionDate });
        // The picker's state is the source of truth for the honorees and their order.
        if (!edit) data.set("modelIds", selected.map((r) => r.modelId).join(","));
        startTransition(() => formAction(data));
      }}
      className="flex flex-col gap-6"
    >
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage state={state} />
      </div>
      {edit ? (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      ) : (
        // The chosen honorees as the local copy keeps them (not sent: modelIds is).
        <input type="hidden" name="selectedRows" value={JSON.stringify(selected)} />
      )}
      {draft.stale ? (
        <StaleDraft
          typed={draft.stale}
          current={{
            decisionDate: initial?.decisionDate,
            signerName: initial?.signerName,
            signerTitle: initial?.signerTitle,
            title: initial?.title,
          }}
          fields={[
            ["decisionDate", t.decisionDate],
            ["signerName", t.signerName],
            ["signerTitle", t.signerTitle],
            ["title", t.decisionTitle],
          ]}
          onDrop={draft.dropStale}
        />
      ) : null}
      {draft.restored && !sent ? <RestoredDraftNotice text={t.restoredDraft} onForget={forgetRestored} /> : null}

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <legend className="px-1 text-base font-semibold text-slate-900">{t.metaHeading}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="issuerId" label={t.issuer} required errors={issuerErrors} className="sm:col-span-2">
            <select
              name="issuerId"
              value={issuerId}
              onChange={(e) => setIssuerId(e.target.value)}
              className={inputClasses}
              required
              {...describedBy("issuerId", issuerErrors)}
            >
              <option value="">{t.issuerPlaceholder}</option>
              {(issuerOutOfOffice && issuer ? [...offered, issuer] : offered).map((i) => (
                <option key={i.id} value={i.id}>
                  {issuerLabel(i)}
                </option>
              ))}
            </select>
          </Field>

          <Field id="decisionDate" label={t.decisionDate} required hint={t.dateHint} errors={errors.decisionDate}>
            {/* Text, not type=date: the native picker shows the browser's locale pattern, the portal uses dd/MM/yyyy. */}
            <input
              type="text"
              inputMode="numeric"
              name="decisionDate"
              placeholder="dd/mm/yyyy"
              autoComplete="off"
              value={decisionDate}
              onChange={(e) => setDecisionDate(e.target.value)}
              className={inputClasses}
              required
              {...describedBy("decisionDate", errors.decisionDate, true)}
            />
          </Field>

          <Field
            id="number"
            label={initial?.issuedNumber ? t.issuedNumber : t.number}
            hint={initial?.issuedNumber ? t.issuedNumberHint : t.numberHint(suggested)}
            errors={errors.number}
          >
            <input
              type="text"
              inputMode="numeric"
              name="number"
              value={number}
              placeholder={suggested ? String(suggested) : undefined}
              onChange={(e) => setNumber(e.target.value)}
              className={inputClasses}
              {...describedBy("number", errors.number, true)}
            />
          </Field>

          <div className="sm:col-span-2">
            <p className="text-sm font-medium text-slate-800">{t.numberPreview}</p>
            <p
              aria-live="polite"
              data-testid="number-preview"
              className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-serif text-lg text-slate-900"
            >
              {suggesting && !numeric ? (
                <span className="text-sm text-slate-600">{t.suggesting}</span>
              ) : (
                (preview ?? "—")
              )}
            </p>
          </div>

          <Field id="signerName" label={t.signerName} required errors={errors.signerName}>
            <input
              key={k}
              type="text"
              name="signerName"
              autoComplete="off"
              defaultValue={restored?.signerName ?? initial?.signerName}
              className={inputClasses}
              required
              {...describedBy("signerName", errors.signerName)}
            />
          </Field>
          <Field id="signerTitle" label={t.signerTitle} required errors={errors.signerTitle}>
            <input
              key={k}
              type="text"
              name="signerTitle"
              defaultValue={restored?.signerTitle ?? initial?.signerTitle}
              placeholder={t.signerTitlePlaceholder}
              className={inputClasses}
              required
              {...describedBy("signerTitle", errors.signerTitle)}
            />
          </Field>

          <Field id="awardForm" label={t.awardForm} required errors={errors.awardForm}>
            <select
              key={k}
              name="awardForm"
              defaultValue={restored?.awardForm ?? initial?.awardForm ?? "BANG_KHEN"}
              className={inputClasses}
              {...describedBy("awardForm", errors.awardForm)}
            >
              {AWARD_FORMS.map((f) => (
                <option key={f} value={f}>
                  {awardFormLabels[f]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="campaignId" label={t.campaign} errors={errors.campaignId}>
            <select
              key={k}
              name="campaignId"
              defaultValue={restored?.campaignId ?? (initial?.campaignId ? String(initial.campaignId) : "")}
              className={inputClasses}
              {...describedBy("campaignId", errors.campaignId)}
            >
              <option value="">{t.campaignNone}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>

          <Field id="title" label={t.decisionTitle} required errors={errors.title} className="sm:col-span-2">
            <textarea
              key={k}
              name="title"
              rows={2}
              defaultValue={restored?.title ?? initial?.title}
              placeholder={t.decisionTitlePlaceholder}
              className={inputClasses}
              required
              {...describedBy("title", errors.title)}
            />
          </Field>
        </div>
      </fieldset>

      {search && !edit ? (
        <HonoreePicker
          search={search}
          selected={selected}
          onChange={(rows) => {
            touched.current = true;
            setSelected(rows);
          }}
          errors={errors.modelIds}
          fields={fields}
          campaigns={campaigns}
        />
      ) : null}

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link
          href={edit ? `/quyet-dinh/${edit.id}` : "/quyet-dinh"}
          className={buttonClasses("secondary")}
          // Cancelled: nothing of it is offered back next time (as the model form's cancel).
          onClick={() => draft.forget()}
        >
          {t.cancel}
        </Link>
        {/* Disabled until the page runs: its form is sent by script (no action), so a press or an Enter before that
            would send the browser to this page's address with the typed fields in it. */}
        <Button type="submit" aria-disabled={pending || undefined} disabled={!hydrated}>
          {pending ? t.submitting : edit ? t.saveEdit : t.submit}
        </Button>
      </div>
    </form>
  );
}
