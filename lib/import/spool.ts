import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

/**
 * What a plan decided, row by row, written to a private temporary file instead of kept in memory: a
 * plan of 200,000 rows stays a few megabytes of process memory, whatever the file size. Read back in
 * batches by the apply step, removed by `discard()`.
 */
export class Spool<T> {
  private out: fs.WriteStream | null;
  private constructor(
    private readonly dir: string,
    private readonly file: string,
  ) {
    this.out = fs.createWriteStream(file, { mode: 0o600 });
  }

  static async open<T>(): Promise<Spool<T>> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "dvk-import-plan-"));
    return new Spool<T>(dir, path.join(dir, "plan.jsonl"));
  }

  async write(items: T[]): Promise<void> {
    if (!items.length) return;
    const out = this.out!;
    if (!out.write(items.map((i) => JSON.stringify(i)).join("\n") + "\n")) {
      await new Promise<void>((resolve, reject) => {
        const done = (err?: Error) => {
          out.off("drain", done);
          out.off("error", done);
          if (err) reject(err);
          else resolve();
        };
        out.on("drain", done);
        out.on("error", done);
      });
    }
  }

  /** Closes the file for writing (then `batches` may read it). */
  async finish(): Promise<void> {
    const out = this.out;
    this.out = null;
    if (out)
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }

  async *batches(size: number): AsyncGenerator<T[]> {
    await this.finish();
    const lines = readline.createInterface({ input: fs.createReadStream(this.file), crlfDelay: Infinity });
    let batch: T[] = [];
    for await (const line of lines) {
      if (!line) continue;
      batch.push(JSON.parse(line) as T);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  async discard(): Promise<void> {
    await this.finish().catch(() => {});
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}
