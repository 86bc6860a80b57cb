// The demo logins, one per role (plain data: README and the browser journeys read it too).
export const DEMO_PASSWORD = "DanVan@2026";
/** The pre-reform province loaded with its successor (Tỉnh Thái Nguyên): 8 districts, 108 communes. */
export const DEMO_OLD_PROVINCE = "Tỉnh Bắc Kạn";
export const DEMO_COMMUNE_CODE = "X-02020"; // Xã Chợ Đồn (from 1/7/2025), took over Thị trấn Bằng Lũng and 3 communes
export const CANBO_UNIT_CODE = "G-X-02020-00";

export type DemoAccount = {
  username: string;
  role: "UNIT_CADRE" | "COMMUNE_REVIEWER" | "DISTRICT_REVIEWER" | "PROVINCE_OFFICER" | "ADMIN";
  fullName: string;
  unitCode: string;
  unit: string;
};

/**
 * One account per role, all with DEMO_PASSWORD. The district reviewer sits at a district-level
 * equivalent (Đảng ủy Công an tỉnh): since 1/7/2025 districts no longer exist, so the only district-level
 * committees that still review anything in the open campaign are the equivalents.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "canbo",
    role: "UNIT_CADRE",
    fullName: "Hoàng Thị Mai",
    unitCode: CANBO_UNIT_CODE,
    unit: "Chi bộ thôn Nà Lẹng, xã Chợ Đồn (đơn vị cơ sở)",
  },
  {
    username: "xa",
    role: "COMMUNE_REVIEWER",
    fullName: "Nông Văn Thắng",
    unitCode: DEMO_COMMUNE_CODE,
    unit: "Xã Chợ Đồn (thẩm định cấp xã)",
  },
  {
    username: "huyen",
    role: "DISTRICT_REVIEWER",
    fullName: "Ma Đức Cường",
    unitCode: "DE-19-ca",
    unit: "Đảng ủy Công an tỉnh Thái Nguyên (trực thuộc tỉnh; đến 30/6/2025 tương đương cấp huyện)",
  },
  {
    username: "tinh",
    role: "PROVINCE_OFFICER",
    fullName: "Triệu Thị Hương",
    unitCode: "P-19",
    unit: "Tỉnh Thái Nguyên – Ban Tuyên giáo và Dân vận Tỉnh ủy",
  },
  {
    username: "quantri",
    role: "ADMIN",
    fullName: "Lý Quang Huy",
    unitCode: "P-19",
    unit: "Tỉnh Thái Nguyên – quản trị hệ thống",
  },
];
