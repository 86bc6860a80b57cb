// District-level equivalents (affiliated party committees of the province) and, under them, commune-level
// equivalents and their party cells. Names are data: {province} is the province's name without "Tỉnh".

export type EquivalentPlan = {
  key: string;
  name: string;
  shortName: string;
  /** How the body is named inside an address line, e.g. "Công an tỉnh {province}". */
  seat: string;
  /** Key of the new-era equivalent that took over a pre-reform one. */
  successorKey?: string;
  children: { key: string; name: string; successorKey?: string; cells: string[] }[];
};

export const NEW_EQUIVALENTS: readonly EquivalentPlan[] = [
  {
    key: "ca",
    name: "Đảng ủy Công an tỉnh {province}",
    seat: "Công an tỉnh {province}",
    shortName: "Đảng ủy Công an tỉnh",
    children: [
      {
        key: "csgt",
        name: "Đảng bộ Phòng Cảnh sát giao thông",
        cells: ["Chi bộ Đội Tuần tra, kiểm soát số 1", "Chi bộ Đội Tuần tra, kiểm soát số 2"],
      },
      {
        key: "an",
        name: "Đảng bộ Phòng An ninh chính trị nội bộ",
        cells: ["Chi bộ Đội 1", "Chi bộ Đội 2", "Chi bộ Đội Tổng hợp"],
      },
      {
        key: "pccc",
        name: "Đảng bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        cells: ["Chi bộ Đội Chữa cháy khu vực 1", "Chi bộ Đội Chữa cháy khu vực 2"],
      },
    ],
  },
  {
    key: "qs",
    name: "Đảng ủy Quân sự tỉnh {province}",
    seat: "Bộ Chỉ huy Quân sự tỉnh {province}",
    shortName: "Đảng ủy Quân sự tỉnh",
    children: [
      {
        key: "kv1",
        name: "Đảng bộ Ban Chỉ huy Phòng thủ khu vực 1",
        cells: ["Chi bộ Cơ quan", "Chi bộ Dân quân thường trực"],
      },
      {
        key: "kv2",
        name: "Đảng bộ Ban Chỉ huy Phòng thủ khu vực 2",
        cells: ["Chi bộ Cơ quan", "Chi bộ Dân quân thường trực"],
      },
    ],
  },
  {
    key: "cqd",
    name: "Đảng ủy các cơ quan Đảng tỉnh {province}",
    seat: "tỉnh {province}",
    shortName: "Đảng ủy các cơ quan Đảng tỉnh",
    children: [
      {
        key: "vptu",
        name: "Đảng bộ Văn phòng Tỉnh ủy",
        cells: ["Chi bộ Phòng Tổng hợp", "Chi bộ Phòng Quản trị – Tài vụ"],
      },
      {
        key: "btgdv",
        name: "Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy",
        cells: ["Chi bộ Phòng Dân vận", "Chi bộ Phòng Tuyên truyền"],
      },
    ],
  },
  {
    key: "ubnd",
    name: "Đảng ủy Ủy ban nhân dân tỉnh {province}",
    seat: "tỉnh {province}",
    shortName: "Đảng ủy Ủy ban nhân dân tỉnh",
    children: [
      {
        key: "snnmt",
        name: "Đảng bộ Sở Nông nghiệp và Môi trường",
        cells: ["Chi bộ Chi cục Kiểm lâm", "Chi bộ Trung tâm Khuyến nông"],
      },
      {
        key: "sgddt",
        name: "Đảng bộ Sở Giáo dục và Đào tạo",
        cells: ["Chi bộ Phòng Giáo dục phổ thông", "Chi bộ Phòng Giáo dục dân tộc"],
      },
      {
        key: "syt",
        name: "Đảng bộ Sở Y tế",
        cells: ["Chi bộ Trung tâm Kiểm soát bệnh tật", "Chi bộ Phòng Nghiệp vụ Y"],
      },
    ],
  },
];

export const OLD_EQUIVALENTS: readonly EquivalentPlan[] = [
  {
    key: "kcq",
    name: "Đảng bộ Khối các cơ quan tỉnh {province}",
    seat: "tỉnh {province}",
    shortName: "Đảng ủy Khối cơ quan tỉnh",
    successorKey: "ubnd",
    children: [
      {
        key: "snn",
        name: "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn",
        successorKey: "snnmt",
        cells: ["Chi bộ Chi cục Kiểm lâm", "Chi bộ Trung tâm Khuyến nông"],
      },
      {
        key: "sgddt",
        name: "Đảng bộ Sở Giáo dục và Đào tạo",
        successorKey: "sgddt",
        cells: ["Chi bộ Phòng Giáo dục trung học", "Chi bộ Phòng Giáo dục tiểu học"],
      },
    ],
  },
  {
    key: "ca",
    name: "Đảng bộ Công an tỉnh {province}",
    seat: "Công an tỉnh {province}",
    shortName: "Công an tỉnh",
    successorKey: "ca",
    children: [
      {
        key: "csgt",
        name: "Đảng bộ Phòng Cảnh sát giao thông",
        successorKey: "csgt",
        cells: ["Chi bộ Đội Tuần tra, kiểm soát", "Chi bộ Đội Đăng ký xe"],
      },
      { key: "cshs", name: "Đảng bộ Phòng Cảnh sát hình sự", cells: ["Chi bộ Đội 1", "Chi bộ Đội 2"] },
    ],
  },
];
