/**
 * readInput / readInputFile: the one entry to reading, from a path or from bytes. Chooses by content,
 * not by extension: a zip is a workbook, anything that parses as JSON is JSON; everything else gets
 * a clear Chinese sentence.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ErrorCode, isTongbaoError, TongbaoError } from "../errors.js";
import type { RawInput } from "./raw-input.js";
import { readJsonText } from "./read-json.js";
import { findSheet } from "../columns.js";
import { readXlsx } from "./read-xlsx.js";
import { checkZip } from "./guard-zip.js";
import { checkInputSize, checkInputBytes, checkJsonDepth } from "./guard-input.js";
import type { InputFile } from "../files.js";
import { compactSheets } from "./compact-sheets.js";
import { readXlsxFast } from "./read-xlsx-fast.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

export interface ReadOptions {
  /**
   * Read workbooks with tongbao's own sheet scanner (default true); exceljs is then loaded only when the
   * scanner meets something it does not handle (RawInput.reader says which read it, and why). False: always exceljs.
   */
  fast?: boolean;
}

const wanted = (sheetName: string) => findSheet(sheetName) !== undefined;

/** The sheet scanner, or exceljs when the scanner meets something it does not handle (a plain Error: the reason). */
async function readWorkbook(file: string, buf: Buffer, options: ReadOptions): Promise<RawInput> {
  if (options.fast === false) return { ...(await readXlsx(file, buf)), reader: "exceljs" };
  let reason: string;
  try {
    return { ...readXlsxFast(file, buf, wanted), reader: "scanner" };
  } catch (e) {
    if (isTongbaoError(e)) throw e;
    reason = e instanceof Error ? e.message : String(e);
  }
  return { ...(await readXlsx(file, buf)), reader: "exceljs", fallback: reason };
}

/** The file at `path` as an InputFile named by the path as given (so messages locate it); size checked before reading. */
export async function readInputBytes(path: string): Promise<InputFile> {
  await checkInputSize(path); // guard: size limit before reading
  try {
    return { name: path, bytes: await readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : code === "EACCES" ? "没有读取权限" : "无法读取";
    throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `无法读取输入文件“${path}”：${why}。`);
  }
}

/** Read the workbook or JSON file at `file`. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<RawInput> {
  return readInputFile(await readInputBytes(file), options);
}

/** Read a workbook or JSON file from its bytes, with the same guards as readInput (size, zip bombs, depth). */
export async function readInputFile(input: InputFile, options: ReadOptions = {}): Promise<RawInput> {
  const file = input.name;
  checkInputBytes(input.bytes.length, file); // guard: size limit, as readInput's before reading
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const name = basename(file);
  if (buf.length === 0) throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `输入文件“${name}”是空文件。`);
  if (startsWith(buf, ZIP)) {
    const check = await checkZip(buf, file); // guard: zip bombs, truncation, empty-row bloat
    // Stryker disable next-line ConditionalExpression,EqualityOperator: compaction changes how long reading takes, not what is read (compact-sheets' tests)
    return readWorkbook(file, check.bloatedSheets.length > 0 ? Buffer.from(compactSheets(buf, check)) : buf, options);
  }
  if (startsWith(buf, OLE)) {
    throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `文件“${name}”是旧版 Excel 97-2003（.xls）或加密的工作簿，无法读取。请在 Excel 或 WPS 中另存为 .xlsx 工作簿（不设密码）再试。`);
  }
  const text = buf.toString("utf8");
  if (/^\s*[{[]/.test(text.replace(/^\uFEFF/, ""))) {
    checkJsonDepth(text, file); // guard: nesting depth before JSON.parse
    return { ...readJsonText(text, file), reader: "json" };
  }
  throw new TongbaoError(
    ErrorCode.UNREADABLE_INPUT,
    `文件“${name}”既不是 xlsx 工作簿，也不是 JSON 文件，无法读取。请提供按模板填写的 .xlsx 工作簿（tongbao init 可生成模板）或 JSON 文件。`,
  );
}
