import type { Metadata } from "next";
import Link from "next/link";
import { setupProvinces } from "@/lib/accounts/setup";
import { setupPageState } from "@/lib/accounts/setup-state";
import { accountsText } from "@/lib/i18n/accounts";
import { first, type SearchParams } from "@/lib/search-params";
import { SimpleForm } from "@/components/accounts/simple-form";
import { ButtonLink } from "@/components/ui/button";
import { setupAction } from "./actions";

export const metadata: Metadata = { title: accountsText.setup.title };

export default async function SetupPage({ searchParams }: { searchParams: SearchParams }) {
  const token = first((await searchParams).token) ?? "";
  const t = accountsText.setup;
  const { open, askProvince } = await setupPageState(token);

  return (
    <div className="w-full max-w-md">
      <div className="rounded-xl border border-slate-200 bg-white px-5 py-6 shadow-sm sm:px-7 sm:py-8">
        <h1 className="text-xl font-bold text-slate-900">{t.title}</h1>
        {open ? (
          <>
            <p className="mt-1 mb-6 text-sm text-slate-600">{t.intro}</p>
            <SimpleForm
              id="thiet-lap"
              action={setupAction}
              hidden={{ token }}
              submitLabel={t.submit}
              pendingLabel={t.pending}
              success={
                <div className="space-y-3 text-sm text-slate-700">
                  <ButtonLink href="/dang-nhap" variant="primary" className="w-full sm:w-auto">
                    {t.login}
                  </ButtonLink>
                  <p className="font-semibold text-slate-900">{t.nextHeading}</p>
                  <ol className="list-decimal space-y-1 pl-5">
                    {t.nextSteps.map((s) => (
                      <li key={s.href}>
                        <Link href={`/dang-nhap?callbackUrl=${encodeURIComponent(s.href)}`} className="link">
                          {s.label}
                        </Link>
                        {": "}
                        {s.hint}
                      </li>
                    ))}
                  </ol>
                </div>
              }
              fields={[
                ...(askProvince
                  ? [
                      {
                        name: "provinceName",
                        label: t.province,
                        type: "select" as const,
                        required: true,
                        placeholder: t.provincePlaceholder,
                        hint: t.provinceHint,
                        options: setupProvinces().map((p) => ({ value: p, label: p })),
                      },
                    ]
                  : []),
                { name: "username", label: t.username, autoComplete: "username" },
                { name: "fullName", label: t.fullName, autoComplete: "name" },
                {
                  name: "password",
                  label: t.password,
                  type: "password",
                  autoComplete: "new-password",
                  hint: t.passwordHint,
                },
                { name: "confirmPassword", label: t.confirmPassword, type: "password", autoComplete: "new-password" },
              ]}
            >
              <p className="text-sm">
                <Link href="/dang-nhap" className="text-brand-800 underline">
                  {t.login}
                </Link>
              </p>
            </SimpleForm>
          </>
        ) : (
          <p role="alert" className="mt-3 text-sm text-slate-700">
            {t.closed}
          </p>
        )}
      </div>
    </div>
  );
}
