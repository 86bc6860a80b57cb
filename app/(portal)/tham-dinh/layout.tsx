import type { ReactNode } from "react";
import { requireSection } from "../_lib/require-section";

export default async function SectionLayout({ children }: { children: ReactNode }) {
  await requireSection("review");
  return children;
}
