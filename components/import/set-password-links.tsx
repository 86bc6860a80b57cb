"use client";
import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/format";
import { IMU } from "@/lib/i18n/import-units";
import { IMPORT_LINK_DAYS, type LinkView } from "@/lib/import/accounts/link-types";
import { ImportSection, RowTable } from "./panel";

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
    <ImportSection id="lien-ket" heading={t.linksHeading}>
      <p className="mt-1 text-sm text-slate-600">{t.linksIntro(IMPORT_LINK_DAYS)}</p>
      <div className="mt-3 overflow-x-auto">
        <RowTable
          headers={[t.login, t.name, t.link]}
          columnClass={["font-mono break-all"]}
          items={links}
          itemKey={(l) => l.username}
          cells={(l) => [
            l.username,
            l.fullName,
            l.path ? (
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
            ),
          ]}
        />
      </div>
    </ImportSection>
  );
}
