/**
 * Writes sheets of rows to an .xlsx with exceljs's streaming WorkbookWriter (shared strings, styles):
 * rows are committed as they come, so memory stays bounded whatever the row count.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "./sheet-rows.js";

export interface SheetData {
  name: string;
  headers: readonly string[];
  widths: readonly number[];
  rows: Iterable<CellValue[]>;
}

/** Fixed document properties, so the workbook's own metadata never carries the time it was written. */
export const FIXED_TIME = new Date(Date.UTC(2024, 9, 8, 9, 0, 0));

export async function writeWorkbook(file: string, sheets: readonly SheetData[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
    created: FIXED_TIME,
    modified: FIXED_TIME,
    creator: "tongbao",
    lastModifiedBy: "tongbao",
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
    ws.columns = sheet.headers.map((header, i) => ({ header, width: sheet.widths[i] ?? 12 }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const values of sheet.rows) {
      const row = ws.addRow(values);
      values.forEach((value, i) => {
        if (value instanceof Date) row.getCell(i + 1).numFmt = "yyyy-mm-dd";
      });
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}
