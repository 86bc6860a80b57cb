import type { ReactNode } from "react";
import { requireSection } from "../_lib/require-section";

export default async function CampaignsLayout({ children }: { children: ReactNode }) {
  await requireSection("campaigns");
  return children;
}
