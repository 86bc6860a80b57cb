import { vi } from "@/lib/i18n/vi";
import { buttonClasses } from "@/components/ui/button-classes";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">{vi.notFound.title}</h1>
      <p className="mt-2 text-slate-600">{vi.notFound.text}</p>
      {/* A plain link: next/link here would add its code to every page's not-found boundary chunk. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/" className={buttonClasses("primary", "md", "mt-6")}>
        {vi.app.backHome}
      </a>
    </div>
  );
}
