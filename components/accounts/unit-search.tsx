import { GetForm } from "@/components/ui/get-form";
import { accountsText } from "@/lib/i18n/accounts";
import { buttonClasses } from "@/components/ui/button";
import { filterControlClass } from "@/components/ui/filter-control";

/** The unit picker's search half: a GET form, so it works without JavaScript and the URL keeps it. */
export function UnitSearch({
  action,
  value,
  label = accountsText.admin.unitSearch,
  button = accountsText.admin.unitPick,
}: {
  action: string;
  value?: string;
  label?: string;
  button?: string;
}) {
  return (
    <GetForm action={action} role="search" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="tim-don-vi" className="block text-sm font-semibold text-slate-800">
          {label}
        </label>
        <input id="tim-don-vi" name="donvi" defaultValue={value} className={filterControlClass} />
      </div>
      <button type="submit" className={buttonClasses("secondary", "md")}>
        {button}
      </button>
    </GetForm>
  );
}
