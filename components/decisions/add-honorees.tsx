"use client";

import { startTransition, useActionState, useState } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Button } from "@/components/ui/button";
import { FormMessage } from "./field";
import { HonoreePicker } from "./honoree-picker";
import {
  idleState,
  type ActionState,
  type CampaignOption,
  type CandidatePage,
  type CandidateRow,
  type FieldOption,
  type PickerQuery,
} from "./types";

/** Adds honorees to a draft: the same picker as on creation (models already listed are left out). */
export function AddHonorees({
  decisionId,
  version,
  search,
  action,
  fields,
  campaigns,
}: {
  decisionId: number;
  version: number;
  /** The picker's search; called with this decision's id so models already listed are left out. */
  search: (q: PickerQuery, excludeDecisionId?: number) => Promise<CandidatePage | null>;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: FieldOption[];
  campaigns: CampaignOption[];
}) {
  const t = decisionsUi.detail;
  const [selected, setSelected] = useState<CandidateRow[]>([]);
  const [state, add, adding] = useActionState(action, idleState);
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      <HonoreePicker
        narrow
        heading={t.addHeading}
        search={(q) => search(q, decisionId)}
        selected={selected}
        onChange={setSelected}
        fields={fields}
        campaigns={campaigns}
        errors={state.ok ? undefined : state.fieldErrors?.addModelIds}
      />
      <div className="flex justify-end">
        <Button
          disabled={selected.length === 0 || adding}
          onClick={() => {
            const data = new FormData();
            data.set("id", String(decisionId));
            data.set("version", String(version));
            data.set("modelIds", selected.map((r) => r.modelId).join(","));
            startTransition(() => add(data));
          }}
        >
          {adding ? t.adding : t.addSubmit(selected.length)}
        </Button>
      </div>
    </div>
  );
}
