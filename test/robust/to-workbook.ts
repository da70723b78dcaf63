/**
 * Writes Inspection data as the workbook a user would fill in (Chinese headers, one sheet per
 * table), optionally with one cell replaced by a hostile value. Used by the properties and the fuzzer.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { SHEETS } from "../../src/columns.js";

/** One cell to overwrite: sheet key, row and column taken modulo the sheet's size. */
export interface Corruption {
  sheet: string;
  row: number;
  column: number;
  value: unknown;
}

let n = 0;

/** The data as the workbook a user would fill in: Chinese headers, one sheet per table. */
export async function writeWorkbook(dir: string, data: Record<string, any>, corrupt?: Corruption): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const spec of SHEETS) {
    const value = data[spec.key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const ws = wb.addWorksheet(spec.name);
    const cols = spec.columns.filter((c) => c.key !== null);
    const cell = (v: unknown) => (Array.isArray(v) ? v.join("、") : typeof v === "boolean" ? (v ? "是" : "否") : v);
    if (spec.layout === "keyValue") {
      ws.addRow(["项目", "内容"]);
      for (const c of cols) if (value[c.key!] !== undefined) ws.addRow([c.header, cell(value[c.key!])]);
    } else {
      ws.addRow(cols.map((c) => c.header));
      for (const row of value as Record<string, unknown>[]) ws.addRow(cols.map((c) => cell(row[c.key!]) ?? null));
    }
    if (corrupt && corrupt.sheet === spec.key && ws.rowCount > 1) {
      const r = 2 + (corrupt.row % (ws.rowCount - 1));
      const c = 1 + (corrupt.column % Math.max(1, ws.columnCount));
      const v = corrupt.value;
      ws.getCell(r, c).value = (typeof v === "object" && v !== null ? JSON.stringify(v) : v) as ExcelJS.CellValue;
    }
  }
  const file = join(dir, `wb-${process.pid}-${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

