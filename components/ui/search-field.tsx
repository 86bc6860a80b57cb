import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { filterControlClass } from "@/components/ui/filter-control";
import { cx } from "@/components/ui/cx";

/**
 * The search box of a GET filter form: label, `q` input and its hint. `children` (e.g. the submit
 * button) stand on the input's line; `hintFrom` hides the hint on phones.
 */
export function SearchField({
  id,
  label,
  hint,
  defaultValue,
  maxLength,
  className,
  hintFrom,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  defaultValue?: string;
  maxLength?: number;
  className?: string;
  hintFrom?: "sm";
  children?: ReactNode;
}) {
  const input = (
    <input
      id={id}
      name="q"
      type="search"
      defaultValue={defaultValue ?? ""}
      maxLength={maxLength}
      aria-describedby={`${id}-goi-y`}
      className={children ? `${filterControlClass} min-w-0 flex-1` : filterControlClass}
    />
  );
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {children ? (
        <div className="flex items-end gap-2">
          {input}
          {children}
        </div>
      ) : (
        input
      )}
      <p id={`${id}-goi-y`} className={cx("mt-1 text-sm text-slate-600", hintFrom === "sm" && "hidden sm:block")}>
        {hint}
      </p>
    </div>
  );
}

/** Submit, and "clear" back to `clearHref` once a filter is set. */
export function FilterActions({
  submit,
  clear,
  clearHref,
  filtered,
  className = "flex items-end gap-3",
  clearClassName = "inline-flex min-h-11 items-center link",
}: {
  submit: string;
  clear: string;
  clearHref: string;
  filtered: boolean;
  className?: string;
  clearClassName?: string;
}) {
  return (
    <div className={className}>
      <Button type="submit" variant="secondary">
        {submit}
      </Button>
      {filtered ? (
        <Link href={clearHref} className={clearClassName}>
          {clear}
        </Link>
      ) : null}
    </div>
  );
}
