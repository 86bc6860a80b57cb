"use client";

import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { awardFormLabels } from "@/lib/i18n/vi";
import { displayNumber, formatNumberText } from "@/lib/decisions/numbering";
import type { AwardForm, ModelKind } from "@/lib/generated/prisma/enums";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, FormMessage, describedBy, inputClasses } from "./field";
import { HonoreePicker } from "./honoree-picker";
import { idleState, type ActionState, type CampaignOption, type CandidatePage, type CandidateRow, type IssuerOption } from "./types";

const COMPLETE_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const AWARD_FORMS: AwardForm[] = ["BANG_KHEN", "GIAY_KHEN", "GIAY_CHUNG_NHAN"];

export function DecisionForm({
  issuers,
  campaigns,
  today,
  action,
  search,
  suggest,
}: {
  issuers: IssuerOption[];
  campaigns: CampaignOption[];
  /** dd/MM/yyyy in Vietnam time. */
  today: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  search: (q: { q?: string; kind?: ModelKind | ""; typicalOnly?: boolean; page?: number }) => Promise<CandidatePage | null>;
  suggest: (issuerId: number, decisionDate: string) => Promise<number | null>;
}) {
  const t = decisionsUi.form;
  const [state, formAction, pending] = useActionState(action, idleState);
  const [issuerId, setIssuerId] = useState(issuers.length === 1 ? String(issuers[0].id) : "");
  const [decisionDate, setDecisionDate] = useState(today);
  const [number, setNumber] = useState("");
  const [numberEdited, setNumberEdited] = useState(false);
  const [suggesting, startSuggest] = useTransition();
  const [selected, setSelected] = useState<CandidateRow[]>([]);
  const messageRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};

  const issuer = issuers.find((i) => String(i.id) === issuerId);

  // Prefill the next free number of the register whenever the issuer or the date changes (unless typed by hand).
  useEffect(() => {
    if (!issuerId || numberEdited || !COMPLETE_DATE.test(decisionDate.trim())) return;
    startSuggest(async () => {
      const n = await suggest(Number(issuerId), decisionDate);
      if (n !== null) setNumber(String(n));
    });
  }, [issuerId, decisionDate, numberEdited, suggest]);

  // Move focus to the error summary after a failed submit, so screen readers hear it.
  useEffect(() => {
    if (state.message && !state.ok) messageRef.current?.focus();
  }, [state]);

  const numeric = /^\d+$/.test(number) && Number(number) > 0;
  const preview = issuer && numeric ? displayNumber(issuer.style, formatNumberText(issuer, Number(number))) : null;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (pending) return;
        const data = new FormData(e.currentTarget);
        // The picker's state is the source of truth for the honorees and their order.
        data.set("modelIds", selected.map((r) => r.modelId).join(","));
        startTransition(() => formAction(data));
      }}
      className="flex flex-col gap-6"
    >
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage state={state} />
      </div>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <legend className="px-1 text-base font-semibold text-slate-900">{t.metaHeading}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="issuerId" label={t.issuer} required errors={errors.issuerId} className="sm:col-span-2">
            <select
              name="issuerId"
              value={issuerId}
              onChange={(e) => setIssuerId(e.target.value)}
              className={inputClasses}
              required
              {...describedBy("issuerId", errors.issuerId)}
            >
              <option value="">{t.issuerPlaceholder}</option>
              {issuers.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.parentName ? `${i.name} – ${i.parentName}` : i.name}
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

          <Field id="number" label={t.number} required hint={t.numberHint} errors={errors.number}>
            <input
              type="text"
              inputMode="numeric"
              name="number"
              value={number}
              onChange={(e) => {
                setNumber(e.target.value);
                setNumberEdited(true);
              }}
              className={inputClasses}
              required
              {...describedBy("number", errors.number, true)}
            />
          </Field>

          <div className="sm:col-span-2">
            <p className="text-sm font-medium text-slate-800">{t.numberPreview}</p>
            <p aria-live="polite" data-testid="number-preview" className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-serif text-lg text-slate-900">
              {suggesting && !numberEdited ? <span className="text-sm text-slate-600">{t.suggesting}</span> : (preview ?? "—")}
            </p>
          </div>

          <Field id="signerName" label={t.signerName} required errors={errors.signerName}>
            <input type="text" name="signerName" autoComplete="off" className={inputClasses} required {...describedBy("signerName", errors.signerName)} />
          </Field>
          <Field id="signerTitle" label={t.signerTitle} required errors={errors.signerTitle}>
            <input
              type="text"
              name="signerTitle"
              placeholder={t.signerTitlePlaceholder}
              className={inputClasses}
              required
              {...describedBy("signerTitle", errors.signerTitle)}
            />
          </Field>

          <Field id="awardForm" label={t.awardForm} required errors={errors.awardForm}>
            <select name="awardForm" defaultValue="BANG_KHEN" className={inputClasses} {...describedBy("awardForm", errors.awardForm)}>
              {AWARD_FORMS.map((f) => (
                <option key={f} value={f}>
                  {awardFormLabels[f]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="campaignId" label={t.campaign} errors={errors.campaignId}>
            <select name="campaignId" defaultValue="" className={inputClasses} {...describedBy("campaignId", errors.campaignId)}>
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
              name="title"
              rows={2}
              placeholder={t.decisionTitlePlaceholder}
              className={inputClasses}
              required
              {...describedBy("title", errors.title)}
            />
          </Field>
        </div>
      </fieldset>

      <HonoreePicker search={search} selected={selected} onChange={setSelected} errors={errors.modelIds} />

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link href="/quyet-dinh" className={buttonClasses("secondary")}>
          {t.cancel}
        </Link>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
