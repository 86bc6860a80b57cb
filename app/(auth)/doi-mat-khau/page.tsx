import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActorForPasswordChange } from "@/lib/auth/actor";
import { accountsText } from "@/lib/i18n/accounts";
import { ownPasswordFields } from "@/components/accounts/password-fields";
import { SimpleForm } from "@/components/accounts/simple-form";
import { changeOwnPasswordAction } from "../../(portal)/tai-khoan/actions";

const t = accountsText.own;
export const metadata: Metadata = { title: t.changePassword };

/** Outside the portal layout, which sends a user with a temporary password here until it is changed. */
export default async function ForcedPasswordChangePage() {
  if (!(await requireActorForPasswordChange()).mustChangePassword) redirect("/");
  return (
    <div className="w-full max-w-md">
      <div className="rounded-xl border border-slate-200 bg-white px-5 py-6 shadow-sm sm:px-7 sm:py-8">
        <h1 className="text-xl font-bold text-slate-900">{t.changePassword}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t.mustChange}</p>
        <SimpleForm
          id="doi-mat-khau"
          action={changeOwnPasswordAction}
          hidden={{ forced: "1" }}
          fields={ownPasswordFields}
          submitLabel={t.submit}
          pendingLabel={t.pending}
        />
      </div>
    </div>
  );
}
