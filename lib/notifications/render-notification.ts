/** A stored notification (message key + params) rendered in the UI language (texts: lib/i18n/notifications.ts). */
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { notificationsText as t } from "@/lib/i18n/notifications";

export type NotificationKey = keyof typeof t.messages;

export type NotificationParams = {
  title: string;
  code?: string;
  /** Committee level of the step; rendered as "cấp xã" / "cấp huyện" / "cấp tỉnh". */
  level?: UnitLevel;
  unitName?: string;
  comment?: string;
};

/** The Vietnamese text of a stored notification; unknown keys (from a later version) fall back to a generic line. */
export function renderNotification(messageKey: string, params: unknown): string {
  const template = (t.messages as Record<string, string>)[messageKey];
  if (!template) return t.fallback;
  const p = (params && typeof params === "object" ? params : {}) as Record<string, unknown>;
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = p[name];
      if (name === "level") return typeof v === "string" && v in t.levels ? t.levels[v as UnitLevel] : "";
      return v == null ? "" : String(v);
    })
    .replace(/\s+([.:])/g, "$1")
    .replace(/:\s*$/, ".")
    .trim();
}
