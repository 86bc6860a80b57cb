import type { Metadata } from "next";
import { vi } from "@/lib/i18n/vi";
import { NotFoundContent } from "@/components/feedback/not-found-content";

export const metadata: Metadata = { title: vi.notFound.title };

export default function NotFound() {
  return (
    <main id="noi-dung" tabIndex={-1} className="min-h-dvh border-t-4 border-brand-700 px-4 py-12">
      <NotFoundContent />
    </main>
  );
}
