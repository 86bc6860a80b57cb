import type { ReactNode } from "react";
import { vi } from "@/lib/i18n/vi";
import { BrandMark } from "@/components/layout/brand-mark";
import { DemoBanner } from "@/components/accounts/demo-banner";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col border-t-4 border-brand-700 bg-gradient-to-b from-brand-50/60 via-stone-50 to-stone-50">
      <DemoBanner />
      <main id="noi-dung" tabIndex={-1} className="flex flex-1 flex-col items-center px-4 pt-10 pb-12 sm:pt-16">
        <div className="mb-6 flex flex-col items-center text-center">
          <BrandMark className="size-14" />
          <p className="mt-3 text-2xl font-bold tracking-tight text-brand-800">{vi.app.name}</p>
          <p className="mt-1 text-sm text-slate-600">{vi.app.tagline}</p>
        </div>
        {children}
      </main>
    </div>
  );
}
