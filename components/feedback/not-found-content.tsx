import { vi } from "@/lib/i18n/vi";
import { ButtonLink } from "@/components/ui/button";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">{vi.notFound.title}</h1>
      <p className="mt-2 text-slate-600">{vi.notFound.text}</p>
      <ButtonLink href="/" className="mt-6">
        {vi.app.backHome}
      </ButtonLink>
    </div>
  );
}
