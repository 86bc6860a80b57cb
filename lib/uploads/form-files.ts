import type { UploadedFile } from "./store-upload";

/** Non-empty files of a multi-file input (a browser sends an empty part when none is chosen). */
export function formFiles(fd: FormData, name = "files"): UploadedFile[] {
  return fd
    .getAll(name)
    .filter(
      (v): v is File =>
        typeof v === "object" && v !== null && "arrayBuffer" in v && (v as File).size > 0 && (v as File).name !== "",
    );
}
