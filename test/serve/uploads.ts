/**
 * Files the page's tests upload: the example workbook, a broken copy of it written with exceljs, a zip
 * bomb that lies about its size, and a file over the upload limit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";
import { constants, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

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
  const MB = 1024 * 1024;
  const segment = deflateRawSync(Buffer.alloc(16 * MB, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: 20 }, () => segment), Buffer.from([0x03, 0x00])]);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  const file = join(dir, "炸弹.xlsx");
  writeFileSync(file, Buffer.concat([local, name, data, central, name, end]));
  return file;
}

/** A file of `mb` megabytes (zeros): larger than the page's limit. */
export function writeLargeFile(dir: string, mb: number): string {
  const file = join(dir, `大文件-${mb}MB.xlsx`);
  writeFileSync(file, Buffer.alloc(mb * 1024 * 1024));
  return file;
}
