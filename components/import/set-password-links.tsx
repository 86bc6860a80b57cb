"use client";
import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/format";
import { IMU } from "@/lib/i18n/import-units";
import { IMPORT_LINK_DAYS, type LinkView } from "@/lib/import/accounts/link-types";

const t = IMU.accounts;
const noop = () => () => {};

/** The one-time set-password links of the accounts an import created, shown to the importer only. */
export function SetPasswordLinks({ links }: { links: LinkView[] }) {
  // The full address needs the browser's origin; the server renders the path alone.
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
  return (
    <section aria-labelledby="lien-ket" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="lien-ket" className="text-lg font-semibold text-slate-900">
        {t.linksHeading}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t.linksIntro(IMPORT_LINK_DAYS)}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-3">
                {t.login}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.name}
              </th>
              <th scope="col" className="py-2">
                {t.link}
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.username} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3 font-mono break-all">{l.username}</td>
                <td className="py-2 pr-3">{l.fullName}</td>
                <td className="py-2">
                  {l.path ? (
                    <>
                      <input
                        readOnly
                        aria-label={`${t.link} ${l.username}`}
                        value={`${origin}${l.path}`}
                        onFocus={(e) => e.currentTarget.select()}
                        className="block w-full min-w-64 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
                      />
                      <span className="text-xs text-slate-600">{t.expires(formatDate(new Date(l.expiresAt)))}</span>
                    </>
                  ) : (
                    <span className="text-slate-700">{l.state === "used" ? t.linkUsed : t.linkExpired}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
