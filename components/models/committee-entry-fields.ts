import { mvi } from "@/lib/i18n/models";
import { HISTORIC_OUTCOMES } from "@/lib/models/schema";
import type { FormField } from "@/components/accounts/simple-form";

type Option = { value: string; label: string };
type Lists = { units: Option[]; campaigns: Option[]; fields: Option[] };

const t = mvi.entry;
const f = mvi.form;
const choose = (placeholder: string, options: Option[]) => [{ value: "", label: placeholder }, ...options];

/** Who and what: the unit (from the picker's search), the model, and the person for an individual model. */
function common({ units, campaigns, fields }: Lists): FormField[] {
  return [
    {
      name: "ownerUnitId",
      label: t.unit,
      type: "select",
      options: choose(t.chooseUnit, units),
      defaultValue: units.length === 1 ? units[0].value : "",
      hint: t.unitHint(units.length),
      required: true,
    },
    {
      name: "kind",
      label: t.kind,
      type: "select",
      options: [
        { value: "COLLECTIVE", label: t.collective },
        { value: "INDIVIDUAL", label: t.individual },
      ],
      required: true,
    },
    { name: "title", label: f.title, hint: f.titleHint, required: true },
    { name: "fieldId", label: f.field, type: "select", options: choose(f.chooseField, fields), required: true },
    {
      name: "campaignId",
      label: f.campaign,
      type: "select",
      options: choose(f.chooseCampaign, campaigns),
      defaultValue: campaigns.length === 1 ? campaigns[0].value : "",
      required: true,
    },
    {
      name: "personHonorific",
      label: t.honorific,
      type: "select",
      options: [
        { value: "", label: "—" },
        { value: "MALE", label: "Ông" },
        { value: "FEMALE", label: "Bà" },
      ],
    },
    { name: "personName", label: t.personName },
    { name: "personPosition", label: t.personPosition },
    { name: "address", label: t.address },
  ];
}

export function onBehalfFields(lists: Lists): FormField[] {
  return [
    ...common(lists),
    { name: "goals", label: f.goals, type: "textarea", required: true },
    { name: "methods", label: f.methods, type: "textarea", required: true },
    { name: "startDate", label: f.startDate, type: "date", hint: f.startDateHint, required: true },
    { name: "expectedResults", label: f.expectedResults, type: "textarea", required: true },
    { name: "files", label: f.files, type: "files" },
  ];
}

export function historicFields(lists: Lists): FormField[] {
  return [
    ...common(lists),
    {
      name: "outcome",
      label: t.outcome,
      type: "select",
      options: choose(
        "—",
        HISTORIC_OUTCOMES.map((o) => ({ value: o, label: t.outcomes[o] })),
      ),
      required: true,
    },
    { name: "outcomeDate", label: t.outcomeDate, type: "date", hint: f.startDateHint, required: true },
    { name: "reference", label: t.reference, hint: t.referenceHint },
    { name: "goals", label: f.goals, type: "textarea" },
    { name: "results", label: t.results, type: "textarea" },
    { name: "files", label: f.files, type: "files" },
  ];
}
