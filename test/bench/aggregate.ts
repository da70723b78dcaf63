/**
 * Bench: aggregate and compose a synthetic inspection of 165,000 rows (15,000 websites, 150,000
 * accounts). Run: npx tsc -p tsconfig.json && node --expose-gc dist/test/bench/aggregate.js
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { compose } from "../../src/compose/compose.js";
import { readTemplateSet } from "../../src/read/read-template.js";
import { PLATFORMS, type Inspection } from "../../src/schema.js";

export function syntheticInspection(websites = 15_000, accounts = 150_000): Inspection {
  const cats = ["市级部门", "县区", "乡镇街道"];
  const regions = Array.from({ length: 20 }, (_, i) => `第${i + 1}区`);
  const item = (i: number) => ({
    unit: `单位${i % 2_000}`,
    category: cats[i % cats.length],
    region: regions[i % regions.length],
    checked: i % 50 !== 0,
    vetoes: i % 97 === 0 ? ["严重表述错误"] : [],
    deductions: i % 13 === 0 ? ["栏目更新不及时"] : [],
    ...(i % 13 === 0 ? { description: `有${(i % 3) + 1}周未按要求进行更新` } : {}),
    ...(i % 2 === 0 ? { score: 50 + (i % 51) } : {}),
  });
  return {
    notice: { kind: "通报", issuer: "某市人民政府办公室", recipients: "各区", signDate: "2023-07-05", period: "2023-Q2", scope: "全市" },
    websites: Array.from({ length: websites }, (_, i) => ({ name: `网站${i}`, ...item(i) })),
    accounts: Array.from({ length: accounts }, (_, i) => ({ name: `账号${i}`, platform: PLATFORMS[i % PLATFORMS.length]!, published: i % 300, ...item(i) })),
    publications: Array.from({ length: 2_000 }, (_, i) => ({ unit: `单位${i}`, category: cats[i % cats.length]!, published: (i * 37) % 500 })),
    interactions: [{ channel: "市长信箱", received: 1000, closed: 990, closedOnTime: 950 }],
    followUps: [],
    sections: [],
  } as Inspection;
}

const gc = (globalThis as { gc?: () => void }).gc;

function time(label: string, fn: () => unknown, runs = 5): void {
  fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
  // CPU time is reported too: on a shared machine the wall clock includes waiting for a core.
  console.log(`${label}: wall median ${median(ms)} ms, CPU median ${median(cpu)} ms (${runs} runs)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = syntheticInspection();
  time("aggregate 165,000 rows", () => aggregate(data));
  const templates = readTemplateSet(chooseBuiltin(data));
  time("compose 165,000 rows (aggregate + view model + template + tables)", () => compose(data, templates), 3);
}
