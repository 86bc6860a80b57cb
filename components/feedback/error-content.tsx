"use client";

import { useEffect } from "react";
import { shellText } from "@/lib/i18n/shell";
import { buttonClasses } from "@/components/ui/button-classes";

/**
 * Shared body of the error boundaries; `digest` matches the server log line, never the message.
 * Every page loads the boundaries' code, so this imports neither next/link nor the whole catalogue.
 */
export function ErrorContent({
  error,
  onRetry,
  headingLevel = 1,
}: {
  error: unknown;
  onRetry: () => void;
  headingLevel?: 1 | 2;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error && typeof error === "object" && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const Heading = headingLevel === 1 ? "h1" : "h2";

  return (
    <div role="alert" className="mx-auto max-w-lg py-10 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        500
      </p>
      <Heading className="mt-4 text-2xl font-bold text-slate-900">{shellText.error.title}</Heading>
      <p className="mt-2 text-slate-600">{shellText.error.text}</p>
      {digest ? (
        <p className="mt-3 text-sm text-slate-600">
          {shellText.error.code}{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={onRetry} className={buttonClasses()}>
          {shellText.error.retry}
        </button>
        {/* A full page load, not the client router: after an error the fresh start is the point. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/" className="inline-flex min-h-11 items-center px-2 link">
          {shellText.app.backHome}
        </a>
      </div>
    </div>
  );
}
