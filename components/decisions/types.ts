/** View shapes the decision screens render; pages map the use-case results onto them. */
import type { AwardForm, DecisionStatus, DocumentStyle, Gender, ModelKind, UnitLevel } from "@/lib/enums";

export type FieldErrors = Record<string, string[] | undefined>;

/** What a decision form action returns to `useActionState`. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** Bumped on every answer so a component can react to repeated identical answers. */
  at?: number;
};

export const idleState: ActionState = { ok: false };

export type IssuerOption = {
  id: number;
  name: string;
  parentName: string | null;
  style: DocumentStyle;
  numberSuffix: string;
  place: string;
  /** yyyy-MM-dd; the body may issue decisions dated within [validFrom, validTo]. */
  validFrom: string;
  validTo: string | null;
};
export type CampaignOption = { id: number; name: string };
export type FieldOption = { id: number; name: string };

/** What the honoree picker asks the server for. */
export type PickerQuery = {
  q?: string;
  kind?: ModelKind | "";
  typicalOnly?: boolean;
  fieldId?: number;
  campaignId?: number;
  level?: UnitLevel | "";
  page?: number;
};

/** A draft's editable fields as the edit form shows them (dd/MM/yyyy date). */
export type DecisionFieldsView = {
  issuerId: number;
  plannedNumber: number | null;
  /** Set on a reopened decision: the number it was issued with. */
  issuedNumber: number | null;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  awardForm: AwardForm;
  title: string;
  campaignId: number | null;
};

export type CandidateRow = {
  modelId: number;
  kind: ModelKind;
  /** The honoree as it would be printed: collective/person name. */
  name: string;
  address: string;
  modelTitle: string;
  typical: boolean;
  /** Other decisions listing the model (dd/MM/yyyy dates): the picker warns before a second commendation. */
  commendedIn?: { numberText: string | null; date: string }[];
};

export type CandidatePage = { rows: CandidateRow[]; page: number; totalPages: number; total: number };

export type HonoreeRow = {
  id: number;
  kind: ModelKind;
  honorific: Gender | null;
  name: string;
  position: string | null;
  address: string;
  modelTitle: string;
};

export type DecisionView = {
  id: number;
  version: number;
  status: DecisionStatus;
  numberDisplay: string;
  dateText: string;
  issuerName: string;
  signer: string;
  awardForm: AwardForm;
  campaignName: string | null;
  title: string;
  issuedAtText: string | null;
  honorees: HonoreeRow[];
};
