"use client";
import { useState, useSyncExternalStore } from "react";
import { buttonClasses } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { IMU } from "@/lib/i18n/import-units";
import { IMPORT_LINK_DAYS, type LinkView } from "@/lib/import/accounts/link-types";
import { safeCell } from "@/lib/import/safe-cell";
import { ImportSection, RowTable } from "./panel";

const t = IMU.accounts;
const noop = () => () => {};

/**
 * The one-time set-password links of the accounts an import created, shown to the importer only: each with
 * a copy button, all of them copied at once (tab-separated, pastes into a spreadsheet) or saved as a CSV for
 * a mail merge. Two columns (the account, its link) so the links stay readable on a 360 px phone.
 */
export function SetPasswordLinks({ links }: { links: LinkView[] }) {
  // The full address needs the browser's origin; the server renders the path alone.
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
  // Its buttons work once the page runs (and only then is the origin known).
  const ready = origin !== "";
  const [status, setStatus] = useState("");
  // Whose link was copied last, said beside its button too (the status line is far from a phone's row).
  const [copiedFor, setCopiedFor] = useState<string | null>(null);
  const open = links.filter((l) => l.path);
  const rows = open.map((l) => [l.username, l.fullName, `${origin}${l.path}`, formatDate(new Date(l.expiresAt))]);
  const copy = async (text: string, n: number, login: string | null = null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(login ? t.copiedFor(login) : t.copied(n));
      setCopiedFor(login);
    } catch {
      setStatus(t.copyFailed);
      setCopiedFor(null);
    }
  };
  const download = async () => {
    // Loaded when used: this page's other visitors never need the CSV writer.
    const { default: Papa } = await import("papaparse");
    // With a byte-order mark, so Excel opens the Vietnamese names as UTF-8.
    // No cell a spreadsheet would take for a formula (a name typed "=…" in the imported file).
    const csv = "\uFEFF" + Papa.unparse([t.listHeaders, ...rows.map((r) => r.map(safeCell))]);
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = t.listFile;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <ImportSection id="lien-ket" heading={t.linksHeading}>
      <p className="mt-1 text-sm text-slate-600">{t.linksIntro(IMPORT_LINK_DAYS)}</p>
      {open.length ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClasses("secondary", "sm")}
            disabled={!ready}
            // Pasted into a spreadsheet: no cell it would take for a formula, as in the CSV.
            onClick={() =>
              copy([t.listHeaders, ...rows].map((r) => r.map(safeCell).join("\t")).join("\n"), rows.length)
            }
          >
            {t.copyAll}
          </button>
          <button type="button" className={buttonClasses("secondary", "sm")} onClick={download} disabled={!ready}>
            {t.download}
          </button>
        </div>
      ) : null}
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
      <RowTable
        fixed
        headers={[t.account, t.link]}
        columnClass={["w-1/3 break-words", "min-w-0"]}
        items={links}
        itemKey={(l) => l.username}
        cells={(l) => [
          <>
            <span className="block font-mono break-all">{l.username}</span>
            <span className="block text-slate-700">{l.fullName}</span>
          </>,
          l.path ? (
            <>
              <div className="flex flex-col gap-1 sm:flex-row sm:gap-2">
                <input
                  readOnly
                  aria-label={`${t.link} ${l.username}`}
                  value={`${origin}${l.path}`}
                  onFocus={(e) => e.currentTarget.select()}
                  className="block w-full min-w-0 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
                />
                <button
                  type="button"
                  aria-label={t.copyFor(l.username)}
                  className={buttonClasses("secondary", "sm", "shrink-0 self-start")}
                  disabled={!ready}
                  onClick={() => copy(`${origin}${l.path}`, 1, l.username)}
                >
                  {t.copy}
                </button>
              </div>
              {copiedFor === l.username ? (
                <span aria-hidden="true" className="block text-xs font-medium text-emerald-800">
                  {t.copiedHere}
                </span>
              ) : null}
              <span className="text-xs text-slate-600">{t.expires(formatDate(new Date(l.expiresAt)))}</span>
            </>
          ) : (
            <span className="text-slate-700">{l.state === "used" ? t.linkUsed : t.linkExpired}</span>
          ),
        ]}
      />
    </ImportSection>
  );
}
