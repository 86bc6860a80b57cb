import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { recentSignIns } from "@/lib/accounts/own-account";
import { formatDateTime } from "@/lib/format";
import { accountsText } from "@/lib/i18n/accounts";
import { actorRoleName } from "@/lib/i18n/levels";
import { first, type SearchParams } from "@/lib/search-params";
import { ownPasswordFields } from "@/components/accounts/password-fields";
import { SimpleForm } from "@/components/accounts/simple-form";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { signOutEverywhereAction } from "../actions";
import { changeOwnPasswordAction } from "./actions";

const t = accountsText.own;
export const metadata: Metadata = { title: t.title };

export default async function OwnAccountPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const changed = first((await searchParams)["doi-mat-khau"]) === "1";
  const signIns = await recentSignIns(actor);

  return (
    <>
      <PageHeader
        title={t.title}
        description={`${actor.fullName} · ${actor.username} · ${actorRoleName(actor)} · ${actor.unitName}`}
      />
      {changed ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {t.changedInPlace}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="doi-mat-khau">
          <CardHeader id="doi-mat-khau" title={t.changePassword} />
          <div className="px-4 py-4 sm:px-5">
            <SimpleForm
              id="mat-khau"
              action={changeOwnPasswordAction}
              fields={ownPasswordFields}
              submitLabel={t.submit}
              pendingLabel={t.pending}
            />
          </div>
        </Card>
        <Card aria-labelledby="dang-xuat-moi-noi">
          <CardHeader id="dang-xuat-moi-noi" title={t.signOutEverywhere} description={t.signOutEverywhereHint} />
          <form action={signOutEverywhereAction} className="px-4 py-4 sm:px-5">
            <button type="submit" className={buttonClasses("secondary", "md")}>
              {t.signOutEverywhere}
            </button>
          </form>
        </Card>
      </div>
      <Card aria-labelledby="dang-nhap-gan-day" className="mt-6">
        <CardHeader id="dang-nhap-gan-day" title={t.recentSignIns} />
        {signIns.length ? (
          <ul className="divide-y divide-slate-100">
            {signIns.map((s) => (
              <li key={s.id} className="flex flex-wrap justify-between gap-2 px-4 py-3 text-sm sm:px-5">
                <span>{formatDateTime(s.at)}</span>
                <span className="font-mono text-xs text-slate-600">{s.ip}</span>
                <span className={s.success ? "text-emerald-800" : "text-brand-800"}>
                  {s.success ? t.success : t.failure}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{t.noSignIns}</p>
        )}
      </Card>
    </>
  );
}
