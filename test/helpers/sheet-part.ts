/** The zip part (xl/worksheets/sheetN.xml) holding a workbook's sheet, found the way the sheet scanner finds it. */
import { workbookParts } from "../../src/read/xlsx-common.js";
import { zipEntries } from "../../src/read/zip-parts.js";

export function sheetPart(workbook: Uint8Array, sheetName: string): string {
  const buf = Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength);
  const part = [...workbookParts(buf, zipEntries(buf)).names].find(([, name]) => name === sheetName)?.[0];
  if (!part) throw new Error(`no sheet ${sheetName}`);
  return part;
}
