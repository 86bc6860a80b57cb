import type {
  AwardForm,
  CampaignStatus,
  DecisionStatus,
  Gender,
  ModelKind,
  ModelState,
  ReviewAction,
  Role,
  UnitKind,
  UnitLevel,
} from "@/lib/generated/prisma/enums";
import { REORGANISED_ON, levelPhrase, levelTitle, roleName, type At, type LevelOf } from "./levels";
import { shellText } from "./shell";

/**
 * The one message catalogue of the portal: every text a person reads comes from here.
 * Enum codes stay stable identifiers; their wording lives below.
 */

/**
 * Roles as they read today (role pickers and filters; accounts are made for today's units). Where the
 * person's unit is known, name the role with `roleName(role, unit)` from ./levels: a reviewer at a
 * commune-level party committee of the provincial police is not "cấp xã".
 */
export const roleLabels: Record<Role, string> = {
  UNIT_CADRE: roleName("UNIT_CADRE"),
  COMMUNE_REVIEWER: roleName("COMMUNE_REVIEWER", { level: "COMMUNE" }, null),
  DISTRICT_REVIEWER: roleName("DISTRICT_REVIEWER", { level: "DISTRICT" }, REORGANISED_ON),
  PROVINCE_OFFICER: roleName("PROVINCE_OFFICER"),
  ADMIN: roleName("ADMIN"),
};

/**
 * Levels where neither the unit nor the period is known (filters and figures over both periods: the
 * district level was districts until 30/6/2025 and is the committees under the province since). With a
 * unit, use `levelTitle(unit, date)` / `levelPhrase(unit, date)` from ./levels.
 */
export const unitLevelLabels: Record<UnitLevel, string> = {
  PROVINCE: levelTitle({ level: "PROVINCE" }, null),
  DISTRICT: levelTitle({ level: "DISTRICT" }, null),
  COMMUNE: levelTitle({ level: "COMMUNE" }, null),
  GRASSROOTS: levelTitle({ level: "GRASSROOTS" }, null),
};

export const unitKindLabels: Record<UnitKind, string> = {
  PROVINCE: "Tỉnh",
  CENTRAL_CITY: "Thành phố trực thuộc Trung ương",
  DISTRICT: "Huyện",
  TOWN: "Thị xã",
  PROVINCIAL_CITY: "Thành phố thuộc tỉnh",
  DISTRICT_EQUIVALENT: "Đảng bộ trực thuộc tỉnh (đến 30/6/2025: tương đương cấp huyện)",
  COMMUNE: "Xã",
  WARD: "Phường",
  TOWNSHIP: "Thị trấn",
  COMMUNE_EQUIVALENT: "Đảng bộ tương đương cấp xã",
  PARTY_CELL: "Chi bộ",
  HAMLET: "Thôn, bản, tổ dân phố",
  SCHOOL: "Trường học",
  CLINIC: "Cơ sở y tế",
  ASSOCIATION: "Hội, đoàn thể",
  ENTERPRISE: "Doanh nghiệp",
  OTHER: "Khác",
};

/** Wording for reviewers and officers: the official name of each step. */
export const modelStateLabels: Record<ModelState, string> = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Chờ thẩm định",
  UNDER_REVIEW: "Đang thẩm định",
  NEEDS_REVISION: "Yêu cầu bổ sung",
  NOT_RECOGNIZED: "Không công nhận",
  RECOGNIZED: "Đã công nhận",
  PROPOSED: "Đã đề nghị cấp trên",
  WITHDRAWN: "Đã rút",
};

/** Gentler wording shown to the unit that built the model: a step, not a verdict. */
export const modelStateLabelsForCadre: Record<ModelState, string> = {
  DRAFT: "Bản nháp, chưa gửi",
  SUBMITTED: "Đang chờ thẩm định",
  UNDER_REVIEW: "Đang được thẩm định",
  NEEDS_REVISION: "Cần bổ sung thông tin",
  NOT_RECOGNIZED: "Chưa được công nhận đợt này",
  RECOGNIZED: "Đã được công nhận",
  PROPOSED: "Đã được đề nghị lên cấp trên",
  WITHDRAWN: "Đã rút hồ sơ",
};

export function modelStateLabel(state: ModelState, role: Role): string {
  return role === "UNIT_CADRE" ? modelStateLabelsForCadre[state] : modelStateLabels[state];
}

export const modelKindLabels: Record<ModelKind, string> = {
  COLLECTIVE: "Tập thể",
  INDIVIDUAL: "Cá nhân",
};

export const reviewActionLabels: Record<ReviewAction, string> = {
  CREATE: "Tạo mô hình",
  UPDATE: "Cập nhật",
  SUBMIT: "Gửi đăng ký",
  WITHDRAW: "Rút hồ sơ",
  START_REVIEW: "Bắt đầu thẩm định",
  REQUEST_REVISION: "Yêu cầu bổ sung",
  RESUBMIT: "Gửi lại sau bổ sung",
  RECOGNIZE: "Công nhận",
  NOT_RECOGNIZE: "Không công nhận",
  DESIGNATE_TYPICAL: "Công nhận điển hình",
  PROPOSE: "Đề nghị cấp trên",
  UNDO: "Hoàn tác",
  COMMEND: "Khen thưởng",
};

export const awardFormLabels: Record<AwardForm, string> = {
  BANG_KHEN: "Bằng khen",
  GIAY_KHEN: "Giấy khen",
  GIAY_CHUNG_NHAN: "Giấy chứng nhận",
};

export const decisionStatusLabels: Record<DecisionStatus, string> = {
  DRAFT: "Dự thảo",
  ISSUED: "Đã ban hành",
};

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  PLANNED: "Sắp mở",
  OPEN: "Đang mở",
  CLOSED: "Đã kết thúc",
};

export const honorificLabels: Record<Gender, string> = {
  MALE: "Ông",
  FEMALE: "Bà",
};

const levelOf = (level: UnitLevel | LevelOf): LevelOf => (typeof level === "string" ? { level } : level);

/** "Điển hình cấp xã", "Điển hình cấp trực thuộc tỉnh" (by the committee and the date; without a date, both periods). */
export function typicalAtLevel(level: UnitLevel | LevelOf, at: At = null): string {
  return `Điển hình ${levelPhrase(levelOf(level), at)}`;
}

/** "Công nhận cấp xã" etc., as typicalAtLevel. */
export function recognizedAtLevel(level: UnitLevel | LevelOf, at: At = null): string {
  return `Công nhận ${levelPhrase(levelOf(level), at)}`;
}

/**
 * A review step as a sentence names it: with its level where the level is the point ("Công nhận cấp xã",
 * "Công nhận điển hình cấp tỉnh"), the plain label otherwise ("Đề nghị cấp trên").
 */
export function stepName(action: ReviewAction, level: UnitLevel | LevelOf | null, at: At = null): string {
  if (!level) return reviewActionLabels[action];
  if (action === "RECOGNIZE") return recognizedAtLevel(level, at);
  if (action === "DESIGNATE_TYPICAL") return `Công nhận ${typicalAtLevel(level, at).toLowerCase()}`;
  if (action === "NOT_RECOGNIZE") return `Không công nhận ${levelPhrase(levelOf(level), at)}`;
  return reviewActionLabels[action];
}

export const vi = {
  app: shellText.app,
  login: {
    title: "Đăng nhập",
    intro: "Đăng nhập bằng tài khoản được cấp để tiếp tục.",
    sessionEnded: "Phiên đăng nhập đã kết thúc. Đăng nhập lại để quay về trang bạn đang xem.",
    actionNotDone:
      "Phiên đăng nhập đã kết thúc nên thao tác vừa rồi chưa được thực hiện. Đăng nhập lại để quay về trang và làm lại.",
    sessionExpired:
      "Phiên đăng nhập đã hết hạn nên nội dung chưa được lưu. Nội dung bạn đã nhập vẫn được giữ trên máy này: đăng nhập lại để quay về trang đang làm và lưu tiếp.",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    pending: "Đang đăng nhập…",
    invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
    throttled: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    unavailable: "Không thể đăng nhập lúc này. Vui lòng thử lại sau ít phút.",
    usernameRequired: "Vui lòng nhập tên đăng nhập.",
    passwordRequired: "Vui lòng nhập mật khẩu.",
    help: "Quên mật khẩu hoặc chưa có tài khoản? Liên hệ quản trị viên của đơn vị để được hỗ trợ.",
  },
  shell: shellText.shell,
  nav: {
    home: "Trang chủ",
    models: "Mô hình",
    review: "Thẩm định",
    decisions: "Quyết định khen thưởng",
    dashboard: "Thống kê",
    admin: "Quản trị",
  },
  home: {
    greeting: (name: string) => `Xin chào, ${name}`,
    tasksHeading: "Công việc chính",
    cadre: {
      modelsTitle: "Mô hình của đơn vị",
      modelsText: "Tiến độ thẩm định các mô hình đơn vị đã đăng ký.",
      modelsLink: "Xem danh sách mô hình",
      modelsEmpty: "Đơn vị chưa có mô hình nào. Khi đơn vị đăng ký mô hình, tiến độ thẩm định sẽ hiện ở đây.",
      revisionTitle: "Cần bổ sung thông tin",
      revisionText: "Mô hình được hội đồng đề nghị bổ sung; bổ sung xong, đơn vị gửi lại để tiếp tục thẩm định.",
      revisionCount: "mô hình cần bổ sung",
      revisionNone: "Hiện không có mô hình nào cần bổ sung. Đơn vị sẽ thấy yêu cầu ở đây khi hội đồng gửi về.",
      revisionLink: "Xem mô hình cần bổ sung",
    },
    review: {
      title: "Mô hình chờ thẩm định",
      text: "Hồ sơ đăng ký với hoặc được đề nghị lên hội đồng trong phạm vi bạn quản lý.",
      total: "hồ sơ cần hội đồng xử lý",
      recognized: "Đã công nhận, chờ bước tiếp",
      empty: "Không có mô hình nào đang chờ thẩm định. Khi đơn vị gửi hồ sơ, số liệu sẽ hiện ở đây.",
      link: "Mở danh sách thẩm định",
    },
    totals: {
      title: "Số liệu phong trào",
      scope: (unit: string) => `Trong phạm vi ${unit}.`,
      scopeAll: "Toàn hệ thống.",
      registered: "Đã đăng ký",
      recognized: "Được công nhận",
      typical: "Điển hình",
      empty: "Chưa có mô hình nào được đăng ký trong phạm vi này.",
      link: "Xem thống kê chi tiết",
    },
    decisions: {
      title: "Quyết định khen thưởng",
      text: "Quyết định và danh sách tập thể, cá nhân được khen thưởng.",
      issued: "Đã ban hành",
      drafts: "Dự thảo",
      empty: "Chưa có quyết định khen thưởng nào.",
      link: "Xem quyết định",
    },
    users: {
      title: "Người dùng",
      text: "Tài khoản, vai trò và đơn vị của người dùng.",
      active: "Đang hoạt động",
      disabled: "Đã khóa",
      link: "Xem danh sách người dùng",
    },
  },
  models: {
    title: "Mô hình",
    introCadre: "Các mô hình của đơn vị bạn.",
    introScoped: "Các mô hình của đơn vị trong phạm vi bạn quản lý.",
    code: "Mã",
    modelTitle: "Tên mô hình",
    kind: "Loại",
    field: "Lĩnh vực",
    state: "Trạng thái",
    ownerUnit: "Đơn vị",
    updatedAt: "Cập nhật",
    submittedAt: "Ngày đăng ký",
    reviewUnit: "Cấp thẩm định",
    filterState: "Lọc theo trạng thái",
    allStates: "Tất cả trạng thái",
    allFields: "Tất cả lĩnh vực",
    filter: "Lọc",
    clearFilter: "Bỏ lọc",
    empty: "Chưa có mô hình nào trong phạm vi bạn quản lý.",
    emptyFiltered: "Không có mô hình nào khớp với bộ lọc.",
    emptyFilteredHint: "Thử chọn trạng thái hoặc lĩnh vực khác, hoặc bỏ lọc để xem tất cả.",
    emptyCadre: "Đơn vị chưa có mô hình nào. Mô hình đơn vị đăng ký sẽ được liệt kê ở đây.",
    count: (n: string) => `${n} mô hình`,
    typical: "Điển hình",
  },
  dashboard: {
    title: "Thống kê",
    intro: (unit: string) => `Số liệu phong trào trong phạm vi ${unit}.`,
    scopeAll: "Số liệu phong trào trên toàn hệ thống.",
    overview: "Tổng quan",
    registered: "Đã đăng ký",
    recognized: "Được công nhận",
    typical: "Điển hình",
    kindSplit: (collective: string, individual: string) =>
      `Trong số mô hình đã đăng ký: ${collective} tập thể, ${individual} cá nhân.`,
    byField: "Theo lĩnh vực",
    byFieldNote: "Mô hình đã đăng ký, chia theo lĩnh vực.",
    byState: "Theo trạng thái",
    byStateNote: "Tất cả mô hình, kể cả bản nháp và hồ sơ đã rút.",
    count: "Số mô hình",
    share: "Tỷ lệ",
    empty: "Chưa có mô hình nào trong phạm vi này.",
    emptyHint: "Khi các đơn vị đăng ký mô hình, số liệu sẽ được tổng hợp tại đây.",
    noRegistered: "Chưa có mô hình nào được gửi đăng ký.",
    note: "“Đã đăng ký” gồm các mô hình đã gửi tới hội đồng thẩm định, không tính bản nháp và hồ sơ đã rút.",
  },
  admin: {
    title: "Quản trị",
    usersHeading: "Người dùng",
    intro: "Danh sách tài khoản trong hệ thống.",
    username: "Tên đăng nhập",
    fullName: "Họ và tên",
    role: "Vai trò",
    unit: "Đơn vị",
    status: "Tình trạng",
    lastLogin: "Đăng nhập gần nhất",
    active: "Đang hoạt động",
    disabled: "Đã khóa",
    never: "Chưa đăng nhập",
    empty: "Chưa có người dùng nào.",
  },
  pagination: {
    label: "Phân trang",
    previous: "Trang trước",
    next: "Trang sau",
    page: (n: number) => `Trang ${n}`,
    status: (page: number, pages: number) => `Trang ${page} / ${pages}`,
    first: "Trang đầu",
    /** A count past the cap (lib/db/keyset.ts COUNT_CAP): "hơn 1.000". */
    moreThan: (n: string) => `hơn ${n}`,
  },
  notFound: shellText.notFound,
  error: shellText.error,
  common: {
    loading: "Đang tải…",
    none: "—",
    total: "Tổng",
  },
} as const;
