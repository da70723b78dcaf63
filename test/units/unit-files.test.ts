import { mkdtemp, readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, type GenerateResult } from "../../src/write-outputs.js";
import { part, paragraphsText } from "../render/unzip-docx.js";
import { ITEMS, PROBLEM_UNITS, UNITS, writePerUnitWorkbook } from "./per-unit-workbook.js";

interface UnitFile {
  name: string;
  text: string;
}

async function unitFiles(dir: string): Promise<UnitFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".docx")).sort();
  return Promise.all(names.map(async (name) => ({ name, text: paragraphsText(part(await readFile(join(dir, name)), "word/document.xml")).join("\n") })));
}

/** The units whose items a document names: exactly one unit when it is right. */
const unitsNamedIn = (text: string) => new Set(Object.entries(ITEMS).filter(([item]) => text.includes(item)).map(([, unit]) => unit));
const itemsOf = (unit: string) => Object.keys(ITEMS).filter((item) => ITEMS[item] === unit);

async function run(perUnit: "all" | "problems", template?: string, prepare?: (out: string) => Promise<void>) {
  const input = await writePerUnitWorkbook(template);
  const out = await mkdtemp(join(tmpdir(), "tongbao-units-"));
  await prepare?.(out);
  const result: GenerateResult = await generate({ input, outDir: out, perUnit });
  return { out, result, dir: result.units!.dir, files: await unitFiles(result.units!.dir) };
}

describe("generate --per-unit all", () => {
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    r = await run("all", undefined, async (out) => {
      const dir = join(out, "某市2023年第二季度政府网站与政务新媒体检查情况的通报-各单位");
      await mkdir(dir);
      await writeFile(join(dir, "说明.txt"), "不要动我");
    });
  }, 60_000);

  it("writes the units' folder beside the notice, named after the notice", async () => {
    expect((await readdir(r.out)).sort()).toEqual([
      "某市2023年第二季度政府网站与政务新媒体检查情况的通报-各单位",
      "某市2023年第二季度政府网站与政务新媒体检查情况的通报.docx",
    ]);
  });

  it("writes one Word file per unit, each holding exactly its own unit's items", () => {
    expect(r.files).toHaveLength(UNITS.length);
    const covered = r.files.map((f) => {
      const units = [...unitsNamedIn(f.text)];
      expect(units, f.name).toHaveLength(1);
      for (const item of itemsOf(units[0]!)) expect(f.text, `${f.name} lacks ${item}`).toContain(item);
      return units[0];
    });
    expect(covered.sort()).toEqual([...UNITS].sort());
  });

  it("adds the 整改情况反馈表 exactly for the units with problems", () => {
    for (const f of r.files) {
      const unit = [...unitsNamedIn(f.text)][0]!;
      const hasProblems = PROBLEM_UNITS.includes(unit);
      expect(f.text.includes("整改情况反馈表"), f.name).toBe(hasProblems);
      expect(f.text.includes(hasProblems ? "整改通知单" : "检查结果的告知"), f.name).toBe(true);
      if (hasProblems) expect(f.text).toMatch(/8月4日（星期五）前/);
    }
    expect(r.result.units?.written).toEqual({ 整改通知单: 4, 检查结果告知: 4 });
  });

  it("gives safe, distinct file names inside the folder, whatever the unit is called", () => {
    const names = r.files.map((f) => f.name);
    for (const n of names) {
      expect(n).not.toMatch(/[/\\:*?"<>|]/);
      expect(n).not.toMatch(/^\./);
      expect(n).not.toMatch(/^(con|prn|aux|nul)\./i);
      expect([...n.replace(/\.docx$/, "")].length).toBeLessThanOrEqual(80);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.map((n) => n.toLowerCase())).toEqual(expect.arrayContaining(["_con.docx", "_con（2）.docx"]));
    expect(names).toContain("未命名单位.docx");
  });

  it("leaves the folder's other files alone", async () => {
    expect(await readFile(join(r.dir, "说明.txt"), "utf8")).toBe("不要动我");
  });

  it("lists every file it wrote", () => {
    expect(r.result.files.filter((f) => f.startsWith(r.dir)).map((f) => f.slice(r.dir.length + 1)).sort()).toEqual(r.files.map((f) => f.name));
  });
});

describe("generate --per-unit problems", () => {
  it("skips the units where nothing was found", async () => {
    const r = await run("problems");
    expect(r.files.map((f) => [...unitsNamedIn(f.text)][0]).sort()).toEqual([...PROBLEM_UNITS].sort());
    expect(r.files.every((f) => f.text.includes("整改情况反馈表"))).toBe(true);
    expect(r.result.units?.skipped).toBe(UNITS.length - PROBLEM_UNITS.length);
  }, 60_000);
});

describe("generate --per-unit with the 调查通知 template", () => {
  it("writes a 通知 with the 调查表 and 排查表 and gives each unit with accounts its forms pre-filled", async () => {
    const r = await run("all", "调查通知");
    const main = paragraphsText(part(await readFile(r.result.files[0]!), "word/document.xml")).join("\n");
    expect(main).toContain("政务新媒体建设情况调查表");
    expect(main).toContain("政务新媒体排查及清理整合情况表");
    expect(main).toContain("怪名号");
    const withAccounts = [...new Set(Object.entries(ITEMS).filter(([item]) => item.endsWith("号") || item.endsWith("发布")).map(([, u]) => u))];
    expect(r.files).toHaveLength(withAccounts.length);
    const city = r.files.find((f) => f.text.includes("某市发布"))!;
    expect(city.text).not.toContain("某市门户网站");
    expect(city.text).toContain("自营☑ 购买服务□");
    expect(city.text).toContain("1200");
    expect(city.text).toContain("赵敏");
    const device = r.files.find((f) => f.text.includes("设备号"))!;
    expect(device.text).toContain("自营□ 购买服务☑");
    expect(r.result.units?.written).toEqual({ "调查通知-单位": withAccounts.length });
  }, 60_000);
});

describe("buildUnitFiles", () => {
  it("makes no file (so generate makes no folder) when no unit qualifies", async () => {
    const { buildUnitFiles } = await import("../../src/units/unit-files.js");
    const { sampleInspection } = await import("./sample-inspection.js");
    const data = sampleInspection();
    const clean = { ...data, websites: data.websites.filter((w) => w.unit === "示例市财政局"), accounts: data.accounts.filter((a) => a.unit === "示例市财政局") };
    const r = await buildUnitFiles(clean, { title: "某通报", info: data.notice }, { mode: "problems", survey: false });
    expect(r).toMatchObject({ files: [], skipped: 1, written: {} });
  });

  it("names every file inside the units' folder, relative to the notice's folder", async () => {
    const { buildUnitFiles } = await import("../../src/units/unit-files.js");
    const { sampleInspection } = await import("./sample-inspection.js");
    const r = await buildUnitFiles(sampleInspection(), { title: "某通报", info: sampleInspection().notice }, { mode: "all", survey: false, xlsx: true });
    expect(r.dir).toBe("某通报-各单位");
    expect(r.files.length).toBeGreaterThan(0);
    for (const f of r.files) {
      expect(f.name).toMatch(/^某通报-各单位\/[^/]+\.(docx|xlsx)$/);
      expect(f.bytes.length).toBeGreaterThan(0);
    }
  });
});
