import type { ReactNode } from "react";
import { requireSection } from "../_lib/require-section";

export default async function ImportLayout({ children }: { children: ReactNode }) {
  await requireSection("dataImport");
  return children;
}
