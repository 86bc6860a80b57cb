"use client";

import "./fonts.css";
import "./globals.css";
import { shellText } from "@/lib/i18n/shell";
import { ErrorContent } from "@/components/feedback/error-content";

/** Replaces the root layout when it fails, so it brings its own document, language and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-dvh">
        <title>{`${shellText.error.title} · ${shellText.app.name}`}</title>
        <main id="noi-dung" tabIndex={-1} className="min-h-dvh border-t-4 border-brand-700 px-4 py-12">
          <ErrorContent error={error} onRetry={retry} />
        </main>
      </body>
    </html>
  );
}
