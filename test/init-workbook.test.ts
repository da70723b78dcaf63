import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { writeFile } from "node:fs/promises";
import { afterEach, describe, expect, test, vi } from "vitest";
import { SHEETS } from "../src/columns.js";
import { TEMPLATE_ROWS, templateWorkbook } from "../src/init-workbook.js";
import { readInput } from "../src/read/read-input.js";
import { validate } from "../src/validate.js";
import { tempPath } from "./helpers/workbook-builder.js";

async function loaded(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const sheetXml = (buf: Buffer, n: number) => new TextDecoder().decode(unzipSync(new Uint8Array(buf))[`xl/worksheets/sheet${n}.xml`]);

describe("templateWorkbook", () => {
  afterEach(() => vi.useRealTimers());

  test("holds 填写说明 and every sheet of the contract, in order", async () => {
    const wb = await loaded(await templateWorkbook());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["填写说明", ...SHEETS.map((s) => s.name)]);
  });

  test("writes every header with a note and freezes the header row", async () => {
    const wb = await loaded(await templateWorkbook());
    const ws = wb.getWorksheet("政务新媒体")!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain("平台类型*");
    expect(headers).toContain("粉丝量");
    expect(ws.getCell("A1").note).toBeDefined();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("limits the drop-down lists to rows 2–2000 of the choice columns", async () => {
    const buf = await templateWorkbook();
    const accounts = sheetXml(buf, 1 + SHEETS.findIndex((s) => s.key === "accounts") + 1);
    const ranges = [...accounts.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1]);
    const col = (header: string) => {
      const i = SHEETS.find((s) => s.key === "accounts")!.columns.findIndex((c) => c.header === header);
      return String.fromCharCode(65 + i);
    };
    for (const h of ["平台类型", "检查结论", "是否检查", "整改情况"]) expect(ranges).toContain(`${col(h)}2:${col(h)}${TEMPLATE_ROWS}`);
    expect(accounts).toContain("&quot;微信,微博,抖音,快手,今日头条,移动客户端,微信视频号,百家号,其他&quot;");
    const sections = sheetXml(buf, 1 + SHEETS.length);
    expect(sections).toContain(`sqref="A2:A${TEMPLATE_ROWS}"`);
    expect(sheetXml(buf, 1 + SHEETS.findIndex((s) => s.key === "followUps") + 1)).toContain(`sqref="B2:B${TEMPLATE_ROWS}"`);
  });

  test("gives the same bytes whatever the clock says", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.UTC(2030, 5, 1, 12)));
    const a = await templateWorkbook();
    vi.setSystemTime(new Date(Date.UTC(2031, 0, 2, 3)));
    const b = await templateWorkbook();
    expect(Buffer.compare(a, b)).toBe(0);
  });

  test("passes validation as written, example rows included", async () => {
    const file = await tempPath("template.xlsx");
    await writeFile(file, await templateWorkbook());
    const { counts, warnings, data } = validate(await readInput(file));
    expect(warnings).toEqual([]);
    expect(validate(await readInput(file)).data).toEqual(data);
    expect(counts).toMatchObject({ 政府网站: 2, 政务新媒体: 2, 信息发布统计: 2, 互动交流: 2, 上期整改: 1, 正文: 1 });
  });

  test("round-trips: filled in with exceljs, it reads and validates", async () => {
    const wb = await loaded(await templateWorkbook());
    const notice = wb.getWorksheet("通报信息")!;
    notice.eachRow((row) => {
      if (row.getCell(1).value === "发文机关*") row.getCell(2).value = "常州市人民政府办公室";
      if (row.getCell(1).value === "检查期间") row.getCell(2).value = "2023年7月份";
    });
    const ws = wb.getWorksheet("政务新媒体")!;
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? "").replace("*", ""));
    const set = (row: number, h: string, v: ExcelJS.CellValue) => (ws.getCell(row, header.indexOf(h)).value = v);
    set(2, "账号名称", "常州发布");
    set(2, "平台类型", "微信公众号");
    set(3, "账号名称", "常州市场监管");
    set(3, "平台类型", "抖音");
    set(3, "粉丝量", "2.5万");
    set(4, "账号名称", "常州教育");
    set(4, "开设主体", "常州市教育局");
    set(4, "平台类型", "新浪微博");
    set(4, "检查结论", "不合格");
    set(4, "突出问题", "监测时间点前2周内无更新");
    set(4, "开通时间", new Date(Date.UTC(2018, 4, 2)));
    const file = await tempPath("filled.xlsx");
    await wb.xlsx.writeFile(file);
    const { data } = validate(await readInput(file));
    expect(data.notice).toMatchObject({ issuer: "常州市人民政府办公室", period: "2023-07" });
    expect(data.accounts.map((a) => [a.name, a.platform])).toEqual([
      ["常州发布", "微信"],
      ["常州市场监管", "抖音"],
      ["常州教育", "微博"],
    ]);
    expect(data.accounts[1]?.fans).toBe(25000);
    expect(data.accounts[2]).toMatchObject({ unit: "常州市教育局", verdict: "不合格", openedAt: "2018-05-02" });
  });
});
