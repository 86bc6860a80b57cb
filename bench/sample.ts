import type { DecisionForDocument } from "@/lib/exports/honoree-list";

const COMMUNES = ["xã Tân Lập", "xã Yên Ninh", "phường Phan Đình Phùng", "xã Nà Phặc", "xã Chợ Đồn", "xã Bằng Vân"];
const HAMLETS = ["thôn Nà Lẹng", "bản Khuổi Lừa", "tổ dân phố Đồng Tâm", "thôn Bản Giang", "xóm Đèo Khế"];
const FAMILY = ["Hoàng", "Nguyễn", "Lương", "Đặng", "Ma", "Triệu", "Nông", "Lý"];
const GIVEN = ["Thị Mai", "Văn Phúc", "Thị Hường", "Đức Thắng", "Thị Ngọc Ánh", "Văn Quỳnh"];
const TITLES = [
  "Dân vận khéo trong vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn",
  "Phụ nữ giúp nhau phát triển kinh tế, giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số",
  "Xây dựng thôn, bản văn hóa gắn với bảo tồn bản sắc dân tộc Tày, Nùng, Dao",
  "Tuyến đường nở hoa, thắp sáng đường quê",
];

/** A Party decision of `n` honorees (80% collectives), made-up Vietnamese names and addresses. */
export function sampleDecision(n: number): DecisionForDocument {
  const honorees: DecisionForDocument["honorees"] = [];
  const collectives = Math.round(n * 0.8);
  for (let i = 0; i < n; i++) {
    const commune = COMMUNES[i % COMMUNES.length];
    const hamlet = HAMLETS[i % HAMLETS.length];
    const address = `${hamlet}, ${commune}, tỉnh Thái Nguyên`;
    const title = `${TITLES[i % TITLES.length]} ${hamlet}`;
    if (i < collectives) {
      honorees.push({
        kind: "COLLECTIVE",
        sortOrder: i + 1,
        honorific: null,
        name: `Chi bộ ${hamlet} số ${i + 1}`,
        position: null,
        address,
        modelTitle: title,
      });
    } else {
      honorees.push({
        kind: "INDIVIDUAL",
        sortOrder: i + 1,
        honorific: i % 2 ? "FEMALE" : "MALE",
        name: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`,
        position: "Bí thư Chi bộ, Trưởng thôn",
        address,
        modelTitle: title,
      });
    }
  }
  return {
    status: "ISSUED",
    numberText: "112-QĐ/TU",
    decisionDate: new Date("2025-12-16T00:00:00Z"),
    signerName: "Hà Văn Toàn",
    signerTitle: "PHÓ BÍ THƯ THƯỜNG TRỰC",
    awardForm: "BANG_KHEN",
    issuer: {
      name: "BAN THƯỜNG VỤ TỈNH ỦY",
      parentName: "TỈNH ỦY THÁI NGUYÊN",
      style: "PARTY",
      place: "Thái Nguyên",
      numberSuffix: "QĐ/TU",
    },
    honorees,
  };
}
