/** A stored notification (message key + params) rendered in the UI language (texts: lib/i18n/notifications.ts). */
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { levelPhrase } from "@/lib/i18n/levels";
import { notificationsText as t } from "@/lib/i18n/notifications";
import { UNIT_LEVELS } from "@/lib/workflow/state-machine";

export type NotificationKey = keyof typeof t.messages;

export type NotificationParams = {
  title: string;
  code?: string;
  /** Committee level of the step; rendered as the level was on the notification's date ("cấp xã", "cấp tỉnh", …). */
  level?: UnitLevel;
  /** The committee of that level, when known: a police department's party committee is not "cấp xã". */
  levelUnit?: { kind: UnitKind; name: string };
  unitName?: string;
  comment?: string;
};

function levelText(p: Record<string, unknown>, at: Date | undefined): string {
  const level = p.level;
  if (typeof level !== "string" || !(UNIT_LEVELS as readonly string[]).includes(level)) return "";
  const unit = p.levelUnit as { kind?: UnitKind; name?: string } | undefined;
  const phrase = levelPhrase({ level: level as UnitLevel, kind: unit?.kind, name: unit?.name }, at);
  return phrase === "cơ sở" ? "cấp cơ sở" : phrase;
}

/**
 * The Vietnamese text of a stored notification (`at`: when it was written, so its level reads as it was
 * then); unknown keys (from a later version) fall back to a generic line.
 */
export function renderNotification(messageKey: string, params: unknown, at?: Date): string {
  const template = (t.messages as Record<string, string>)[messageKey];
  if (!template) return t.fallback;
  const p = (params && typeof params === "object" ? params : {}) as Record<string, unknown>;
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = p[name];
      if (name === "level") return levelText(p, at);
      return v == null ? "" : String(v);
    })
    .replace(/\s+([.:])/g, "$1")
    .replace(/:\s*$/, ".")
    .trim();
}
