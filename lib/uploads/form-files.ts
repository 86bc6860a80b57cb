import type { UploadedFile } from "./store-upload";

/**
 * The files of a multi-file input. A browser sends one empty, nameless part when none is chosen (Next's
 * multipart reader names it "undefined"): that part is dropped. A chosen file of 0 bytes is kept, so the
 * upload check refuses it by name ("rỗng") instead of the save silently going without it.
 */
export function formFiles(fd: FormData, name = "files"): UploadedFile[] {
  return fd
    .getAll(name)
    .filter(
      (v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v && (v.size > 0 || !isNameless(v)),
    );
}

function isNameless(file: File): boolean {
  return file.name === "" || file.name === "undefined";
}
