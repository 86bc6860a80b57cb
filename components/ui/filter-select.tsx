/** Styling shared by the controls of the GET filter forms (base text size: phones do not zoom in). */
export const filterControlClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm";

export type FilterOption = { value: string; label: string };

/** A labelled select of a filter form; the empty first option means "no filter". */
export function FilterSelect({
  id,
  name,
  label,
  all,
  value,
  options,
  className,
}: {
  /** Of the wrapper, e.g. a grid span for a select whose options are long names. */
  className?: string;
  id: string;
  name: string;
  label: string;
  all: string;
  value?: string;
  options: FilterOption[];
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={filterControlClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
