/**
 * The sheet scanner's fallback: the whole workbook through exceljs `load` (data validations and drawings skipped —
 * whole-column validations hang the reader), every recognised sheet turned into records.
 */
import type ExcelJS from "exceljs";
import { findSheet } from "../columns.js";
import type { RawInput } from "./raw-input.js";
import type { SheetRow } from "./sheet-records.js";
import { notAWorkbook, sheetsToRaw } from "./xlsx-common.js";

// Stryker disable next-line ArrayDeclaration,StringLiteral: skipping these saves time and memory, not content (a whole-column validation costs exceljs 1.5 s and 160 MB)
const IGNORE_NODES = ["dataValidations", "conditionalFormatting", "drawing", "picture"];

/** The rows of a loaded worksheet, merged cells carrying their master's value. */
function worksheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: empty rows would be skipped by sheetRecords anyway
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    rows.push([n, row.values as unknown[]]);
  });
  return rows;
}

/** `bytes` are the workbook's content; `file` names it in messages. */
export async function readXlsx(file: string, bytes: Buffer): Promise<RawInput> {
  const { Workbook } = (await import("exceljs")).default;
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORE_NODES } as Parameters<typeof wb.xlsx.load>[1]);
  } catch {
    throw notAWorkbook(file);
  }
  if (wb.worksheets.length === 0) throw notAWorkbook(file);
  // Stryker disable next-line ArrayDeclaration: rows of a sheet tongbao does not know are never read
  const sheets = wb.worksheets.map((ws) => ({ name: ws.name, rows: findSheet(ws.name) ? worksheetRows(ws) : [] }));
  // Stryker disable next-line OptionalChaining: exceljs always sets properties
  return sheetsToRaw(sheets, file, Boolean(wb.properties?.date1904));
}
