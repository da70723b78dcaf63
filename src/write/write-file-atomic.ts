import { open, rename, rm, mkdir, readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { ErrorCode, TongbaoError } from "../errors.js";

/** Temp files we leave behind only when killed: `.<name>.<pid>-<thread>.<counter>.tmp`. */
const TEMP_PATTERN = /^\..+\.(\d+)-\d+\.\d+\.tmp$/;
let counter = 0;

const reasons: Record<string, string> = {
  EACCES: "没有写入权限",
  EPERM: "没有写入权限",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘配额已用完",
  EROFS: "所在磁盘为只读",
  ENOTDIR: "路径中的某一级不是文件夹",
  ENAMETOOLONG: "文件名或路径过长",
  EISDIR: "同名文件夹已存在",
  ENOENT: "所在文件夹不存在",
  EMFILE: "同时打开的文件过多",
};

/** Turns a file-system error into a TongbaoError whose Chinese message names the path and the cause. */
export function outputError(err: unknown, path: string, action = "写入"): TongbaoError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? "";
  const reason = reasons[code] ?? `系统错误 ${code || String(err)}`;
  const message = `无法${action}“${path}”：${reason}。`;
  const fix = code === "ENOSPC" || code === "EDQUOT" ? "请清理磁盘空间或用 -o 换一个输出文件夹后重试。" : "请用 -o 换一个可写的输出文件夹后重试。";
  return new TongbaoError(ErrorCode.OUTPUT, message, [
    { code: ErrorCode.OUTPUT, severity: "error", message, location: { file: path }, value: code || undefined, fix },
  ]);
}

/** Creates `dir` and its parents; a failure becomes a TongbaoError(OUTPUT). */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw outputError(err, dir, "创建文件夹");
  }
}

/** Flushes a directory entry (the rename) to disk where the platform allows it. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/**
 * Writes `data` to `path` so that `path` either keeps its old content or holds the whole new one:
 * write a temp file beside it, fsync, rename over. On failure the temp file is removed.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}.${counter++}.tmp`);
  let handle;
  try {
    handle = await open(temp, "wx", 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: force only hides ENOENT, and the catch hides every error anyway
    await rm(temp, { force: true }).catch(() => undefined);
    throw outputError(err, path);
  }
  await syncDir(dirname(path));
}

/** Files written at once by writeFilesAtomic: each write mostly waits on its own two fsyncs. */
const IN_FLIGHT = 8;

/**
 * writeFileAtomic for many files, several in flight: one after another, a province's 1,500 unit files spend
 * ~7 s waiting on fsync, eight at a time ~1.5 s. Every file is still whole or absent; the first failure is
 * thrown once the writes in flight have settled, and no further write is started after it.
 */
export async function writeFilesAtomic(files: readonly { path: string; data: Uint8Array | string }[]): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < files.length) {
      const file = files[next++]!;
      await writeFileAtomic(file.path, file.data).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  if (failure) throw failure.error;
}

/** True when a process with this id is running (then its temp files may still be in use). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temp files a killed earlier run left in `dir`; returns their names. Temp files of a process
 * still running (this one included) and all other files are left alone.
 */
export async function cleanStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw outputError(err, dir, "读取文件夹");
  }
  const stale = names
    .filter((n) => {
      const pid = TEMP_PATTERN.exec(n)?.[1];
      return pid !== undefined && !isRunning(Number(pid));
    })
    .sort();
  for (const name of stale) await rm(join(dir, name), { force: true });
  return stale;
}
