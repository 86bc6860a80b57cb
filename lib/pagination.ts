/** Page size of the portal's plain lists (models, users). */
export const PAGE_SIZE = 20;

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
