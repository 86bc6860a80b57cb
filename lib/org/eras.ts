// Effective dates of the 2025 reorganisation (Resolution 202/2025/QH15): districts abolished, provinces
// and communes merged from 1 July 2025.

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Start given to pre-reform units (the package has no earlier history; 2008 is the last big boundary change). */
export const OLD_ERA_FROM = day("2008-01-01");
/** Last day of the pre-reform units. */
export const OLD_ERA_TO = day("2025-06-30");
/** First day of the two-level local government. */
export const NEW_ERA_FROM = day("2025-07-01");

/** Marker placed after the code prefix of pre-reform units: old and new GSO commune codes share one number space. */
export const OLD_ERA_TAG = "2008";

export function isCurrent(unit: { validFrom: Date; validTo: Date | null }, at: Date = new Date()): boolean {
  return (
    unit.validFrom.getTime() <= at.getTime() && (unit.validTo === null || unit.validTo.getTime() >= startOfUtcDay(at))
  );
}

function startOfUtcDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
