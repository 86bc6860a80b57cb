import type { Metadata } from "next";
import { listFields } from "@/lib/fields/manage-field";
import { formatNumber } from "@/lib/format";
import { fieldText as t } from "@/lib/i18n/fields";
import { vi } from "@/lib/i18n/vi";
import { SimpleForm, type FormField } from "@/components/accounts/simple-form";
import { AdminFormCard, AdminPage, StateBadge } from "@/components/admin/admin-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "../../_lib/require-section";
import { createFieldAction, updateFieldAction } from "./actions";

export const metadata: Metadata = { title: t.title };

const activeOptions = (["1", "0"] as const).map((v) => ({ value: v, label: t.activeOptions[v] }));

function editable(v: { name?: string; sortOrder?: string; active?: string } = {}): FormField[] {
  return [
    { name: "name", label: t.name, defaultValue: v.name, autoComplete: "off" },
    { name: "sortOrder", label: t.sortOrder, defaultValue: v.sortOrder ?? "0" },
    { name: "active", label: t.active, type: "select", options: activeOptions, defaultValue: v.active ?? "1" },
  ];
}

export default async function FieldsPage() {
  const actor = await requireSection("admin");
  const fields = (await listFields(actor)) ?? [];
  const nextOrder = Math.max(0, ...fields.map((f) => f.sortOrder)) + 1;
  return (
    <AdminPage back={{ href: "/quan-tri", label: vi.admin.title }} title={t.title} intro={t.intro}>
      {fields.length ? (
        <ul className="mb-6 grid gap-4 md:grid-cols-2">
          {fields.map((f) => (
            <li key={f.id}>
              <AdminFormCard
                id={`linh-vuc-${f.id}`}
                title={f.name}
                description={`${t.code}: ${f.code} · ${t.models(formatNumber(f._count.models))}`}
                action={<StateBadge on={f.active} label={t.activeOptions[f.active ? "1" : "0"]} />}
              >
                <SimpleForm
                  id={`sua-linh-vuc-${f.id}`}
                  action={updateFieldAction}
                  hidden={{ id: String(f.id), version: String(f.version) }}
                  submitLabel={t.save}
                  pendingLabel={t.saving}
                  fields={editable({ name: f.name, sortOrder: String(f.sortOrder), active: f.active ? "1" : "0" })}
                />
              </AdminFormCard>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t.empty} />
      )}
      <AdminFormCard id="them-linh-vuc" title={t.create} className="max-w-2xl">
        <SimpleForm
          id="them-linh-vuc-form"
          action={createFieldAction}
          submitLabel={t.create}
          pendingLabel={t.creating}
          fields={[
            { name: "code", label: t.code, hint: t.codeHint, autoComplete: "off" },
            ...editable({ sortOrder: String(nextOrder) }),
          ]}
        />
      </AdminFormCard>
    </AdminPage>
  );
}
