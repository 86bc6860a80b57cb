import type { Metadata } from "next";
import Link from "next/link";
import { setPasswordLinkAccount } from "@/lib/accounts/set-password-by-link";
import { accountsText } from "@/lib/i18n/accounts";
import { IMU } from "@/lib/i18n/import-units";
import { first, type SearchParams } from "@/lib/search-params";
import { SimpleForm } from "@/components/accounts/simple-form";
import { setPasswordByLinkAction } from "./actions";

const t = IMU.setPassword;
export const metadata: Metadata = { title: t.title };

/** Where a new account's one-time link leads (accounts created by a spreadsheet import). */
export default async function SetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = first((await searchParams).token) ?? "";
  const account = await setPasswordLinkAccount(token);
  const signIn = (
    <p className="text-sm">
      <Link href="/dang-nhap" className="text-brand-800 underline">
        {t.login}
      </Link>
    </p>
  );
  return (
    <div className="w-full max-w-md">
      <div className="rounded-xl border border-slate-200 bg-white px-5 py-6 shadow-sm sm:px-7 sm:py-8">
        <h1 className="text-xl font-bold text-slate-900">{t.title}</h1>
        {account ? (
          <>
            <p className="mt-1 mb-6 text-sm text-slate-600">{t.intro(account.username)}</p>
            <SimpleForm
              id="dat-mat-khau"
              action={setPasswordByLinkAction}
              hidden={{ token }}
              submitLabel={t.submit}
              pendingLabel={t.pending}
              fields={[
                {
                  name: "newPassword",
                  label: accountsText.own.newPassword,
                  type: "password",
                  autoComplete: "new-password",
                  hint: accountsText.setup.passwordHint,
                },
                {
                  name: "confirmPassword",
                  label: accountsText.own.confirmPassword,
                  type: "password",
                  autoComplete: "new-password",
                },
              ]}
              // Once set, the link is used up: the form goes, the way to sign in stays.
              success={signIn}
            >
              {signIn}
            </SimpleForm>
          </>
        ) : (
          <p role="alert" className="mt-3 text-sm text-slate-700">
            {t.closed}{" "}
            <Link href="/dang-nhap" className="text-brand-800 underline">
              {t.login}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
