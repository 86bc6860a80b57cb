import { describe, expect, it } from "vitest";
import { exportPoolOptionsFromEnv } from "@/lib/exports/render-pool";
import { MAX_WEB_PROCESSES, WEB_PROCESSES_ENV, webProcesses, webProcessesOfThisServer } from "./web-processes";

describe("web server processes (ADR 0057)", () => {
  it("one per core by default, at most MAX_WEB_PROCESSES", () => {
    expect(webProcesses({}, 1)).toBe(1);
    expect(webProcesses({}, 2)).toBe(2);
    expect(webProcesses({}, 64)).toBe(MAX_WEB_PROCESSES);
  });

  it("WEB_CONCURRENCY decides when it is a positive integer", () => {
    expect(webProcesses({ WEB_CONCURRENCY: "1" }, 8)).toBe(1);
    expect(webProcesses({ WEB_CONCURRENCY: "6" }, 2)).toBe(6);
    for (const bad of ["", " ", "0", "-2", "1.5", "two"]) expect(webProcesses({ WEB_CONCURRENCY: bad }, 2)).toBe(2);
  });

  it("a worker knows how many processes share the machine; a lone server counts 1", () => {
    expect(webProcessesOfThisServer({})).toBe(1);
    expect(webProcessesOfThisServer({ [WEB_PROCESSES_ENV]: "3" })).toBe(3);
  });
});

describe("export pool bound with several web processes", () => {
  const opts = (env: Record<string, string>, cores: number) => {
    const { threads, queue } = exportPoolOptionsFromEnv(env, cores);
    return { threads, queue };
  };

  it("one process keeps ADR 0054's defaults", () => {
    expect(opts({}, 2)).toEqual({ threads: 1, queue: 8 });
    expect(opts({}, 8)).toEqual({ threads: 4, queue: 8 });
  });

  it("the defaults are shared out between processes, at least one thread each", () => {
    expect(opts({ [WEB_PROCESSES_ENV]: "2" }, 2)).toEqual({ threads: 1, queue: 4 });
    expect(opts({ [WEB_PROCESSES_ENV]: "4" }, 8)).toEqual({ threads: 1, queue: 2 });
    expect(opts({ [WEB_PROCESSES_ENV]: "2" }, 8)).toEqual({ threads: 2, queue: 4 });
    expect(opts({ [WEB_PROCESSES_ENV]: "3" }, 4)).toEqual({ threads: 1, queue: 3 });
  });

  it("EXPORT_WORKERS and EXPORT_QUEUE, when set, are each process's own", () => {
    expect(opts({ [WEB_PROCESSES_ENV]: "2", EXPORT_WORKERS: "3", EXPORT_QUEUE: "5" }, 2)).toEqual({
      threads: 3,
      queue: 5,
    });
    expect(opts({ [WEB_PROCESSES_ENV]: "2", EXPORT_WORKERS: "0" }, 2).threads).toBe(0);
  });
});
