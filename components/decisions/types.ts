/** View shapes the decision screens render; pages map the use-case results onto them. */
import type { AwardForm, DecisionStatus, DocumentStyle, ModelKind } from "@/lib/generated/prisma/enums";

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

export type IssuerOption = { id: number; name: string; parentName: string | null; style: DocumentStyle; numberSuffix: string };
export type CampaignOption = { id: number; name: string };

export type CandidateRow = {
  modelId: number;
  kind: ModelKind;
  /** The honoree as it would be printed: collective/person name. */
  name: string;
  address: string;
  modelTitle: string;
  typical: boolean;
};

export type CandidatePage = { rows: CandidateRow[]; page: number; totalPages: number; total: number };

export type HonoreeRow = {
  id: number;
  kind: ModelKind;
  name: string;
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
