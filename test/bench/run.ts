/**
 * The benchmark (`npm run bench`): for each scale, a cached synthetic workbook, then each measurement in its
 * own child process — the exceljs floor, the public API's stages, the whole CLI — printed as a table and
 * written to out/bench.json. Then the micro benchmarks: reading 100,000 rows (ours vs exceljs), rendering a
 * 10,000-row table, the notice with a 10,000- and a 50,000-row attachment through tongbao and through
 * docxtemplater (peer-docxtemplater.ts); for the province, the web page from upload to download (page.ts).
 * Options: --scales city,province,national  --seed N  --skip-readfile  --skip-micro  --skip-peers  --skip-page
 * "seconds" is wall time (node start included for the CLI); "cpu s" is the child's user + system CPU time.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runChild, type ChildRun } from "./run-child.js";
import { measurePage } from "./page.js";
import type { StageResult } from "./stages.js";
import { SCALES, writeSyntheticWorkbook, type ScaleName } from "./synthetic.js";

interface Target { maxRatio?: number; maxMB?: number; maxSeconds?: number; completes?: boolean }
interface Row {
  scale: string;
  measure: string;
  seconds: number | null;
  cpuSeconds?: number | null;
  peakMB: number | null;
  ratio: number | null;
  /** CPU seconds over the floor's CPU seconds (same footing as `ratio`). */
  cpuRatio?: number | null;
  target?: string;
  met?: boolean;
  cpuMet?: boolean;
  note?: string;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const ROOT = here("../../../");
const CLI = join(ROOT, "dist/src/cli.js");
const TIMEOUT = 20 * 60_000;
const TARGETS: Record<string, Target> = {
  "province|cli generate": { maxRatio: 1.5, maxMB: 600 },
  "province|cli generate --full-listing": { maxRatio: 1.5, maxMB: 600 },
  "national|cli generate": { maxRatio: 1.5, maxMB: 1536 },
  "national|cli generate --full-listing": { completes: true },
  "province|cli generate --per-unit": { maxSeconds: 8, maxMB: 400 },
  "national|stages total (in one process)": { maxRatio: 0.7 },
  "city|cli generate": { maxSeconds: 1 },
  "peer|50,000 rows: tongbao": { maxRatio: 0.2 },
  "example|cli generate": { maxSeconds: 1.5 },
};

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const mb = (bytes: number | null) => (bytes === null ? null : bytes / 2 ** 20);

/** The synthetic workbook for scale+seed, generated once and reused while the generator is unchanged. */
async function cachedWorkbook(scale: ScaleName, seed: number): Promise<string> {
  const sources = ["synthetic.js", "synthetic-units.js", "sheet-rows.js", "random.js"];
  const hash = createHash("sha256");
  for (const f of sources) hash.update(await readFile(here(`./${f}`)));
  const dir = join(tmpdir(), "tongbao-bench");
  const file = join(dir, `${scale}-${seed}-${hash.digest("hex").slice(0, 8)}.xlsx`);
  if (await stat(file).then(() => true, () => false)) return file;
  await mkdir(dir, { recursive: true });
  console.error(`generating ${scale} workbook (seed ${seed}) → ${file}`);
  await writeSyntheticWorkbook(scale, seed, `${file}.part`);
  await rename(`${file}.part`, file);
  (globalThis as { gc?: () => void }).gc?.();
  return file;
}

/** How many .docx files a CLI run left under `dir`. */
async function countDocx(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith(".docx")).length;
}

const failure = (run: ChildRun) => `exit ${run.code}: ${(run.stderr.trim().split("\n").at(-1) ?? "").slice(0, 120)}`;

function judge(row: Row): Row {
  const t = TARGETS[`${row.scale}|${row.measure}`];
  if (!t) return row;
  const parts = [t.maxRatio && `≤${t.maxRatio}× floor`, t.maxMB && `≤${t.maxMB} MB`, t.maxSeconds && `≤${t.maxSeconds} s`,
    t.completes && "completes"].filter(Boolean);
  if (row.seconds === null) return { ...row, target: parts.join(", ") };
  const memory = !t.maxMB || (row.peakMB ?? Infinity) <= t.maxMB;
  const met = (!t.maxRatio || (row.ratio ?? Infinity) <= t.maxRatio) && memory && (!t.maxSeconds || row.seconds <= t.maxSeconds);
  // On a shared machine wall time mostly measures the others' load: the CPU verdict is shown beside it.
  const cpuMet = (!t.maxRatio || (row.cpuRatio ?? Infinity) <= t.maxRatio) && memory && (!t.maxSeconds || (row.cpuSeconds ?? Infinity) <= t.maxSeconds);
  return { ...row, target: `${parts.join(", ")} ${met ? "✓" : "✗"} (cpu ${cpuMet ? "✓" : "✗"})`, met, cpuMet } as Row;
}

const cell = (v: number | null, digits: number) => (v === null ? "n/a" : v.toFixed(digits));
const HEADER = ["scale".padEnd(9), "measurement".padEnd(32), "seconds".padStart(9), "cpu s".padStart(8), "peak MB".padStart(9), "×floor".padStart(7),
  "cpu×".padStart(6), "  target: wall verdict (cpu verdict)"].join(" ");

/** Collects rows and prints each as soon as it is measured (long runs show progress). */
class Table {
  readonly rows: Row[] = [];
  push(...rows: Row[]): void {
    for (const r of rows) {
      this.rows.push(r);
      const target = r.target ? `  ${r.target}` : "";
      console.log([r.scale.padEnd(9), r.measure.padEnd(32), cell(r.seconds, 3).padStart(9), cell(r.cpuSeconds ?? null, 2).padStart(8), cell(r.peakMB, 0).padStart(9),
        cell(r.ratio, 2).padStart(7), cell(r.cpuRatio ?? null, 2).padStart(6), `${target}${r.note ? `  (${r.note})` : ""}`].join(" "));
    }
  }
}

async function measureScale(scale: string, file: string, skipReadFile: boolean, extraCli: string[][], rows: Table): Promise<void> {
  const floorRun = await runChild(here("./floor.js"), ["stream", file], TIMEOUT);
  const floorResult = floorRun.code === 0 ? (JSON.parse(floorRun.stdout) as { seconds: number; cpuSeconds: number }) : null;
  const floor = floorResult?.seconds ?? null;
  const ratio = (s: number | null) => (s === null || floor === null ? null : s / floor);
  const floorCpu = floorResult?.cpuSeconds ?? null;
  const cpuRatio = (s: number | null | undefined) => (s === null || s === undefined || floorCpu === null ? null : s / floorCpu);
  rows.push({ scale, measure: "floor: WorkbookReader", seconds: floor, cpuSeconds: floorResult?.cpuSeconds ?? null, peakMB: mb(floorRun.peakBytes), ratio: floor === null ? null : 1,
    note: floor === null ? failure(floorRun) : "in-process: the stages are compared with this" });
  // The CLI's time includes node's start and its imports, so it is compared with a whole floor process.
  const processFloor = floor === null ? null : floorRun.wallSeconds;
  const processRatio = (s: number | null) => (s === null || processFloor === null ? null : s / processFloor);
  const processCpu = floor === null ? null : floorRun.cpuSeconds;
  const processCpuRatio = (s: number | null) => (s === null || processCpu === null ? null : s / processCpu);
  rows.push({ scale, measure: "floor: WorkbookReader, process", seconds: processFloor, cpuSeconds: floor === null ? null : floorRun.cpuSeconds,
    peakMB: mb(floorRun.peakBytes), ratio: processFloor === null ? null : 1, note: "node start + import + read: the CLI is compared with this" });
  if (!skipReadFile) {
    const run = await runChild(here("./floor.js"), ["readFile", file], TIMEOUT);
    const s = run.code === 0 ? (JSON.parse(run.stdout) as { seconds: number }).seconds : null;
    rows.push({ scale, measure: "exceljs readFile", seconds: s, peakMB: mb(run.peakBytes), ratio: ratio(s), note: s === null ? failure(run) : undefined });
  }
  const out = await mkdtemp(join(tmpdir(), "tongbao-bench-out-"));
  try {
    const stagesRun = await runChild(here("./stages.js"), [file, out], TIMEOUT);
    const stages = stagesRun.code === 0 ? (JSON.parse(stagesRun.stdout) as StageResult[]) : [];
    if (stagesRun.code !== 0) rows.push({ scale, measure: "stages", seconds: null, peakMB: null, ratio: null, note: failure(stagesRun) });
    const complete = stages.length > 0 && stages.every((s) => s.seconds !== null);
    // compose aggregates by itself (the pipeline runs aggregate once, inside compose): the aggregate stage is
    // shown on its own but not added to the chain.
    const chain = stages.filter((s) => s.stage !== "aggregate");
    const total = chain.reduce((sum, s) => sum + (s.seconds ?? 0), 0);
    const cpu = chain.reduce((sum, s) => sum + (s.cpuSeconds ?? 0), 0);
    for (const s of stages) {
      // Where the time goes: each stage's share of the chain, wall and CPU.
      const share = complete ? `${((s.seconds! / total) * 100).toFixed(0)}% of wall, ${(((s.cpuSeconds ?? 0) / cpu) * 100).toFixed(0)}% of cpu${s.stage === "aggregate" ? " (inside compose, not added)" : ""}` : undefined;
      rows.push({ scale, measure: `stage ${s.stage}`, seconds: s.seconds, cpuSeconds: s.cpuSeconds ?? null, peakMB: mb(s.peakBytes), ratio: ratio(s.seconds),
        cpuRatio: cpuRatio(s.cpuSeconds), note: [share, s.note].filter(Boolean).join("; ") || undefined });
    }
    if (complete) {
      rows.push(judge({ scale, measure: "stages total (in one process)", seconds: total, cpuSeconds: cpu, peakMB: mb(stages.at(-1)!.peakBytes), ratio: ratio(total),
        cpuRatio: cpuRatio(cpu) }));
    }
    let noticeCpu: number | null = null;
    for (const [i, flags] of [[], ...extraCli].entries()) {
      const dir = join(out, `cli-${i}`);
      const run = await runChild(CLI, ["generate", file, "-o", dir, ...flags], TIMEOUT);
      const docx = await countDocx(dir);
      // Before the per-unit step is in the build, --per-unit writes the one notice only: not a measurement of it.
      const perUnitMissing = flags.includes("--per-unit") && docx <= 1;
      const ok = run.code === 0 && docx > 0 && !perUnitMissing;
      if (ok && flags.length === 0) noticeCpu = run.cpuSeconds;
      // Per-unit files: the rate, and the CPU each unit document adds to the notice alone.
      const perDoc = flags.includes("--per-unit") && noticeCpu !== null && run.cpuSeconds !== null
        ? `; ${(docx / run.wallSeconds).toFixed(0)} files/s, ${(((run.cpuSeconds - noticeCpu) * 1000) / (docx - 1)).toFixed(2)} ms CPU per unit document` : "";
      const note = run.code !== 0 ? failure(run) : docx === 0 ? "exit 0 but no .docx written"
        : perUnitMissing ? "n/a: this build writes no per-unit files"
        : `${docx} .docx; ${ratio(run.wallSeconds)?.toFixed(2) ?? "n/a"}× in-process floor${perDoc}`;
      rows.push(judge({ scale, measure: ["cli generate", ...flags].join(" "), seconds: ok ? run.wallSeconds : null,
        cpuSeconds: ok ? run.cpuSeconds : null, peakMB: ok ? mb(run.peakBytes) : null, ratio: ok ? processRatio(run.wallSeconds) : null,
        cpuRatio: ok ? processCpuRatio(run.cpuSeconds) : null, note }));
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

interface Timed { seconds: number; cpuSeconds: number }
interface Read100k { rows: number; stream: Timed; readFile: Timed; readInput: Timed; validate: Timed; ratioToStream: { wall: number; cpu: number } }

/** Reading 100,000 account rows (ours against exceljs) and rendering a 10,000-row table, each in a child. */
async function measureMicro(rows: Table): Promise<void> {
  const read = await runChild(here("./read-100k.js"), ["--json"], TIMEOUT);
  if (read.code === 0) {
    const r = JSON.parse(read.stdout) as Read100k;
    const row = (measure: string, t: Timed, note?: string): Row =>
      ({ scale: "100k rows", measure, seconds: t.seconds, cpuSeconds: t.cpuSeconds, peakMB: null, ratio: t.seconds / r.stream.seconds,
        cpuRatio: t.cpuSeconds / r.stream.cpuSeconds, note });
    rows.push(row("floor: WorkbookReader", r.stream), row("exceljs readFile", r.readFile),
      row("readInput (ours)", r.readInput, `median of 3 pairs: wall ${r.ratioToStream.wall.toFixed(2)}×, cpu ${r.ratioToStream.cpu.toFixed(2)}×`),
      { ...row("validate", r.validate), peakMB: mb(read.peakBytes) });
  } else {
    rows.push({ scale: "100k rows", measure: "read-100k", seconds: null, peakMB: null, ratio: null, note: failure(read) });
  }
  const render = await runChild(here("./render-large-table.js"), ["10000", "xml"], TIMEOUT);
  const r = render.code === 0 ? (JSON.parse(render.stdout) as { seconds: number; cpuSeconds: number; sizeKB: number }) : null;
  rows.push({ scale: "table", measure: "render 10,000 rows (xml path)", seconds: r?.seconds ?? null, cpuSeconds: r?.cpuSeconds ?? null,
    peakMB: r ? mb(render.peakBytes) : null, ratio: null, note: r ? `${r.sizeKB} KB docx` : failure(render) });
}

interface PeerRun { seconds: number; cpuSeconds: number; sizeKB: number; rows: number }

/**
 * The notice with a 10,000- and a 50,000-row attachment through tongbao and through docxtemplater filling a
 * template prepared once per run from a tongbao-rendered notice; "×floor" is tongbao over docxtemplater here.
 */
async function measurePeers(rows: Table): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-bench-peer-"));
  const template = join(dir, "template.docx");
  const script = here("./peer-docxtemplater.js");
  try {
    const prepared = await runChild(script, ["template", template], TIMEOUT);
    if (prepared.code !== 0) {
      rows.push({ scale: "peer", measure: "docxtemplater template", seconds: null, peakMB: null, ratio: null, note: failure(prepared) });
      return;
    }
    for (const n of [10_000, 50_000]) {
      const label = n.toLocaleString("en-US");
      const runs = [await runChild(script, ["tongbao", String(n)], TIMEOUT), await runChild(script, ["docxtemplater", String(n), template], TIMEOUT)];
      const [ours, theirs] = runs.map((r) => (r.code === 0 ? (JSON.parse(r.stdout) as PeerRun) : null));
      const row = (who: string, r: PeerRun | null, run: ChildRun, vs: PeerRun | null): Row => ({
        scale: "peer", measure: `${label} rows: ${who}`, seconds: r?.seconds ?? null, cpuSeconds: r?.cpuSeconds ?? null, peakMB: r ? mb(run.peakBytes) : null,
        ratio: r && vs ? r.seconds / vs.seconds : null, cpuRatio: r && vs ? r.cpuSeconds / vs.cpuSeconds : null,
        note: r ? `${r.sizeKB} KB docx, ${r.rows} table rows${vs ? "; ×: over docxtemplater" : ""}` : failure(run),
      });
      rows.push(judge(row("tongbao", ours ?? null, runs[0]!, theirs ?? null)), row("docxtemplater", theirs ?? null, runs[1]!, null));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const seed = Number(arg("--seed") ?? 1);
  const scales = (arg("--scales") ?? "city,province,national").split(",") as ScaleName[];
  const skipReadFile = process.argv.includes("--skip-readfile");
  const table = new Table();
  for (const scale of scales) {
    if (!(scale in SCALES)) throw new Error(`unknown scale ${scale}; use ${Object.keys(SCALES).join(", ")}`);
  }
  console.log(HEADER);
  for (const scale of scales) {
    const file = await cachedWorkbook(scale, seed);
    const extra = scale === "province" ? [["--full-listing"], ["--per-unit"]] : [["--full-listing"]];
    await measureScale(scale, file, skipReadFile, extra, table);
    if (scale === "province" && !process.argv.includes("--skip-page")) table.push(...(await measurePage(scale, file, TIMEOUT)));
  }
  if (scales.includes("city")) await measureScale("example", join(ROOT, "data/example.xlsx"), true, [], table);
  if (!process.argv.includes("--skip-micro")) await measureMicro(table);
  if (!process.argv.includes("--skip-peers")) await measurePeers(table);
  const rows = table.rows;
  const load = loadavg().map((l) => +l.toFixed(2));
  const cpu = cpus();
  const machine = { cpu: cpu[0]?.model ?? "unknown", cores: cpu.length, memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version, platform: `${process.platform}-${process.arch}` };
  await mkdir(join(ROOT, "out"), { recursive: true });
  await writeFile(join(ROOT, "out/bench.json"), `${JSON.stringify({ machine, loadAverage: load, seed, rows }, null, 2)}\n`);
  console.log(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}, load average ${load.join(" ")} → out/bench.json`);
}

await main();
