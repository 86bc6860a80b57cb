import { describe, expect, it } from "vitest";
import { formFiles } from "./form-files";

describe("formFiles", () => {
  it("drops the empty nameless part a browser sends when no file is chosen, keeps a chosen 0-byte file", () => {
    const fd = new FormData();
    fd.append("files", new File([], ""));
    fd.append("files", new File([], "undefined"));
    fd.append("files", new File([], "bien-ban-trong.pdf"));
    fd.append("files", new File([new Uint8Array([1, 2, 3])], "anh.jpg"));
    fd.append("files", "not a file");
    fd.append("other", new File([new Uint8Array([1])], "khac.pdf"));
    expect(formFiles(fd).map((f) => [f.name, f.size])).toEqual([
      ["bien-ban-trong.pdf", 0],
      ["anh.jpg", 3],
    ]);
  });
});
