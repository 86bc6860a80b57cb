import { accountsText } from "@/lib/i18n/accounts";

/** Shown on every page while the database holds the demo data (the start script sets DVK_DEMO). */
export function DemoBanner() {
  if (process.env.DVK_DEMO !== "1") return null;
  return (
    // A landmark of its own (axe: all content in landmarks); data-demo-banner: the print styles leave it out.
    <section aria-label={accountsText.demoBannerLabel} data-demo-banner="">
      <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-900">
        {accountsText.demoBanner}
      </p>
    </section>
  );
}
