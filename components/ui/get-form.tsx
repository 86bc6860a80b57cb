"use client";
import type { ComponentProps } from "react";

/**
 * Leaves the empty fields out of the query, so a search gives `/mo-hinh?q=duong` and not
 * `/mo-hinh?q=duong&campaign=&field=&kind=&state=` (the address people copy into a message or a note).
 */
export function pruneEmptyFields(form: HTMLFormElement): void {
  const pruned: (HTMLInputElement | HTMLSelectElement)[] = [];
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) continue;
    if (!el.name || el.disabled || el.value !== "") continue;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) continue;
    el.disabled = true;
    pruned.push(el);
  }
  // The browser builds the query right after the submit event: give the fields back afterwards, so the form
  // is whole again if the person comes back to this page (back button, page cache).
  if (pruned.length) setTimeout(() => pruned.forEach((el) => (el.disabled = false)), 0);
}

/**
 * A filter form that submits by GET without its empty fields. Without JavaScript it is a plain GET form (the
 * empty fields are sent and mean "all", as the pages read them).
 */
export function GetForm({ onSubmit, ...props }: Omit<ComponentProps<"form">, "method">) {
  return (
    <form
      {...props}
      method="get"
      onSubmit={(e) => {
        onSubmit?.(e);
        if (!e.defaultPrevented) pruneEmptyFields(e.currentTarget);
      }}
    />
  );
}
