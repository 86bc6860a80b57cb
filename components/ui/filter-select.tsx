"use client";

import { useState } from "react";
import { ChosenName } from "./chosen-name";
import { filterControlClass } from "./filter-control";

export type FilterOption = { value: string; label: string };

/**
 * A labelled select of a filter form; the empty first option means "no filter". `long`: its options are long
 * names (campaigns), and the chosen one is written out whole under it (ChosenName), as it changes.
 */
export function FilterSelect({
  id,
  name,
  label,
  all,
  value,
  options,
  className,
  long = false,
}: {
  /** Of the wrapper, e.g. a grid span for a select whose options are long names. */
  className?: string;
  id: string;
  name: string;
  label: string;
  all: string;
  value?: string;
  options: FilterOption[];
  long?: boolean;
}) {
  const [chosen, setChosen] = useState(value ?? "");
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        onChange={(e) => setChosen(e.target.value)}
        className={filterControlClass}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {long ? <ChosenName text={options.find((o) => o.value === chosen)?.label} /> : null}
    </div>
  );
}
