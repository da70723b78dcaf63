/**
 * Files the page's tests upload: the example workbook, a broken copy of it written with exceljs, a zip
 * bomb that lies about its size, and a file over the upload limit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { deflatedZeros, writeZip } from "../helpers/raw-zip.js";

function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const root = packageRoot();
export const example = join(root, "data", "example.xlsx");
export const uploadsDir = () => mkdtempSync(join(tmpdir(), "tongbao-uploads-"));

/** The example workbook with two wrong cells: 政务新媒体!C3 平台类型 “微薄”, 政府网站!J4 得分 “很好”. */
export async function writeBrokenWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(example);
  wb.getWorksheet("政务新媒体")!.getCell("C3").value = "微薄";
  wb.getWorksheet("政府网站")!.getCell("J4").value = "很好";
  const file = join(dir, "检查结果-有错.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** A 300 KB zip whose one sheet inflates to 320 MB while its directory claims 1,000 bytes. */
export function writeZipBomb(dir: string): string {
  const file = join(dir, "炸弹.xlsx");
  writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: deflatedZeros(320), declared: 1000 }]);
  return file;
}

/** A file of `mb` megabytes (zeros): larger than the page's limit. */
export function writeLargeFile(dir: string, mb: number): string {
  const file = join(dir, `大文件-${mb}MB.xlsx`);
  writeFileSync(file, Buffer.alloc(mb * 1024 * 1024));
  return file;
}
