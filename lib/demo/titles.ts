// Model titles and texts by field for the demo data. `{hamlet}` / `{commune}` are filled per model.
import type { Rng } from "./prng";

export type FieldCode = "KT" | "VHXH" | "XDD" | "QPAN" | "KHAC";

export const DEFAULT_FIELDS: readonly { code: FieldCode; name: string; sortOrder: number }[] = [
  { code: "KT", name: "Kinh tế", sortOrder: 1 },
  { code: "VHXH", name: "Văn hóa – xã hội", sortOrder: 2 },
  { code: "XDD", name: "Xây dựng Đảng và hệ thống chính trị", sortOrder: 3 },
  { code: "QPAN", name: "Quốc phòng – an ninh", sortOrder: 4 },
  { code: "KHAC", name: "Khác", sortOrder: 5 },
];

const TITLES: Record<FieldCode, readonly string[]> = {
  KT: [
    "Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn thôn {hamlet}",
    "Tổ hợp tác trồng chè an toàn thôn {hamlet}",
    "Dân vận khéo trong phát triển vùng trồng hồi, quế tập trung",
    "Vận động hộ nghèo thoát nghèo bền vững bằng chăn nuôi trâu sinh sản",
    "Hợp tác xã miến dong {hamlet} – liên kết sản xuất, tiêu thụ sản phẩm",
    "Đưa sản phẩm OCOP của {commune} lên sàn thương mại điện tử",
    "Vận động nhân dân chuyển đổi cây trồng kém hiệu quả sang trồng cây ăn quả",
    "Nhóm hộ nuôi cá lồng và du lịch cộng đồng thôn {hamlet}",
    "Đổi công, giúp nhau làm nhà, làm chuồng trại xa nhà ở",
    "Vận động nhân dân góp vật liệu kiên cố hóa kênh mương nội đồng",
    "Tổ vay vốn tiết kiệm và vay vốn thôn {hamlet} giúp hội viên phát triển kinh tế",
    "Vận động hiến đất mở rộng đường liên thôn {hamlet} – Nà Bản",
  ],
  VHXH: [
    "Vận động học sinh ra lớp đầy đủ, không bỏ học giữa chừng ở thôn {hamlet}",
    "Xóa bỏ hủ tục trong việc cưới, việc tang tại {commune}",
    "Câu lạc bộ hát then – đàn tính thôn {hamlet}",
    "Tổ dân phố văn minh, sạch đẹp, nghĩa tình",
    "Vận động người dân tiêm chủng đầy đủ và khám sức khỏe định kỳ",
    "Cùng dân xây dựng nhà văn hóa thôn {hamlet}",
    "Ngôi nhà khăn quàng đỏ – giúp học sinh nghèo vượt khó",
    "Vận động đồng bào Dao, Mông đăng ký khai sinh, kết hôn đúng quy định",
    "Bữa cơm có thịt cho học sinh bán trú {commune}",
    "Thư viện thân thiện thôn {hamlet}",
    "Phụ nữ {commune} nói không với tảo hôn và hôn nhân cận huyết thống",
  ],
  XDD: [
    "Mỗi đảng viên gắn với một hộ gia đình ở thôn {hamlet}",
    "Chi bộ sinh hoạt chuyên đề gắn với nhiệm vụ dân vận",
    "Tiếp dân, đối thoại trực tiếp với nhân dân định kỳ hằng tháng",
    "Chi bộ thôn {hamlet} trong sạch, vững mạnh, được dân tin",
    "Đảng viên trẻ xung kích chuyển đổi số cùng nhân dân",
    "Lắng nghe dân nói, nói dân hiểu, làm dân tin tại {commune}",
    "Phát huy vai trò người có uy tín trong cộng đồng thôn {hamlet}",
    "Mặt trận và các đoàn thể cùng giám sát công trình dân sinh",
  ],
  QPAN: [
    "Tổ an ninh, trật tự cơ sở thôn {hamlet}",
    "Camera an ninh – thôn {hamlet} an toàn",
    "Vận động nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ",
    "Dân quân tự vệ giúp dân thu hoạch mùa vụ, khắc phục thiên tai",
    "Thôn {hamlet} không có ma túy, không có tội phạm",
    "Tổ hòa giải ở cơ sở – giữ bình yên từng xóm",
    "Công an xã bám địa bàn, gần dân, hiểu dân, giúp dân",
    "Cùng dân phòng cháy, chữa cháy rừng mùa hanh khô",
  ],
  KHAC: [
    "Phân loại, thu gom rác thải sinh hoạt tại nguồn thôn {hamlet}",
    "Thu gom bao bì thuốc bảo vệ thực vật trên đồng ruộng",
    "Vận động cải tạo vườn tạp, chỉnh trang nhà cửa, cổng ngõ",
    "Con đường hoa thôn {hamlet}",
    "Trồng cây phân tán, bảo vệ nguồn nước đầu nguồn",
    "Nhà tắm, nhà tiêu hợp vệ sinh cho hộ nghèo",
  ],
};

export function modelTitle(rng: Rng, field: FieldCode, hamlet: string, commune: string): string {
  return rng.pick(TITLES[field]).replace("{hamlet}", hamlet).replace("{commune}", commune);
}

export const GOALS = [
  "Phát huy quyền làm chủ của nhân dân, huy động sức dân cùng Nhà nước thực hiện nhiệm vụ chính trị của địa phương.",
  "Nâng cao đời sống vật chất, tinh thần của nhân dân; củng cố khối đại đoàn kết toàn dân tộc ở khu dân cư.",
  "Tạo chuyển biến rõ nét về nhận thức và hành động của cán bộ, đảng viên và nhân dân.",
];

export const METHODS = [
  "Họp thôn, đến từng hộ gia đình tuyên truyền, vận động; cán bộ, đảng viên gương mẫu đi trước.",
  "Phối hợp Mặt trận và các đoàn thể; công khai, dân chủ; dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.",
  "Lồng ghép trong sinh hoạt chi bộ, chi hội; dùng nhóm Zalo của thôn để thông tin kịp thời.",
];

export const EXPECTED = [
  "Trên 90% hộ gia đình đồng thuận, tham gia.",
  "Hoàn thành trong năm, được nhân dân ghi nhận và có thể nhân rộng.",
  "Giảm rõ rệt các vụ việc phức tạp ở cơ sở.",
];

export const REVISION_COMMENTS = [
  "Đề nghị bổ sung số liệu kết quả cụ thể (số hộ tham gia, kinh phí huy động).",
  "Bổ sung ảnh minh chứng và biên bản họp thôn.",
  "Làm rõ cách thức vận động nhân dân và vai trò của cán bộ, đảng viên.",
  "Tên mô hình chưa phản ánh đúng nội dung; đề nghị chỉnh sửa.",
];

export const NOT_RECOGNIZED_REASONS = [
  "Mô hình mới triển khai, chưa có kết quả rõ nét; đề nghị tiếp tục xây dựng và đăng ký đợt sau.",
  "Kết quả chưa đủ minh chứng, chưa có khả năng nhân rộng.",
  "Nội dung trùng với mô hình đã được công nhận năm trước của đơn vị.",
];
