// Proves the database built by our hand-applied SQL migrations is the one schema.prisma describes.
// Everything is derived from the generated client (runtime data model, enums) and schema.prisma, so a
// model, field or enum added later is covered without touching this file.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import * as generatedEnums from "@/lib/generated/prisma/enums";

type RuntimeField = {
  name: string;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  relationName?: string;
  dbName?: string | null;
};
type RuntimeModel = { fields: RuntimeField[]; dbName: string | null };
type Row = Record<string, unknown>;
type Delegate = {
  create(args: { data: Row }): Promise<Row>;
  findUnique(args: { where: Row }): Promise<Row | null>;
};

const runtimeModels = (prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })
  ._runtimeDataModel.models;
const modelNames = Object.keys(runtimeModels);
/** The dashboard summaries (ADR 0053) and the queue counts (ADR 0063) are written only by the database's
 * triggers, from the models' rows: their columns and keys are checked above, but a row of made-up values
 * cannot be inserted or round-tripped. */
const derived = (m: string) => m.startsWith("Dash") || m === "QueueCount";
const enums = Object.fromEntries(
  Object.entries(generatedEnums).filter(([, v]) => typeof v === "object" && v !== null),
) as Record<string, Record<string, string>>;

// ---------- schema.prisma: what the runtime data model leaves out (optionality, native types, ids, indexes) ----------

type SchemaField = { name: string; type: string; optional: boolean; list: boolean; attributes: string };
type SchemaModel = { fields: Map<string, SchemaField>; blockAttributes: string[] };

function parseSchema(text: string): Map<string, SchemaModel> {
  const models = new Map<string, SchemaModel>();
  let current: SchemaModel | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    const open = /^model\s+(\w+)\s*\{$/.exec(line);
    if (open) {
      current = { fields: new Map(), blockAttributes: [] };
      models.set(open[1], current);
    } else if (line === "}") {
      current = undefined;
    } else if (current && line.startsWith("@@")) {
      current.blockAttributes.push(line);
    } else if (current && line) {
      const m = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!m) throw new Error(`cannot parse schema line: ${raw}`);
      current.fields.set(m[1], { name: m[1], type: m[2], list: !!m[3], optional: !!m[4], attributes: m[5] });
    }
  }
  return models;
}

const schema = parseSchema(fs.readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8"));

function schemaField(model: string, field: string): SchemaField {
  const f = schema.get(model)?.fields.get(field);
  if (!f) throw new Error(`${model}.${field} is in the generated client but not in schema.prisma (stale client?)`);
  return f;
}

const nativeType = (f: SchemaField) => /@db\.(\w+)(?:\(([^)]*)\))?/.exec(f.attributes);
const isDateOnly = (model: string, field: string) => nativeType(schemaField(model, field))?.[1] === "Date";
const isId = (model: string, field: string) => /(^|\s)@id\b/.test(schemaField(model, field).attributes);
const tableOf = (model: string) => runtimeModels[model].dbName ?? model;
const columnOf = (f: RuntimeField) => f.dbName ?? f.name;
const scalarFields = (model: string) =>
  runtimeModels[model].fields.filter((f) => f.kind === "scalar" || f.kind === "enum");

/** Relation fields whose foreign key lives in this model, by the `<relation>Id` convention. */
function ownedRelations(model: string) {
  const names = new Set(runtimeModels[model].fields.map((f) => f.name));
  return runtimeModels[model].fields
    .filter((f) => f.kind === "object" && names.has(`${f.name}Id`))
    .map((f) => ({ relation: f.name, fk: `${f.name}Id`, target: f.type }));
}

/** Models ordered so that every foreign-key target (other than the model itself) is created first. */
function dependencyOrder(): string[] {
  const done: string[] = [];
  const pending = new Set(modelNames);
  while (pending.size) {
    const ready = [...pending].filter((m) => ownedRelations(m).every((r) => r.target === m || done.includes(r.target)));
    if (!ready.length) throw new Error(`foreign-key cycle among ${[...pending].join(", ")}`);
    for (const m of ready) {
      done.push(m);
      pending.delete(m);
    }
  }
  return done;
}

// ---------- sample values ----------

let seq = 0;

function enumValues(name: string): string[] {
  const e = enums[name];
  if (!e) throw new Error(`enum ${name} is not exported by lib/generated/prisma/enums`);
  return Object.values(e);
}

/** A value for every scalar kind; chosen to differ from the schema default so a default cannot pass for a write. */
function sampleValue(model: string, f: RuntimeField, element = false): unknown {
  if (!element && schemaField(model, f.name).list) return [sampleValue(model, f, true)];
  seq++;
  if (f.kind === "enum") return enumValues(f.type).at(-1);
  switch (f.type) {
    case "Int":
      return 1000 + seq;
    case "BigInt":
      return 9_007_199_254_740_993n + BigInt(seq); // beyond 2^53: a bigint column, not a double
    case "String":
      return `${model}.${f.name} — Đường Nguyễn Thị Ánh số ${seq}`;
    case "Boolean":
      return !/@default\(true\)/.test(schemaField(model, f.name).attributes);
    case "DateTime":
      return isDateOnly(model, f.name)
        ? new Date(Date.UTC(2024, 2, 1 + (seq % 28)))
        : new Date(Date.UTC(2024, 2, 15, 8, 30, 45, seq % 1000)); // milliseconds: a timestamp(3+) column, not a date
    case "Decimal":
      return new Prisma.Decimal(`${100 + seq}.45`);
    case "Json":
      return { tên: "Dân vận khéo", n: seq, list: [1, "hai", null], nested: { ok: true } };
  }
  throw new Error(`no sample value for ${model}.${f.name} of type ${f.type}: extend sampleValue`);
}

const normalize = (row: Row) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Prisma.Decimal.isDecimal(v) ? `Decimal(${v.toString()})` : v]),
  );

const delegate = (model: string) =>
  (prisma as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)];

/** Maintained by triggers from other columns (Unit.lineage: the successor rule, ADR 0025; Model.searchText, ADR 0046). */
const DB_COMPUTED = new Set(["Unit.lineage", "Model.searchText"]);

// ---------- tests ----------

describe("schema.prisma and the generated client agree", () => {
  it("has the same models and scalar fields (guards the parser and a stale client)", () => {
    expect(modelNames.length).toBeGreaterThan(0);
    expect(modelNames).toEqual(Object.values(Prisma.ModelName));
    expect([...schema.keys()].sort()).toEqual([...modelNames].sort());
    for (const m of modelNames) {
      const fromClient = runtimeModels[m].fields.map((f) => `${f.name}:${f.type}`);
      const fromSchema = [...schema.get(m)!.fields.values()].map((f) => `${f.name}:${f.type}`);
      expect(fromSchema, m).toEqual(fromClient);
    }
  });
});

describe("the migrated database matches schema.prisma", () => {
  it("has exactly one table per model", async () => {
    const rows = await prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    expect(rows.map((r) => r.table_name).sort()).toEqual(modelNames.map(tableOf).sort());
  });

  it("has exactly the schema's enum types, with the same labels in the same order", async () => {
    const rows = await prisma.$queryRaw<{ typname: string; labels: string[] }[]>`
      SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`;
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const expected = Object.fromEntries(Object.keys(enums).map((name) => [name, enumValues(name)]));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    const usedByFields = new Set(
      modelNames.flatMap((m) => runtimeModels[m].fields.filter((f) => f.kind === "enum").map((f) => f.type)),
    );
    for (const e of usedByFields) expect(Object.keys(enums)).toContain(e);
  });

  it("has every column with the schema's type and nullability, and no other column", async () => {
    const rows = await prisma.$queryRaw<
      {
        table_name: string;
        column_name: string;
        udt_name: string;
        is_nullable: string;
        numeric_precision: number | null;
        numeric_scale: number | null;
        datetime_precision: number | null;
        has_default: boolean;
      }[]
    >`
      SELECT table_name, column_name, udt_name, is_nullable, numeric_precision, numeric_scale, datetime_precision,
             column_default IS NOT NULL AS has_default
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
    const render = (r: (typeof rows)[number]) => {
      const t = r.udt_name;
      const detail =
        t === "numeric"
          ? `(${r.numeric_precision},${r.numeric_scale})`
          : /^timestamp/.test(t)
            ? `(${r.datetime_precision})`
            : "";
      return `${r.table_name}.${r.column_name} ${t}${detail}${r.is_nullable === "YES" ? " NULL" : ""}${r.has_default ? " DEFAULT" : ""}`;
    };
    const expected = modelNames.flatMap((m) =>
      scalarFields(m).map((f) => {
        const sf = schemaField(m, f.name);
        const nt = nativeType(sf);
        let type: string;
        if (f.kind === "enum") type = f.type;
        else if (f.type === "DateTime")
          type =
            nt?.[1] === "Date"
              ? "date"
              : nt?.[1] === "Timestamptz"
                ? `timestamptz(${nt[2] || 6})`
                : `timestamp(${nt?.[2] || 3})`;
        else if (f.type === "Decimal") type = `numeric(${nt?.[2]?.replace(/\s/g, "") ?? "65,30"})`;
        else
          type = (
            {
              Int: nt?.[1] === "SmallInt" ? "int2" : "int4",
              BigInt: "int8",
              String: "text",
              Boolean: "bool",
              Json: "jsonb",
              Float: "float8",
              Bytes: "bytea",
            } as Record<string, string>
          )[f.type];
        // Prisma scalar lists are PostgreSQL arrays ("_int4"), nullable columns that the client never returns as null.
        if (sf.list)
          return `${tableOf(m)}.${columnOf(f)} _${type} NULL${/@default\(/.test(sf.attributes) ? " DEFAULT" : ""}`;
        // Defaults computed by Prisma in the client (cuid(), uuid() …) have no column default.
        const dbDefault = /@default\((?!(cuid|uuid|nanoid|ulid)\()/.test(sf.attributes);
        return `${tableOf(m)}.${columnOf(f)} ${type}${sf.optional ? " NULL" : ""}${dbDefault ? " DEFAULT" : ""}`;
      }),
    );
    expect(rows.map(render).sort()).toEqual(expected.sort());
  });

  it("has a foreign key for every relation, to the right table, with the schema's onDelete", async () => {
    const rows = await prisma.$queryRaw<{ tbl: string; col: string; ref: string; ondelete: string; ncols: number }[]>`
      SELECT c.conrelid::regclass::text AS tbl, a.attname::text AS col, c.confrelid::regclass::text AS ref,
             c.confdeltype::text AS ondelete, cardinality(c.conkey) AS ncols
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`;
    const actions: Record<string, string> = {
      c: "Cascade",
      r: "Restrict",
      n: "SetNull",
      a: "NoAction",
      d: "SetDefault",
    };
    const actual = rows.map(
      (r) =>
        `${r.tbl.replace(/"/g, "")}.${r.col} -> ${r.ref.replace(/"/g, "")} ON DELETE ${actions[r.ondelete]}${r.ncols > 1 ? " (composite)" : ""}`,
    );
    const expected = modelNames.flatMap((m) =>
      ownedRelations(m).map(({ relation, fk, target }) => {
        const explicit = /onDelete:\s*(\w+)/.exec(schemaField(m, relation).attributes)?.[1];
        const onDelete = explicit ?? (schemaField(m, fk).optional ? "SetNull" : "Restrict");
        return `${tableOf(m)}.${fk} -> ${tableOf(target)} ON DELETE ${onDelete}`;
      }),
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("has the schema's primary keys, unique constraints and indexes (the hand-written expression and partial indexes aside)", async () => {
    // Key columns only: a hand-written INCLUDE list (ADR 0058) is not part of what the schema says.
    const rows = await prisma.$queryRaw<{ tbl: string; cols: string[]; uniq: boolean }[]>`
      SELECT t.relname::text AS tbl, i.indisunique AS uniq,
             array(SELECT a.attname::text FROM unnest((i.indkey::int2[])[0:i.indnkeyatts - 1]) WITH ORDINALITY k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS cols
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
      WHERE ns.nspname = 'public' AND t.relname <> '_prisma_migrations' AND i.indexprs IS NULL AND i.indpred IS NULL`;
    const actual = rows.map((r) => `${r.tbl}(${r.cols.join(",")})${r.uniq ? " UNIQUE" : ""}`);
    const expected = modelNames.flatMap((m) => {
      const own = [...schema.get(m)!.fields.values()]
        .filter((f) => /(^|\s)@(id|unique)\b/.test(f.attributes))
        .map((f) => `${tableOf(m)}(${f.name}) UNIQUE`);
      const block = schema.get(m)!.blockAttributes.map((attr) => {
        const [, kind, list] = /^@@(\w+)\(\s*\[([^\]]*)\]/.exec(attr) ?? [];
        if (!kind) throw new Error(`cannot parse ${m} ${attr}`);
        const cols = list.split(",").map((c) => c.trim().replace(/\(.*\)$/, ""));
        return `${tableOf(m)}(${cols.join(",")})${kind === "unique" || kind === "id" ? " UNIQUE" : ""}`;
      });
      return [...own, ...block];
    });
    expect(actual.sort()).toEqual(expected.sort());
  });
});

describe("every model round-trips a row with every scalar populated", () => {
  const created = new Map<string, Row>();

  it.each(dependencyOrder().filter((m) => !derived(m)))("%s", async (model) => {
    const relations = ownedRelations(model);
    const fkTarget = new Map(relations.map((r) => [r.fk, r.target]));
    const selfFks = relations.filter((r) => r.target === model).map((r) => r.fk);
    const idField = scalarFields(model).find((f) => isId(model, f.name));
    if (!idField) throw new Error(`${model} has no single-field @id; extend the test`);

    const build = (selfId: unknown): Row =>
      Object.fromEntries(
        scalarFields(model)
          .filter((f) => !isId(model, f.name))
          .map((f) => {
            const target = fkTarget.get(f.name);
            if (target === model) return [f.name, selfId];
            if (target) {
              const parent = created.get(target);
              if (!parent)
                throw new Error(`${model} needs a ${target} row, which failed to be created (see that test)`);
              return [f.name, parent[idOf(target)]];
            }
            return [f.name, sampleValue(model, f)];
          }),
      );

    let selfId: unknown = null;
    if (selfFks.length) {
      for (const fk of selfFks)
        expect(schemaField(model, fk).optional, `${model}.${fk} must be optional to seed a self-relation`).toBe(true);
      selfId = (await delegate(model).create({ data: build(null) }))[idField.name];
    }
    const data = build(selfId);
    for (const f of scalarFields(model))
      if (!isId(model, f.name)) expect(data[f.name], `${model}.${f.name} populated`).not.toBeNull();

    const row = await delegate(model).create({ data });
    const id = row[idField.name];
    expect(["number", "bigint"]).toContain(typeof id);
    const readBack = await delegate(model).findUnique({ where: { [idField.name]: id } });
    expect(readBack).not.toBeNull();
    // Columns the database computes itself (triggers) are checked for a value, not for what was written.
    const computed = scalarFields(model)
      .filter((f) => DB_COMPUTED.has(`${model}.${f.name}`))
      .map((f) => f.name);
    for (const c of computed) expect((readBack![c] as unknown[]).length, `${model}.${c} computed`).toBeGreaterThan(0);
    const drop = (r: Row) => Object.fromEntries(Object.entries(r).filter(([k]) => !computed.includes(k)));
    expect(normalize(drop(readBack!))).toEqual(normalize(drop({ ...data, [idField.name]: id })));
    created.set(model, readBack!);
  });

  function idOf(model: string): string {
    return scalarFields(model).find((f) => isId(model, f.name))!.name;
  }

  it("covered every model", () => {
    expect([...created.keys()].sort()).toEqual(modelNames.filter((m) => !derived(m)).sort());
  });

  it("keeps AuditLog append-only: UPDATE and DELETE are refused, INSERT still works", async () => {
    const original = created.get("AuditLog");
    expect(original).toBeDefined();
    const id = original!.id as bigint;
    await expect(prisma.auditLog.update({ where: { id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`UPDATE "AuditLog" SET "action" = 'tampered'`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    expect(await prisma.auditLog.findUnique({ where: { id } })).toEqual(original);
    await prisma.auditLog.create({ data: { action: "login", entity: "User" } });
    expect(await prisma.auditLog.count()).toBe(2);
  });
});
