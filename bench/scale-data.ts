/**
 * The deterministic province of `npm run bench:scale` (no randomness: every attribute is a function of the
 * row number i, so two runs of one size build the same rows):
 * - 1 province, 30 district-level units, 300 communes, 9,669 grassroots units (10,000 units); grassroots
 *   names cycle through hamlets, residential groups, schools, clinics, associations (1 in 8 is a "thôn");
 * - one campaign 2021–2025; model i is owned by grassroots unit i mod 9,669, registered with its commune
 *   (i mod 25 = 1: with its district), titles from 16 movement phrases; states cycle over 20 slots
 *   (drafts, submitted, under review, recognized, not recognized, needs revision, withdrawn); every 25th
 *   model (i mod 25 = 0) was recognized by its commune and proposed to the province, which holds it;
 *   first submission spread over 1,800 days from 2021-01-05; stateChangedAt and updatedAt distinct per row;
 * - recognitions and typical designations for the recognized models (1 in 5 typical);
 * - the dashboard summaries built once at the end (dash_rebuild), their triggers deferred during the load.
 * Timestamps are whole milliseconds, as Prisma writes them (the keyset cursors assume it).
 */
export function generateSql(models: number): string {
  return `
-- Dashboard summaries (ADR 0053): the triggers recount nothing during the bulk load; one dash_rebuild() at the end.
SET dvk.dash_defer = 'on';
INSERT INTO "Field"(code, name, "sortOrder") VALUES
 ('KINH_TE','Kinh tế',1),('VH_XH','Văn hóa – xã hội',2),('XD_DANG','Xây dựng Đảng và hệ thống chính trị',3),
 ('QP_AN','Quốc phòng – an ninh',4),('KHAC','Khác',5);
INSERT INTO "Unit"(id, code, name, kind, level, "validFrom", path, "updatedAt")
 VALUES (1, 'B-P', 'Tỉnh Thái Nguyên', 'PROVINCE', 'PROVINCE', '2025-07-01', '/1/', now());
INSERT INTO "Unit"(id, code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
 SELECT 1 + d, 'B-D' || d, 'Huyện số ' || d, 'DISTRICT', 'DISTRICT', 1, '2025-07-01', '/1/' || (1 + d) || '/', now()
 FROM generate_series(1, 30) d;
INSERT INTO "Unit"(id, code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
 SELECT 100 + c, 'B-C' || c, 'Xã Tân Lập ' || c, 'COMMUNE', 'COMMUNE', 1 + ((c - 1) % 30 + 1), '2025-07-01',
        '/1/' || (1 + ((c - 1) % 30 + 1)) || '/' || (100 + c) || '/', now()
 FROM generate_series(1, 300) c;
INSERT INTO "Unit"(id, code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
 SELECT 1000 + g, 'B-G' || g,
        (ARRAY['Chi bộ thôn Nà Lẹng', 'Chi bộ tổ dân phố số', 'Chi bộ Trường Tiểu học', 'Chi bộ Trạm Y tế',
               'Chi hội Phụ nữ', 'Chi đoàn Thanh niên', 'Chi bộ Công ty Chè', 'Chi hội Cựu chiến binh'])[g % 8 + 1]
          || ' ' || g,
        'PARTY_CELL', 'GRASSROOTS', 100 + ((g - 1) % 300 + 1), '2025-07-01',
        '/1/' || (1 + ((((g - 1) % 300) % 30) + 1)) || '/' || (100 + ((g - 1) % 300 + 1)) || '/' || (1000 + g) || '/', now()
 FROM generate_series(1, 9669) g;
SELECT setval(pg_get_serial_sequence('"Unit"', 'id'), 20000);
SELECT unit_recompute_lineage(NULL);
INSERT INTO "User"(username, "fullName", "passwordHash", role, "unitId", "updatedAt")
 VALUES ('bench-owner', 'Bench', 'x', 'PROVINCE_OFFICER', 1, now());
INSERT INTO "Campaign"(code, name, "startDate", "endDate", "ownerUnitId")
 VALUES ('DVK-2021-2025', 'Dân vận khéo 2021–2025', '2021-01-01', '2025-12-31', 1);
-- Built without the trigram index, then indexed once (one build is faster than a million inserts into it).
DROP INDEX "Model_searchText_idx";
INSERT INTO "Model"(code, kind, title, "fieldId", "campaignId", "ownerUnitId", "ownerUnitName", "ownerAddress",
  "registeredWithUnitId", "registeredLevel", "reviewUnitId", "reviewLevel", state, "recognizedLevel", "typicalLevel",
  "createdById", "submittedAt", "stateChangedAt", "createdAt", "updatedAt")
SELECT 'MH-B-' || i,
  CASE WHEN i % 4 = 3 THEN 'INDIVIDUAL' ELSE 'COLLECTIVE' END::"ModelKind",
  (ARRAY['Vận động hiến đất làm đường thôn', 'Bữa cơm chờ đón con em', 'Thắp sáng đường quê',
         'Hũ gạo tình thương', 'Nuôi heo đất khuyến học', 'Camera an ninh khu dân cư', 'Xóa nhà tạm cho hộ nghèo',
         'Chuyển đổi cây trồng trên đất dốc', 'Tổ tự quản vệ sinh môi trường', 'Đồng hành cùng bà con vùng cao',
         'Con đường hoa nông thôn mới', 'Gõ cửa từng nhà vận động tiêm chủng', 'Sân chơi cho thiếu nhi',
         'Dòng họ khuyến học', 'Phiên chợ không đồng', 'Giữ rừng đầu nguồn'])[i % 16 + 1] || ' ' || i,
  (SELECT min(id) FROM "Field") + i % 5, (SELECT id FROM "Campaign" LIMIT 1),
  1000 + (i % 9669) + 1,
  (ARRAY['Chi bộ thôn Nà Lẹng', 'Chi bộ tổ dân phố số', 'Chi bộ Trường Tiểu học', 'Chi bộ Trạm Y tế',
         'Chi hội Phụ nữ', 'Chi đoàn Thanh niên', 'Chi bộ Công ty Chè', 'Chi hội Cựu chiến binh'])[((i % 9669) + 1) % 8 + 1]
    || ' ' || ((i % 9669) + 1),
  'xã Tân Lập ' || ((i % 9669) % 300 + 1) || ', tỉnh Thái Nguyên',
  CASE WHEN i % 25 = 1 THEN 1 + (((i % 9669) % 300) % 30) + 1 ELSE 100 + (i % 9669) % 300 + 1 END,
  CASE WHEN i % 25 = 1 THEN 'DISTRICT' ELSE 'COMMUNE' END::"UnitLevel",
  CASE WHEN i % 25 = 0 THEN 1 WHEN i % 25 = 1 THEN 1 + (((i % 9669) % 300) % 30) + 1 ELSE 100 + (i % 9669) % 300 + 1 END,
  CASE WHEN i % 25 = 0 THEN 'PROVINCE' WHEN i % 25 = 1 THEN 'DISTRICT' ELSE 'COMMUNE' END::"UnitLevel",
  CASE WHEN i % 25 = 0 THEN 'PROPOSED' ELSE
  (ARRAY['SUBMITTED','UNDER_REVIEW','RECOGNIZED','RECOGNIZED','RECOGNIZED','RECOGNIZED','NOT_RECOGNIZED','NEEDS_REVISION',
         'RECOGNIZED','SUBMITTED','RECOGNIZED','RECOGNIZED','UNDER_REVIEW','RECOGNIZED','WITHDRAWN','DRAFT','RECOGNIZED',
         'NOT_RECOGNIZED','RECOGNIZED','SUBMITTED'])[i % 20 + 1] END::"ModelState",
  NULL, NULL, (SELECT id FROM "User" LIMIT 1),
  CASE WHEN i % 20 = 15 AND i % 25 <> 0 THEN NULL ELSE timestamptz '2021-01-05' + ((i::bigint * 7919) % 1800) * interval '1 day' END,
  timestamptz '2021-01-05' + ((i::bigint * 7919) % 1800) * interval '1 day' + (i % 86400000) * interval '1 millisecond',
  timestamptz '2021-01-01' + (i % 1800) * interval '1 day',
  timestamptz '2021-01-01' + (i % 1800) * interval '1 day' + (i % 86400000) * interval '1 millisecond'
FROM generate_series(1, ${models}) i;
UPDATE "Model" SET "recognizedLevel" = "registeredLevel", "typicalLevel" = CASE WHEN id % 5 = 0 THEN "registeredLevel" END
 WHERE state = 'RECOGNIZED' OR state = 'PROPOSED';
CREATE INDEX "Model_searchText_idx" ON "Model" USING GIN ("searchText" gin_trgm_ops);
INSERT INTO "Recognition"("modelId", level, "unitId", "byId")
 SELECT id, "registeredLevel", "registeredWithUnitId", "createdById" FROM "Model" WHERE "recognizedLevel" IS NOT NULL;
INSERT INTO "TypicalDesignation"("modelId", level, "unitId", "byId")
 SELECT id, "registeredLevel", "registeredWithUnitId", "createdById" FROM "Model" WHERE "typicalLevel" IS NOT NULL;
RESET dvk.dash_defer;
SELECT dash_rebuild();
CREATE TABLE bench_meta(models int NOT NULL, generated_at timestamptz NOT NULL DEFAULT now());
INSERT INTO bench_meta(models) VALUES (${models});
`;
}
