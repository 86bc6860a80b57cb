/**
 * Notification texts. A Notification row stores a message key and its params (never the text), so the
 * text is rendered in the UI language when shown and can be reworded without touching stored rows.
 */
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { levelPhrase } from "@/lib/i18n/levels";

export const NOTIFICATION_MESSAGES = {
  "model.review_started": "Mô hình “{title}” đang được thẩm định {level}.",
  "model.revision_requested": "Mô hình “{title}” được yêu cầu bổ sung hồ sơ {level}: {comment}",
  "model.recognized": "Mô hình “{title}” đã được công nhận {level}.",
  "model.not_recognized": "Mô hình “{title}” chưa được công nhận {level}: {comment}",
  "model.typical": "Mô hình “{title}” đã được công nhận điển hình {level}.",
  "model.proposed": "Mô hình “{title}” đã được đề nghị lên {unitName} xem xét, công nhận.",
  "review.submitted": "{unitName} đã gửi đăng ký mô hình “{title}” ({code}), chờ thẩm định {level}.",
  "review.resubmitted": "{unitName} đã bổ sung và gửi lại mô hình “{title}” ({code}), chờ thẩm định {level}.",
  "review.proposed": "{unitName} đề nghị xem xét, công nhận mô hình “{title}” ({code}) {level}.",
  "model.step_undone": "Bước thẩm định gần nhất của mô hình “{title}” {level} đã được hoàn tác.",
} as const;

export type NotificationKey = keyof typeof NOTIFICATION_MESSAGES;

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

export const NOTIFICATION_UI = {
  fallback: "Bạn có thông báo mới về mô hình.",
} as const;

const LEVELS: readonly string[] = ["PROVINCE", "DISTRICT", "COMMUNE", "GRASSROOTS"];

function levelText(p: Record<string, unknown>, at: Date | undefined): string {
  const level = p.level;
  if (typeof level !== "string" || !LEVELS.includes(level)) return "";
  const unit = p.levelUnit as { kind?: UnitKind; name?: string } | undefined;
  const phrase = levelPhrase({ level: level as UnitLevel, kind: unit?.kind, name: unit?.name }, at);
  return phrase === "cơ sở" ? "cấp cơ sở" : phrase;
}

/**
 * The Vietnamese text of a stored notification (`at`: when it was written, so its level reads as it was
 * then); unknown keys (from a later version) fall back to a generic line.
 */
export function renderNotification(messageKey: string, params: unknown, at?: Date): string {
  const template = (NOTIFICATION_MESSAGES as Record<string, string>)[messageKey];
  if (!template) return NOTIFICATION_UI.fallback;
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
