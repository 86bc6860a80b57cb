import type { ModelState, Role, UnitLevel } from "@/lib/enums";
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

export function TypicalBadge({ level }: { level: UnitLevel }) {
  return <Badge tone="accent">{typicalAtLevel(level)}</Badge>;
}
