import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { InspectionSchema } from "../../src/schema.js";
import { SCALES, syntheticInspection, writeSyntheticWorkbook } from "./synthetic.js";

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("the synthetic generator", () => {
  it("gives the same inspection for the same seed and a different one for another seed", () => {
    expect(hash(syntheticInspection("city", 7))).toBe(hash(syntheticInspection("city", 7)));
    expect(hash(syntheticInspection("city", 7))).not.toBe(hash(syntheticInspection("city", 8)));
  });

  it("produces data the canonical schema accepts, at the city scale's sizes", () => {
    const city = InspectionSchema.parse(syntheticInspection("city", 1));
    expect([city.websites.length, city.accounts.length, city.publications.length])
      .toEqual([SCALES.city.websites, SCALES.city.accounts, SCALES.city.units]);
  });

  it("has a realistic mix at the province scale: ~3% vetoes, ~10% deductions, 4 categories, 16 regions, 7 platforms", () => {
    const { accounts, websites } = syntheticInspection("province", 1);
    const share = (test: (a: (typeof accounts)[number]) => boolean) => accounts.filter(test).length / accounts.length;
    expect(share((a) => a.vetoes.length > 0)).toBeGreaterThan(0.02);
    expect(share((a) => a.vetoes.length > 0)).toBeLessThan(0.04);
    expect(share((a) => a.deductions.length > 0)).toBeGreaterThan(0.08);
    expect(share((a) => a.deductions.length > 0)).toBeLessThan(0.12);
    expect(new Set(accounts.map((a) => a.category)).size).toBe(4);
    expect(new Set(accounts.map((a) => a.region)).size).toBe(16);
    expect(new Set(accounts.map((a) => a.platform)).size).toBe(7);
    expect(new Set(accounts.map((a) => `${a.name}|${a.platform}`)).size).toBe(accounts.length);
    const scores = websites.flatMap((w) => (w.score === undefined ? [] : [w.score]));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...scores)).toBeLessThanOrEqual(100);
  });

  it("writes a city workbook whose sheets hold one row per record under the contract's headers", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongbao-synthetic-"));
    try {
      const file = join(dir, "city.xlsx");
      await writeSyntheticWorkbook("city", 1, file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const data = syntheticInspection("city", 1);
      const rows = (name: string) => workbook.getWorksheet(name)!.actualRowCount - 1;
      expect(rows("政府网站")).toBe(data.websites.length);
      expect(rows("政务新媒体")).toBe(data.accounts.length);
      expect(rows("信息发布统计")).toBe(data.publications.length);
      expect(rows("互动交流")).toBe(data.interactions.length);
      expect(rows("上期整改")).toBe(data.followUps.length);
      expect(rows("正文")).toBe(data.sections.length);
      expect(workbook.getWorksheet("政务新媒体")!.getRow(1).getCell(2).value).toBe("账号名称");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
