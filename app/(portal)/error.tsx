"use client";

import { ErrorContent } from "@/components/feedback/error-content";

/** A failing page keeps the portal's header and navigation around the error message. */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} onRetry={retry} />;
}
