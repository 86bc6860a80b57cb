import { campaignText as t } from "@/lib/i18n/campaigns";
import type { FormField } from "./simple-form";

type Values = Partial<
  Record<"name" | "startDate" | "endDate" | "registrationDeadline" | "guidanceRef" | "targets" | "criteria", string>
>;

export function campaignFields(v: Values = {}): FormField[] {
  return [
    { name: "name", label: t.name, defaultValue: v.name },
    { name: "startDate", label: t.startDate, defaultValue: v.startDate },
    { name: "endDate", label: t.endDate, defaultValue: v.endDate },
    { name: "registrationDeadline", label: t.registrationDeadline, defaultValue: v.registrationDeadline },
    { name: "guidanceRef", label: t.guidanceRef, defaultValue: v.guidanceRef },
    { name: "targets", label: t.targets, type: "textarea", defaultValue: v.targets },
    {
      name: "criteria",
      label: t.criteria,
      type: "textarea",
      defaultValue: v.criteria ?? "HQ | Hiệu quả | 40\nST | Sáng tạo | 30\nNR | Khả năng nhân rộng | 30",
    },
  ];
}
