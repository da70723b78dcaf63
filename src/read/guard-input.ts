/**
 * Limits checked before an input is parsed: the file's size (from stat, before reading it) and the
 * nesting depth of JSON (a linear scan, before JSON.parse and the recursive code after it).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { ErrorCode, TongbaoError } from "../errors.js";

const MB = 1024 * 1024;

/** Documented limits (README). A national inspection is about 13 MB as xlsx, 60 MB as JSON. */
export const INPUT_LIMITS = {
  /** Size of the input file on disk, xlsx or JSON. */
  maxBytes: 100 * MB,
  /** Nesting of JSON arrays and objects; the input format needs 3. */
  maxJsonDepth: 64,
} as const;

const refuse = (message: string) => new TongbaoError(ErrorCode.UNREADABLE_INPUT, message);

/** Refuses a file larger than the limit, before a byte of it is read. Missing files pass (the reader says so). */
export async function checkInputSize(file: string): Promise<void> {
  checkInputBytes(await stat(file).then((s) => (s.isFile() ? s.size : 0), () => 0), file);
}

/** Refuses an input of more bytes than the limit (for bytes already in memory, and for readInput's stat). */
export function checkInputBytes(size: number, file: string): void {
  if (size > INPUT_LIMITS.maxBytes) {
    throw refuse(
      `输入文件“${basename(file)}”有${(size / MB).toFixed(0)} MB，超过上限${INPUT_LIMITS.maxBytes / MB} MB，未读取。请确认选对了文件，或按单位、地区拆分为几个文件分别生成。`,
    );
  }
}

/** Refuses JSON nested deeper than the limit, naming the line; strings are skipped. */
export function checkJsonDepth(text: string, file: string): void {
  let depth = 0;
  let inString = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > INPUT_LIMITS.maxJsonDepth) {
        const message = `JSON 嵌套超过${INPUT_LIMITS.maxJsonDepth}层（第${line}行），不是有效的检查数据，未读取。输入格式只需三层：{ "accounts": [ { … } ] }。`;
        throw new TongbaoError(ErrorCode.UNREADABLE_INPUT, `文件“${basename(file)}”的 JSON 嵌套过深，未读取。`, [
          { code: "json-depth", severity: "error", message, location: { file } },
        ]);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}
