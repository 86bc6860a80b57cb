import { contentDisposition } from "@/lib/uploads/content-disposition";

export function xlsxHeaders(fileName: string): HeadersInit {
  return {
    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Content-Disposition": contentDisposition(fileName),
    "Cache-Control": "no-store",
  };
}
