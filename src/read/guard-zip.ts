/**
 * The gate in front of the workbook reader: reads the zip's central directory itself, refuses
 * truncated, encrypted and oversized archives and zip bombs (declared AND actual inflated sizes,
 * inflated by zlib in 256 KB chunks that are counted and thrown away, so memory stays low), and notices worksheets bloated
 * with empty formatted rows so the reader can be handed a compacted copy.
 */
import { createInflateRaw } from "node:zlib";
import { basename } from "node:path";
import { ErrorCode, TongbaoError } from "../errors.js";
import { ZipFormatError, zipDirectory, type ZipEntry } from "./zip-parts.js";

const MB = 1024 * 1024;

/** Documented limits (README): what a workbook may expand to. */
export const ZIP_LIMITS = {
  /** Entries in the archive. */
  maxEntries: 10_000,
  /** All entries together, uncompressed (declared and actual). */
  maxTotalBytes: 200 * MB,
  /** Compression ratio above which an entry counts as a bomb… */
  maxRatio: 100,
  /** …when it inflates to more than this. */
  ratioMinBytes: 10 * MB,
} as const;

/** A worksheet with more rows than this, most of them without a value, gets compacted. */
const BLOATED_ROWS = 10_000;
/**
 * Worksheets smaller than this are not searched for empty-row bloat: the sheet scanner reads them quickly
 * whatever they hold, and counting tags costs about as much as scanning (a province workbook's 6 MB sheet).
 */
const BLOAT_CHECK_BYTES = 8 * MB;

export type { ZipEntry } from "./zip-parts.js";

export interface ZipCheck {
  entries: ZipEntry[];
  /** Worksheets whose rows are mostly empty (formatted but blank): worth compacting before reading. */
  bloatedSheets: string[];
}

const refuse = (_file: string, message: string) => new TongbaoError(ErrorCode.UNREADABLE_INPUT, message);

const broken = (file: string) =>
  refuse(file, `文件“${basename(file)}”不是完整的 xlsx 工作簿（可能已损坏或未完整下载），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`);

const tooBig = (file: string, what: string) =>
  refuse(
    file,
    `文件“${basename(file)}”解压后${what}，超过安全上限（解压后合计${ZIP_LIMITS.maxTotalBytes / MB} MB，单个大文件压缩比${ZIP_LIMITS.maxRatio}倍），疑为恶意构造的压缩包，已拒绝读取。请确认文件来源，或删除多余的空行、图片后另存再试。`,
  );

/** Every entry of the central directory (zip-parts' parser), refused above the documented limits. */
export function zipEntries(buf: Uint8Array, file: string): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = zipDirectory(buf);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    if (e.reason === "zip64") throw tooBig(file, "超过 4 GB（ZIP64 格式）");
    if (e.reason === "encrypted") {
      throw refuse(file, `文件“${basename(file)}”是加密的工作簿，无法读取。请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再试。`);
    }
    throw broken(file);
  }
  if (entries.length > ZIP_LIMITS.maxEntries) throw tooBig(file, `包含${entries.length}个文件`);
  let declared = 0;
  for (const { name, size, compressedSize } of entries) {
    declared += size;
    if (declared > ZIP_LIMITS.maxTotalBytes) throw tooBig(file, `声明的大小超过${ZIP_LIMITS.maxTotalBytes / MB} MB`);
    if (size > ZIP_LIMITS.ratioMinBytes && size > compressedSize * ZIP_LIMITS.maxRatio) {
      throw tooBig(file, `“${name}”的压缩比为${Math.round(size / Math.max(1, compressedSize))}倍`);
    }
  }
  return entries;
}

const ROW_TAGS = ["<row ", "<row>"].map((t) => Buffer.from(t));
const VALUE_TAGS = ["<v>", "<v ", "<f>", "<f ", "<is>"].map((t) => Buffer.from(t));

/** Occurrences of `tag` in `b` that end after byte `from` (those before were counted with the last chunk). */
function count(b: Buffer, tag: Buffer, from: number): number {
  let n = 0;
  for (let i = b.indexOf(tag, Math.max(0, from - tag.length + 1)); i >= 0; i = b.indexOf(tag, i + 1)) n++;
  return n;
}

/** Counts `<row` tags and value-bearing cell parts (`<v>`, `<f>`, `<is>`) in worksheet XML, chunk by chunk. */
class RowCounter {
  rows = 0;
  values = 0;
  private tail = Buffer.alloc(0);
  push(chunk: Uint8Array): void {
    const b = Buffer.concat([this.tail, chunk]);
    const from = this.tail.length;
    for (const t of ROW_TAGS) this.rows += count(b, t, from);
    for (const t of VALUE_TAGS) this.values += count(b, t, from);
    this.tail = b.subarray(Math.max(0, b.length - 4));
  }
}

/** Inflates one entry through zlib, passing each chunk on; stops early when `onChunk` throws. */
async function inflateEntry(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  await new Promise<void>((resolve, reject) => {
    inflate.on("data", (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (err) {
        inflate.destroy();
        reject(err);
      }
    });
    inflate.on("end", resolve);
    inflate.on("error", reject);
    inflate.end(data);
  });
}

/**
 * Inflates every entry (zlib, streamed), counting what comes out and keeping nothing: refuses when
 * an entry outgrows its declared size — so the total stays within the declared total zipEntries
 * allows. Names the bloated sheets.
 */
export async function checkZip(buf: Uint8Array, file: string): Promise<ZipCheck> {
  const entries = zipEntries(buf, file);
  const bloatedSheets: string[] = [];
  for (const e of entries) {
    const sheet = e.size >= BLOAT_CHECK_BYTES && /^xl\/worksheets\/[^/]+\.xml$/.test(e.name) ? new RowCounter() : undefined;
    const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > e.size) throw tooBig(file, `“${e.name}”实际大小超过其声明的大小`);
      sheet?.push(chunk);
    };
    if (e.method === 0) take(data);
    else {
      try {
        await inflateEntry(data, take);
      } catch (err) {
        if (err instanceof TongbaoError) throw err;
        throw broken(file);
      }
    }
    if (size !== e.size) throw broken(file);
    if (sheet && sheet.rows > BLOATED_ROWS && sheet.values < sheet.rows * 2) bloatedSheets.push(e.name);
  }
  return { entries, bloatedSheets };
}
