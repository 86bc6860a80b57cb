import type { Metadata } from "next";
import { requireSection } from "../../../_lib/require-section";
import { searchUnits } from "@/lib/accounts/queries";
import { accountsText } from "@/lib/i18n/accounts";
import { first, type SearchParams } from "@/lib/search-params";
import { roleOptions, unitField } from "@/components/accounts/account-options";
import { SimpleForm } from "@/components/accounts/simple-form";
import { UnitSearch } from "@/components/accounts/unit-search";
import { PageHeader } from "@/components/ui/page-header";
import { createAccountAction } from "../../actions";

const t = accountsText.admin;
export const metadata: Metadata = { title: t.newAccount };

export default async function NewAccountPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("admin");
  const q = first((await searchParams).donvi);
  const units = await searchUnits(actor, q);
  return (
    <>
      <PageHeader title={t.newAccount} description={t.newAccountHint} />
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <UnitSearch action="/quan-tri/tai-khoan/moi" value={q} />
        <SimpleForm
          id="tao-tai-khoan"
          action={createAccountAction}
          submitLabel={t.create}
          pendingLabel={t.creating}
          fields={[
            unitField(units, undefined, Boolean(q?.trim())),
            { name: "role", label: t.role, type: "select", options: roleOptions },
            { name: "username", label: accountsText.setup.username, autoComplete: "off" },
            { name: "fullName", label: accountsText.setup.fullName, autoComplete: "off" },
            { name: "email", label: t.email, type: "email", autoComplete: "off" },
          ]}
        />
      </div>
    </>
  );
}
