import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSection } from "../../../_lib/require-section";
import { getAccount, searchUnits } from "@/lib/accounts/queries";
import { formatDateTime } from "@/lib/format";
import { accountsText } from "@/lib/i18n/accounts";
import { vi } from "@/lib/i18n/vi";
import { first, type SearchParams } from "@/lib/search-params";
import { roleOptions, unitField } from "@/components/accounts/account-options";
import { SimpleForm } from "@/components/accounts/simple-form";
import { UnitSearch } from "@/components/accounts/unit-search";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { resetAccountPasswordAction, setAccountDisabledAction, updateAccountAction } from "../../actions";

const t = accountsText.admin;
export const metadata: Metadata = { title: t.edit };

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requireSection("admin");
  const account = await getAccount(actor, Number((await params).id));
  if (!account) notFound();
  const query = await searchParams;
  const q = first(query.donvi);
  const found = await searchUnits(actor, q);
  const units = [account.unit, ...found.filter((u) => u.id !== account.unitId)];
  const href = `/quan-tri/tai-khoan/${account.id}`;

  return (
    <>
      <PageHeader
        title={`${account.fullName} (${account.username})`}
        description={`${vi.admin.lastLogin}: ${account.lastLoginAt ? formatDateTime(account.lastLoginAt) : vi.admin.never}`}
      />
      <p className="mb-4 flex flex-wrap gap-2">
        <Badge tone={account.disabled ? "muted" : "success"}>
          {account.disabled ? vi.admin.disabled : vi.admin.active}
        </Badge>
        {account.mustChangePassword ? <Badge tone="muted">{t.mustChangeBadge}</Badge> : null}
      </p>
      {first(query["da-luu"]) === "1" ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {t.saved}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="sua-tai-khoan">
          <CardHeader id="sua-tai-khoan" title={t.edit} />
          <div className="px-4 py-4 sm:px-5">
            <UnitSearch action={href} value={q} />
            <SimpleForm
              id="sua"
              action={updateAccountAction}
              hidden={{ id: String(account.id), version: account.updatedAt.toISOString() }}
              submitLabel={t.save}
              pendingLabel={t.saving}
              fields={[
                unitField(units, account.unitId),
                { name: "role", label: t.role, type: "select", options: roleOptions, defaultValue: account.role },
                { name: "fullName", label: accountsText.setup.fullName, defaultValue: account.fullName },
                { name: "email", label: t.email, type: "email", defaultValue: account.email ?? "" },
              ]}
            />
          </div>
        </Card>
        <div className="flex flex-col gap-6">
          <Card aria-labelledby="khoa">
            <CardHeader id="khoa" title={account.disabled ? t.enable : t.disable} />
            <div className="px-4 py-4 sm:px-5">
              <SimpleForm
                id="khoa-form"
                action={setAccountDisabledAction}
                hidden={{ id: String(account.id), disabled: account.disabled ? "0" : "1" }}
                fields={[]}
                submitLabel={account.disabled ? t.enable : t.disable}
                pendingLabel={t.saving}
                confirm={
                  account.disabled
                    ? undefined
                    : {
                        title: t.disableConfirmTitle(account.username),
                        text: t.disableConfirmText(account.fullName),
                        confirmLabel: t.disableConfirm,
                        cancelLabel: t.confirmCancel,
                      }
                }
              />
            </div>
          </Card>
          <Card aria-labelledby="dat-lai">
            <CardHeader id="dat-lai" title={t.resetPassword} description={t.resetHint} />
            <div className="px-4 py-4 sm:px-5">
              <SimpleForm
                id="dat-lai-form"
                action={resetAccountPasswordAction}
                hidden={{ id: String(account.id) }}
                fields={[]}
                submitLabel={t.resetPassword}
                pendingLabel={t.saving}
                confirm={{
                  title: t.resetConfirmTitle(account.username),
                  text: t.resetConfirmText(account.fullName),
                  confirmLabel: t.resetConfirm,
                  cancelLabel: t.confirmCancel,
                }}
              />
            </div>
          </Card>
        </div>
      </div>
      <Card aria-labelledby="lich-su" className="mt-6">
        <CardHeader id="lich-su" title={t.history} />
        <ul className="divide-y divide-slate-100">
          {account.history.map((h) => (
            <li key={h.id} className="px-4 py-3 text-sm sm:px-5">
              <p className="font-medium text-slate-900">
                {(t.actions as Record<string, string>)[h.action] ?? h.action} · {formatDateTime(h.createdAt)}
                {h.actor ? (
                  <>
                    {" "}
                    · <span className="sr-only">{accountsText.history.by}: </span>
                    {h.actor.fullName}
                  </>
                ) : null}
                {h.fileName ? ` · ${accountsText.history.fromFile(h.fileName)}` : ""}
              </p>
              {h.changes.length ? (
                <ul className="mt-1 space-y-0.5 text-slate-700">
                  {h.changes.map((c) => (
                    <li key={c.label}>
                      <span className="text-slate-600">{c.label}:</span>{" "}
                      {c.before !== null && c.after !== null ? (
                        <>
                          {c.before} <span aria-hidden="true">→</span>
                          <span className="sr-only">{accountsText.history.to}</span> {c.after}
                        </>
                      ) : (
                        (c.after ?? c.before)
                      )}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
