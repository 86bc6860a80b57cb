"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { orgText } from "@/lib/i18n/org";
import { abolishDistrictLevel, previewAbolishDistrictLevel } from "@/lib/org/abolish-district-level";
import { closeUnit } from "@/lib/org/close-unit";
import { createOrgUnit } from "@/lib/org/create-unit";
import { toFormState, type OrgFormState } from "@/lib/org/form-state";
import { loadOfficialProvince } from "@/lib/org/load-official-province";
import { mergeUnit, previewMergeUnit } from "@/lib/org/merge-unit";
import { moveUnit } from "@/lib/org/move-unit";
import { renameUnit } from "@/lib/org/rename-unit";
import { applyReorganisation, previewReorganisation } from "@/lib/org/reorganise-province";

// Thin wrappers: the session's actor, the form's fields, the use case (which checks the role and the
// input). "intent=preview" only reads; "intent=apply" changes the tree in one transaction.
const fields = (fd: FormData) => Object.fromEntries([...fd.entries()].filter(([, v]) => typeof v === "string"));
const preview = (fd: FormData) => fd.get("intent") !== "apply";
const t = orgText;

function refreshed(state: OrgFormState): OrgFormState {
  if (state.ok) revalidatePath("/quan-tri/don-vi", "layout");
  return state;
}

export async function createUnitAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  return refreshed(toFormState(await createOrgUnit(actor, fields(fd)), t.create.done, (v) => ({ unitId: v.id })));
}

export async function renameUnitAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  return refreshed(toFormState(await renameUnit(actor, fields(fd)), t.rename.done));
}

export async function moveUnitAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  return refreshed(toFormState(await moveUnit(actor, fields(fd)), t.move.done));
}

/**
 * A closed unit's page has no forms left to show "done" in: the page says it instead (?xong=, read by
 * app/(portal)/quan-tri/don-vi/[id]/page.tsx).
 * The id is the form's, already checked by the use case that succeeded.
 */
function doneOnPage(state: OrgFormState, fd: FormData, done: "ket-thuc" | "sap-nhap"): OrgFormState {
  if (!state.ok) return state;
  refreshed(state);
  redirect(`/quan-tri/don-vi/${Number(fd.get("unitId"))}?xong=${done}`);
}

export async function closeUnitAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  return doneOnPage(toFormState(await closeUnit(actor, fields(fd)), t.close.done), fd, "ket-thuc");
}

export async function mergeUnitAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  if (preview(fd))
    return toFormState(await previewMergeUnit(actor, fields(fd)), t.preview.nothingChanged, (v) => ({ preview: v }));
  return doneOnPage(
    toFormState(await mergeUnit(actor, fields(fd)), t.merge.done, (v) => ({ preview: v })),
    fd,
    "sap-nhap",
  );
}

export async function abolishDistrictLevelAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  if (preview(fd)) {
    return toFormState(await previewAbolishDistrictLevel(actor, fields(fd)), t.preview.nothingChanged, (v) => ({
      preview: v,
    }));
  }
  return refreshed(toFormState(await abolishDistrictLevel(actor, fields(fd)), t.abolish.done, (v) => ({ preview: v })));
}

export async function loadProvinceAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  return refreshed(
    toFormState(await loadOfficialProvince(actor, fields(fd)), t.load.done, (v) => ({ unitId: v.oldProvinceId })),
  );
}

export async function reorganiseProvinceAction(_prev: OrgFormState, fd: FormData): Promise<OrgFormState> {
  const actor = await requireActor();
  if (preview(fd))
    return toFormState(await previewReorganisation(actor, fields(fd)), t.preview.nothingChanged, (v) => ({
      preview: v,
    }));
  return refreshed(
    toFormState(await applyReorganisation(actor, fields(fd)), t.load.reorgDone, (v) => ({ preview: v })),
  );
}
