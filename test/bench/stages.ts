/**
 * Benchmark child: runs the public API's stages in order on one workbook, timing each and noting the
 * process's peak RSS after it. Stages the API does not export yet are reported as missing; a stage that
 * fails stops the chain. Usage: node stages.js FILE OUTDIR → prints a JSON array of StageResult.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export interface StageResult {
  stage: string;
  seconds: number | null;
  cpuSeconds?: number;
  peakBytes: number | null;
  note?: string;
}

type Fn = (...args: unknown[]) => unknown;
const unwrap = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" && key in value ? (value as Record<string, unknown>)[key] : value;

const [file, outDir] = process.argv.slice(2);
if (!file || !outDir) throw new Error("usage: stages.js FILE OUTDIR");
// The write stage is the file writer itself: an internal, not part of the public API.
const api = { ...(await import("../../src/index.js")), ...(await import("../../src/write/write-file-atomic.js")) } as unknown as Record<string, unknown>;
const fn = (name: string): Fn | undefined => (typeof api[name] === "function" ? (api[name] as Fn) : undefined);

/** Each stage takes the values produced so far and returns what it adds. */
const STAGES: ReadonlyArray<[string, string, (f: Fn, v: Record<string, unknown>) => Promise<Record<string, unknown>>]> = [
  ["read", "readInput", async (f) => ({ raw: await f(file) })],
  ["validate", "validate", async (f, v) => ({ data: unwrap(await f(v.raw), "data") })],
  ["aggregate", "aggregate", async (f, v) => ({ stats: await f(v.data) })],
  ["compose", "compose", async (f, v) => {
    // The template is read the way generate reads it: the built-in that suits the data, with the partials.
    const templates = fn("readTemplateSet")?.(fn("chooseBuiltin")?.(v.data)) as object;
    return { document: unwrap(await f(v.data, { ...templates, fullListing: false }), "document") };
  }],
  ["render", "renderDocx", async (f, v) => ({ bytes: await f(v.document) })],
  ["write", "writeFileAtomic", async (f, v) => (await f(join(outDir, "notice.docx"), v.bytes), {})],
];

const results: StageResult[] = [];
const values: Record<string, unknown> = {};
let broken: string | undefined;
for (const [stage, name, run] of STAGES) {
  const f = fn(name);
  if (!f || broken) {
    results.push({ stage, seconds: null, peakBytes: null, note: broken ?? `${name} not exported` });
    continue;
  }
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    Object.assign(values, await run(f, values));
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    results.push({ stage, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakBytes: process.resourceUsage().maxRSS * 1024 });
  } catch (error) {
    broken = `${stage} failed: ${String((error as Error).message ?? error).split("\n")[0]}`;
    results.push({ stage, seconds: null, peakBytes: null, note: broken });
  }
}
process.stdout.write(JSON.stringify(results));
