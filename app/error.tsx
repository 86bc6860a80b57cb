"use client";

import { ErrorContent } from "@/components/feedback/error-content";

// retry() re-fetches the server part as well; reset() alone would re-render the same failed payload.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="noi-dung" tabIndex={-1} className="min-h-dvh border-t-4 border-brand-700 px-4 py-12">
      <ErrorContent error={error} onRetry={retry} />
    </main>
  );
}
