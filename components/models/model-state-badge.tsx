import type { ModelState, Role, UnitKind, UnitLevel } from "@/lib/enums";
import { modelStateLabel, typicalAtLevel } from "@/lib/i18n/vi";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const stateTones: Record<ModelState, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  UNDER_REVIEW: "progress",
  NEEDS_REVISION: "warning",
  NOT_RECOGNIZED: "muted",
  RECOGNIZED: "success",
  PROPOSED: "progress",
  WITHDRAWN: "neutral",
};

/** State of a model in the words of the person reading it (gentler for the unit's own cadre). */
export function ModelStateBadge({ state, role }: { state: ModelState; role: Role }) {
  return <Badge tone={stateTones[state]}>{modelStateLabel(state, role)}</Badge>;
}

/**
 * "Điển hình cấp …". With the designation (its committee and date) the level is named as it was then;
 * without it, in words that fit both sides of the 2025 reorganisation.
 */
export function TypicalBadge({
  level,
  designation,
}: {
  level: UnitLevel;
  designation?: { unitKind: UnitKind; unitName: string; designatedAt: Date } | null;
}) {
  const label = designation
    ? typicalAtLevel({ level, kind: designation.unitKind, name: designation.unitName }, designation.designatedAt)
    : typicalAtLevel(level);
  return <Badge tone="accent">{label}</Badge>;
}
