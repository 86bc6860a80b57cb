import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { issuerUnitOptions } from "@/lib/issuers/manage-issuer";
import { issuerText as t } from "@/lib/i18n/issuers";
import { levelTitle } from "@/lib/i18n/levels";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/search-params";
import { SimpleForm } from "@/components/accounts/simple-form";
import { UnitSearch } from "@/components/accounts/unit-search";
import { issuerFields } from "@/components/issuers/issuer-fields";
import { AdminPage } from "@/components/admin/admin-list";
import { createIssuerAction } from "../actions";

export const metadata: Metadata = { title: t.create };

export default async function NewIssuerPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const q = first((await searchParams).donvi);
  const units = await issuerUnitOptions(actor, q);
  return (
    <AdminPage back={{ href: "/co-quan-ban-hanh", label: t.back }} title={t.create} intro={t.createIntro}>
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <UnitSearch action="/co-quan-ban-hanh/moi" value={q} />
        <SimpleForm
          id="tao-co-quan"
          action={createIssuerAction}
          submitLabel={t.create}
          pendingLabel={t.creating}
          fields={[
            {
              name: "unitId",
              label: t.unit,
              type: "select",
              defaultValue: units[0] ? String(units[0].id) : "",
              options: units.length
                ? units.map((u) => ({
                    value: String(u.id),
                    label: `${u.name} (${levelTitle(u, u.validTo ?? undefined)}${u.validTo ? ` · ${t.unitUntil(formatDate(u.validTo))}` : ""})`,
                  }))
                : [{ value: "", label: t.noUnits }],
            },
            ...issuerFields(),
          ]}
        />
      </div>
    </AdminPage>
  );
}
