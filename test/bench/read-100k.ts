/**
 * Bench (not a test): reading 100,000 account rows with readInput versus exceljs raw readFile and the
 * raw streaming WorkbookReader. Run: npx tsc -p tsconfig.json && node --expose-gc dist/test/bench/read-100k.js [rows] [--json]
 * With --json the lines go to stderr and stdout gets one JSON object (the bench table reads it).
 */
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readInput } from "../../src/read/read-input.js";
import { validate } from "../../src/validate.js";

const JSON_OUT = process.argv.includes("--json");
const ROWS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const log = (line: string) => (JSON_OUT ? console.error(line) : console.log(line));
const PLATFORMS = ["微信", "微博", "抖音", "今日头条", "微信公众号"];

async function writeBig(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const notice = wb.addWorksheet("通报信息");
  for (const row of [["项目", "内容"], ["发文机关", "某市人民政府办公室"], ["检查期间", "2023年第二季度"], ["主送机关", "各县（区）人民政府"], ["成文日期", "2023-07-20"]]) notice.addRow(row).commit();
  notice.commit();
  const ws = wb.addWorksheet("政务新媒体");
  ws.addRow(["序号", "账号名称", "平台类型", "开设主体", "单位类别", "检查结论", "突出问题", "发布信息数", "开通时间", "粉丝量"]).commit();
  for (let i = 1; i <= ROWS; i++) {
    const bad = i % 10 === 0;
    ws.addRow([i, `账号${i}`, PLATFORMS[i % PLATFORMS.length], `单位${i % 500}`, i % 3 ? "县区" : "市级部门", bad ? "不合格" : "合格", bad ? "内容更新不及时" : "", i % 300, new Date(Date.UTC(2015 + (i % 8), i % 12, 1 + (i % 28))), `${i % 90}.5万`]).commit();
  }
  ws.commit();
  await wb.commit();
}

interface Timing {
  wall: number;
  /** CPU time of this process (user + system): steadier than wall time on a shared machine. */
  cpu: number;
}

async function time<T>(label: string, f: () => Promise<T>): Promise<Timing> {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const c = process.cpuUsage();
  await f();
  const used = process.cpuUsage(c);
  const timing = { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
  log(`${label.padEnd(34)} wall ${(timing.wall / 1000).toFixed(2)} s  cpu ${(timing.cpu / 1000).toFixed(2)} s  rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  return timing;
}

const ignoreNodes = ["dataValidations", "conditionalFormatting", "drawing", "picture"];

async function rawReadFile(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file, { ignoreNodes });
  let n = 0;
  wb.worksheets.forEach((w) => w.eachRow(() => n++));
  return n;
}

async function rawStream(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit" });
  let n = 0;
  for await (const ws of reader) for await (const _ of ws) n++;
  return n;
}

/** The machine is shared: alternate the contenders and compare adjacent runs. */
const REPS = 3;

async function main(): Promise<void> {
  const file = join(await mkdtemp(join(tmpdir(), "tongbao-bench-")), "big.xlsx");
  await time(`write ${ROWS} rows (WorkbookWriter)`, () => writeBig(file));
  const ratios: { wall: number[]; cpu: number[] } = { wall: [], cpu: [] };
  const streams: Timing[] = [];
  for (let i = 0; i < REPS; i++) {
    const raw = await time("exceljs WorkbookReader (stream)", () => rawStream(file));
    streams.push(raw);
    const ours = await time("readInput", () => readInput(file));
    ratios.wall.push(ours.wall / raw.wall);
    ratios.cpu.push(ours.cpu / raw.cpu);
  }
  const full = await time("exceljs readFile + eachRow", () => rawReadFile(file));
  const ours = await time("readInput", () => readInput(file));
  const raw = await readInput(file);
  const checked = await time("validate", async () => validate(raw));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  log(`readInput / raw stream, median of ${REPS} adjacent pairs: wall ${median(ratios.wall).toFixed(2)}×, cpu ${median(ratios.cpu).toFixed(2)}×`);
  log(`readInput / raw readFile: wall ${(ours.wall / full.wall).toFixed(2)}×, cpu ${(ours.cpu / full.cpu).toFixed(2)}×`);
  if (JSON_OUT) {
    const s = (t: Timing) => ({ seconds: t.wall / 1000, cpuSeconds: t.cpu / 1000 });
    process.stdout.write(JSON.stringify({ rows: ROWS, stream: s(streams.at(-1)!), readFile: s(full), readInput: s(ours), validate: s(checked),
      ratioToStream: { wall: median(ratios.wall), cpu: median(ratios.cpu) } }));
  }
}

await main();
