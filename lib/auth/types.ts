import type { Role, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";

/** The signed-in person as every use case sees it: who, with which role, on which unit subtree. */
export type Actor = {
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number;
  unitName: string;
  unitLevel: UnitLevel;
  /** The unit's kind: names the reviewer's level as it is today (lib/i18n/levels.ts); absent in old tokens' tests. */
  unitKind?: UnitKind;
  /** Materialised path of the actor's unit ("/1/12/345/"); scopes every query to its subtree. */
  unitPath: string;
};
