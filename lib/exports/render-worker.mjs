// The worker thread of the export pool (lib/exports/render-pool.ts). Plain ESM, outside Next's bundle, so
// the same file serves the production server (scripts/serve.ts), the benchmarks and Vitest: it loads the
// TypeScript renderers through tsx's API (tsconfig paths included), whatever loader the parent thread has.
import { tsImport } from "tsx/esm/api";

const { renderTask } = await tsImport("./render-task.ts", import.meta.url);

export default renderTask;
