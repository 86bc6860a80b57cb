import type { ReactNode } from "react";
import { requireSection } from "../_lib/require-section";

export default async function IssuersLayout({ children }: { children: ReactNode }) {
  await requireSection("issuers");
  return children;
}
