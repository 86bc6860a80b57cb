/**
 * Styling shared by the controls of the GET filter forms (base text size: phones do not zoom in). Apart from
 * filter-select.tsx, a client module: a server component importing a string from one gets a reference.
 */
export const filterControlClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm";
