"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { draftLoginUrl } from "@/lib/auth/return-path";
import { createCampaignDraft, setCampaignStatus, updateCampaign } from "@/lib/campaigns/manage-campaign";
import type { FormState } from "@/components/accounts/form-state";

const FIELDS = [
  "code",
  "name",
  "startDate",
  "endDate",
  "registrationDeadline",
  "guidanceRef",
  "targets",
  "criteria",
  "ownerUnitId",
];
const values = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, form.get(n) ?? undefined]).filter(([, v]) => v !== undefined && v !== null));

// The campaign forms keep what is typed in the browser (SimpleForm `draft`): a session gone at the save sends
// the person to sign in with "your text is kept", back to the form. `?tao=1` lets the new campaign's page drop
// the creation form's copy.
export async function createCampaignAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await createCampaignDraft(await requireActor(draftLoginUrl("/dot-thi-dua")), values(form, FIELDS));
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/dot-thi-dua");
  redirect(`/dot-thi-dua/${result.id}?tao=1`);
}

export async function updateCampaignAction(_prev: FormState, form: FormData): Promise<FormState> {
  const v = values(form, ["id", "version", ...FIELDS]);
  const back = `/dot-thi-dua/${Number(form.get("id")) || ""}`;
  const result = await updateCampaign(await requireActor(draftLoginUrl(back)), { ...v, id: v.id, version: v.version });
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  redirect(`/dot-thi-dua/${Number(form.get("id"))}?da-luu=1`);
}

export async function setCampaignStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await setCampaignStatus(await requireActor(), {
    id: form.get("id"),
    version: form.get("version"),
    status: form.get("status"),
  });
  if (!result.ok) return { message: result.message };
  // Says which step was done ("Đã đóng đợt…"), not "Đã lưu.": the edit form beside it may hold unsaved text.
  const step = ({ OPEN: "mo", CLOSED: "dong", PLANNED: "du-kien" } as Record<string, string>)[
    String(form.get("status"))
  ];
  redirect(`/dot-thi-dua/${Number(form.get("id"))}?xong=${step ?? "mo"}`);
}
