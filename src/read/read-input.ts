/**
 * readInput: the one entry to reading. Chooses by content, not by extension: a zip is a workbook,
 * anything that parses as JSON is JSON; everything else gets a clear Chinese sentence.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ErrorCode, isTongbaoError, TongbaoError } from "../errors.js";
import type { RawInput } from "./raw-input.js";
import { readJsonText } from "./read-json.js";
import { findSheet } from "../columns.js";
import { readXlsx } from "./read-xlsx.js";
import { readXlsxStream } from "./read-xlsx-stream.js";
import { readXlsxFast } from "./read-xlsx-fast.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

export interface ReadOptions {
  /**
   * Read workbooks with tongbao's own sheet scanner (default true); exceljs is then loaded only when the
   * scanner meets something it does not handle. False: always exceljs (streamed above `streamAbove`).
   */
  fast?: boolean;
  /** Workbooks of at least this many bytes are read by streaming (default 1 MB, about 10,000 rows). */
  streamAbove?: number;
}

const STREAM_ABOVE = 1024 * 1024;
const wanted = (sheetName: string) => findSheet(sheetName) !== undefined;

export async function readInput(file: string, options: ReadOptions = {}): Promise<RawInput> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : code === "EACCES" ? "没有读取权限" : "无法读取";
    throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `无法读取输入文件“${file}”：${why}。`);
  }
  const name = basename(file);
  if (buf.length === 0) throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `输入文件“${name}”是空文件。`);
  if (startsWith(buf, ZIP)) {
    if (options.fast !== false) {
      try {
        return readXlsxFast(file, buf, wanted);
      } catch (e) {
        if (isTongbaoError(e)) throw e;
      }
    }
    const stream = buf.length >= (options.streamAbove ?? STREAM_ABOVE);
    return stream ? readXlsxStream(file, buf, wanted) : readXlsx(file);
  }
  if (startsWith(buf, OLE)) {
    throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `文件“${name}”是旧版 Excel 97-2003（.xls）或加密的工作簿，无法读取。请在 Excel 或 WPS 中另存为 .xlsx 工作簿（不设密码）再试。`);
  }
  const text = buf.toString("utf8");
  if (/^\s*[{[]/.test(text.replace(/^\uFEFF/, ""))) return readJsonText(text, file);
  throw new TongbaoError(
    ErrorCode.UNREADABLE_INPUT,
    `文件“${name}”既不是 xlsx 工作簿，也不是 JSON 文件，无法读取。请提供按模板填写的 .xlsx 工作簿（tongbao init 可生成模板）或 JSON 文件。`,
  );
}
