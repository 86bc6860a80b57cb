"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import type { ImportKind } from "@/lib/enums";
import { IM } from "@/lib/i18n/import";
import { applyImport } from "@/lib/import/apply-import";
import { kindBySlug } from "@/lib/import/kinds";
import { startImport } from "@/lib/import/start-import";
import type { ImportFormState } from "@/lib/import/form-state";

export async function uploadImportAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await requireActor();
  const spec = kindBySlug(String(form.get("kind") ?? ""));
  const file = form.get("file");
  if (!spec) return { message: IM.job.forbidden };
  if (!(file instanceof File) || file.size === 0) return { message: IM.job.fileRequired };
  const r = await startImport(actor, {
    kind: spec.kind as ImportKind,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!r.ok) return { message: r.message };
  redirect(`/nhap-du-lieu/${r.id}`);
}

export async function applyImportAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await requireActor();
  const r = await applyImport(actor, { id: Number(form.get("id")), version: Number(form.get("version")) });
  return r.ok ? {} : { message: r.message };
}
