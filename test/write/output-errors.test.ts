import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watch } from "node:fs";
import { mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanStaleTemps, ensureDir, writeFileAtomic, writeFilesAtomic } from "../../src/write/write-file-atomic.js";
import { ErrorCode, TongbaoError } from "../../src/errors.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-output-errors-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<TongbaoError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(TongbaoError);
  return err as TongbaoError;
}

const otherFolder = "请用 -o 换一个可写的输出文件夹后重试。";

describe("output errors", () => {
  it("says the folder is missing, with the path, the code and the fix in the issue", async () => {
    const path = join(dir, "missing", "x.docx");
    const err = await failure(writeFileAtomic(path, "x"));
    expect(err.message).toBe(`无法写入“${path}”：所在文件夹不存在。`);
    expect(err.issues).toEqual([
      { code: ErrorCode.OUTPUT, severity: "error", message: err.message, location: { file: path }, value: "ENOENT", fix: otherFolder },
    ]);
  });

  it("says a folder of the same name exists when the target is a folder", async () => {
    const path = join(dir, "taken.docx");
    await ensureDir(path);
    const err = await failure(writeFileAtomic(path, "x"));
    expect(err.message).toBe(`无法写入“${path}”：同名文件夹已存在。`);
  });

  it("says which step failed when a folder cannot be created", async () => {
    await writeFile(join(dir, "file"), "");
    const path = join(dir, "file", "out");
    const err = await failure(ensureDir(path));
    expect(err.message).toBe(`无法创建文件夹“${path}”：路径中的某一级不是文件夹。`);
    expect(err.issues[0]).toMatchObject({ value: "ENOTDIR", fix: otherFolder });
  });

  it("says the folder cannot be read when stale temps are cleaned from a file", async () => {
    const path = join(dir, "file");
    await writeFile(path, "");
    const err = await failure(cleanStaleTemps(path));
    expect(err.message).toBe(`无法读取文件夹“${path}”：路径中的某一级不是文件夹。`);
  });

  it("names the system error code it has no Chinese reason for", async () => {
    await symlink("loop", join(dir, "loop"));
    const path = join(dir, "loop", "x.docx");
    const err = await failure(writeFileAtomic(path, "x"));
    expect(err.message).toBe(`无法写入“${path}”：系统错误 ELOOP。`);
    expect(err.issues[0]?.value).toBe("ELOOP");
  });
});

describe("writeFileAtomic temp files", () => {
  it("names each temp file after the target, this process, its thread and a rising count, as cleanStaleTemps expects", async () => {
    const seen = new Set<string>();
    const watcher = watch(dir, (_, name) => name && seen.add(name));
    for (let i = 0; i < 3; i += 1) await writeFileAtomic(join(dir, "x.docx"), "x".repeat(100_000));
    await new Promise((r) => setTimeout(r, 100));
    watcher.close();
    const temps = [...seen].filter((n) => n !== "x.docx");
    expect(temps.length).toBeGreaterThan(0);
    for (const t of temps) expect(t).toMatch(new RegExp(`^\\.x\\.docx\\.${process.pid}-\\d+\\.\\d+\\.tmp$`));
  });
});

describe("writeFilesAtomic", () => {
  it("writes nothing and succeeds for no files", async () => {
    await writeFilesAtomic([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("throws the failure of a batch smaller than the writes in flight", async () => {
    const err = await failure(writeFilesAtomic([{ path: join(dir, "a.docx"), data: "a" }, { path: join(dir, "no", "b.docx"), data: "b" }]));
    expect(err.message).toContain(join(dir, "no", "b.docx"));
    expect(await readdir(dir)).toEqual(["a.docx"]);
  });
});

describe("cleanStaleTemps", () => {
  it("returns the stale temps it removed in name order and keeps names that only look alike", async () => {
    const stale = [".乙.docx.999999998-0.1.tmp", ".甲.docx.999999999-12.0.tmp", ".a.docx.999999997-1.5.tmp"];
    const kept = ["..999999999-0.1.tmp", ".a.docx.999999999-0.1.tmp.bak", "a.docx.999999999-0.1.tmp", ".a.docx.x-0.1.tmp", ".a.docx.999999999.1.tmp"];
    for (const n of [...stale, ...kept]) await writeFile(join(dir, n), "");
    expect(await cleanStaleTemps(dir)).toEqual([...stale].sort());
    expect((await readdir(dir)).sort()).toEqual([...kept].sort());
  });
});
