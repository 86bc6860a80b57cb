import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { vi } from "@/lib/i18n/vi";
import { first, type SearchParams } from "@/lib/search-params";
import { safeCallbackUrl } from "./callback-url";
import { LoginForm } from "./login-form";
import { DraftsNotSaved } from "@/components/models/local-draft";

export const metadata: Metadata = { title: vi.login.title };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getActor()) redirect(callbackUrl);

  // Why the person is here again: a save that found the session gone (the form keeps a local draft) or a page.
  const why = first(params["ly-do"]);
  const reason =
    why === "het-phien"
      ? vi.login.sessionExpired
      : why === "thao-tac-chua-thuc-hien"
        ? vi.login.actionNotDone
        : why === "phien-ket-thuc"
          ? vi.login.sessionEnded
          : null;

  // next-auth's own endpoints send failures back here as ?error=CredentialsSignin&code=…
  const error = first(params.error);
  const code = first(params.code);
  const initialError = error
    ? error === "CredentialsSignin"
      ? code === "throttled"
        ? vi.login.throttled
        : vi.login.invalid
      : vi.login.unavailable
    : undefined;

  return (
    <div className="w-full max-w-sm">
      <div className="rounded-xl border border-slate-200 bg-white px-5 py-6 shadow-sm sm:px-7 sm:py-8">
        <h1 className="text-xl font-bold text-slate-900">{vi.login.title}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{vi.login.intro}</p>
        {/* A save that found the session gone: what it sent was not saved (local-draft.tsx). */}
        {why === "het-phien" || why === "thao-tac-chua-thuc-hien" ? <DraftsNotSaved /> : null}
        {reason ? (
          <p
            role="status"
            className="mb-5 rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950"
          >
            {reason}
          </p>
        ) : null}
        <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
      </div>
      <p className="mt-5 px-1 text-center text-sm text-slate-600">{vi.login.help}</p>
    </div>
  );
}
