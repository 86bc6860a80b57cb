import { describe, expect, it } from "vitest";
import { loginUrlFor } from "./return-path";

describe("loginUrlFor", () => {
  it("sends someone whose session ended back to the page, with the reason", () => {
    expect(loginUrlFor("/mo-hinh?q=na+leng", ["authjs.session-token"])).toBe(
      "/dang-nhap?ly-do=phien-ket-thuc&callbackUrl=%2Fmo-hinh%3Fq%3Dna%2Bleng",
    );
    expect(loginUrlFor("/tham-dinh", ["__Secure-authjs.session-token.0"])).toBe(
      "/dang-nhap?ly-do=phien-ket-thuc&callbackUrl=%2Ftham-dinh",
    );
  });

  it("after a form's action, says the action was not carried out", () => {
    expect(loginUrlFor("/tham-dinh/12", ["authjs.session-token"], true)).toBe(
      "/dang-nhap?ly-do=thao-tac-chua-thuc-hien&callbackUrl=%2Ftham-dinh%2F12",
    );
    expect(loginUrlFor("/tham-dinh/12", [], true)).toBe("/dang-nhap?callbackUrl=%2Ftham-dinh%2F12");
  });

  it("gives no reason to someone who never signed in, and no callback for the home page or a foreign path", () => {
    expect(loginUrlFor("/", [])).toBe("/dang-nhap");
    expect(loginUrlFor(null, ["other"])).toBe("/dang-nhap");
    expect(loginUrlFor("//evil.example/x", [])).toBe("/dang-nhap");
    expect(loginUrlFor("/quyet-dinh", [])).toBe("/dang-nhap?callbackUrl=%2Fquyet-dinh");
  });
});
