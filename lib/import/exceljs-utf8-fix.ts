import { createRequire } from "node:module";
import path from "node:path";

/**
 * exceljs 4.4's streaming reader decodes every inflated chunk on its own (utils/parse-sax.js), so a
 * Vietnamese letter split across two chunks becomes U+FFFD — silently, at random rows of any sheet
 * larger than one chunk. This replaces that module, before exceljs loads it, with one that decodes the
 * stream with a stateful TextDecoder. Must run before the first `require("exceljs")` of the process
 * (instrumentation.ts, and first in every module that imports exceljs for reading).
 */
export function fixExceljsUtf8(): boolean {
  const req = createRequire(path.join(process.cwd(), "package.json"));
  const main = req.resolve("exceljs");
  const target = path.join(path.dirname(main), "lib", "utils", "parse-sax.js");
  const cache = req.cache as Record<string, NodeJS.Module | undefined>;
  const existing = cache[target] as (NodeJS.Module & { dvkFixed?: boolean }) | undefined;
  if (existing?.dvkFixed) return true;
  if (existing) return false;
  const fromExcel = createRequire(main);
  const { SaxesParser } = fromExcel("saxes") as {
    SaxesParser: new () => { on(e: string, f: (v: unknown) => void): void; write(s: string): void };
  };
  async function* parseSax(iterable: AsyncIterable<Uint8Array | string>) {
    const parser = new SaxesParser();
    const decoder = new TextDecoder("utf-8");
    let error: unknown;
    let events: { eventType: string; value: unknown }[] = [];
    parser.on("error", (err) => (error = err));
    parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
    parser.on("text", (value) => events.push({ eventType: "text", value }));
    parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) parser.write(rest);
    if (error) throw error;
    if (events.length) yield events;
  }
  const Module = fromExcel("module") as { new (id: string): NodeJS.Module & { dvkFixed?: boolean } };
  const m = new Module(target);
  m.filename = target;
  m.loaded = true;
  m.exports = parseSax;
  m.dvkFixed = true;
  cache[target] = m;
  return true;
}

fixExceljsUtf8();
