import Link from "next/link";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Button } from "@/components/ui/button";
import { inputClasses } from "./field";

/** A GET form: the query lives in the URL (`?q=`), so a link reproduces the search. */
export function SearchBox({ defaultValue }: { defaultValue: string }) {
  const t = decisionsUi.list;
  return (
    <form role="search" action="/quyet-dinh" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <label htmlFor="tim-quyet-dinh" className="block text-sm font-medium text-slate-800">
          {t.searchLabel}
        </label>
        <input
          id="tim-quyet-dinh"
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={t.searchPlaceholder}
          className={inputClasses}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {t.searchButton}
        </Button>
        {defaultValue ? (
          <Link
            href="/quyet-dinh"
            className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-slate-700 underline"
          >
            {t.clearSearch}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
