import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { link, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanStaleTemps, ensureDir, writeFileAtomic, writeFilesAtomic } from "../../src/write/write-file-atomic.js";
import { ErrorCode, TongbaoError } from "../../src/errors.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes bytes and strings and leaves no temp file behind", async () => {
    await writeFileAtomic(join(dir, "a.bin"), new Uint8Array([1, 2, 3]));
    await writeFileAtomic(join(dir, "说明.txt"), "通报");
    expect(await readFile(join(dir, "a.bin"))).toEqual(Buffer.from([1, 2, 3]));
    expect(await readFile(join(dir, "说明.txt"), "utf8")).toBe("通报");
    expect((await readdir(dir)).sort()).toEqual(["a.bin", "说明.txt"]);
  });

  it("replaces an existing file whole", async () => {
    const path = join(dir, "x.docx");
    await writeFile(path, "old content that is longer");
    await writeFileAtomic(path, "new");
    expect(await readFile(path, "utf8")).toBe("new");
  });

  it("puts the new file in by rename, never writing into the old one (a hard link to it keeps the old bytes)", async () => {
    const path = join(dir, "x.docx");
    await writeFile(path, "old");
    await link(path, join(dir, "old-link"));
    const before = await stat(path);
    await writeFileAtomic(path, "new");
    expect(await readFile(join(dir, "old-link"), "utf8")).toBe("old");
    expect((await stat(path)).ino).not.toBe(before.ino);
    expect((await readdir(dir)).sort()).toEqual(["old-link", "x.docx"]);
  });

  it("writes the file readable by everyone but writable by its owner only", async () => {
    const path = join(dir, "mode.docx");
    await writeFileAtomic(path, "x");
    expect((await stat(path)).mode & 0o777 & ~process.umask()).toBe(0o644 & ~process.umask());
  });

  it("gives each write its own temp name, so writes to one target at once all end whole", async () => {
    const path = join(dir, "same.docx");
    await Promise.all(["a", "b", "c"].map((v) => writeFileAtomic(path, v.repeat(100_000))));
    expect(["a", "b", "c"].map((v) => v.repeat(100_000))).toContain(await readFile(path, "utf8"));
    expect(await readdir(dir)).toEqual(["same.docx"]);
  });

  it("fails with an OUTPUT error naming the path when the folder is missing, and leaves nothing", async () => {
    const path = join(dir, "missing", "x.docx");
    const err = await writeFileAtomic(path, "x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TongbaoError);
    expect((err as TongbaoError).code).toBe(ErrorCode.OUTPUT);
    expect((err as TongbaoError).exitCode).toBe(4);
    expect((err as TongbaoError).message).toContain(path);
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails when the target is a folder and removes its temp file", async () => {
    await ensureDir(join(dir, "taken.docx"));
    const err = await writeFileAtomic(join(dir, "taken.docx"), "x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TongbaoError);
    expect(await readdir(dir)).toEqual(["taken.docx"]);
  });
});

describe("ensureDir", () => {
  it("creates nested folders and accepts an existing one", async () => {
    await ensureDir(join(dir, "a", "b"));
    await ensureDir(join(dir, "a", "b"));
    expect(await readdir(join(dir, "a"))).toEqual(["b"]);
  });

  it("explains in Chinese when a path component is a file", async () => {
    await writeFile(join(dir, "file"), "");
    const err = await ensureDir(join(dir, "file", "out")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TongbaoError);
    expect((err as TongbaoError).message).toMatch(/不是文件夹|已存在/);
  });
});

describe("cleanStaleTemps", () => {
  it("removes temp files of dead processes and leaves live ones and other files alone", async () => {
    const dead = ".县教育局.docx.999999999-0.3.tmp";
    const live = `.县教育局.docx.${process.pid}-0.4.tmp`;
    for (const n of [dead, live, "县教育局.docx", ".hidden", "x.tmp"]) await writeFile(join(dir, n), "");
    expect(await cleanStaleTemps(dir)).toEqual([dead]);
    expect((await readdir(dir)).sort()).toEqual([live, ".hidden", "x.tmp", "县教育局.docx"].sort());
  });

  it("treats a missing folder as clean", async () => {
    expect(await cleanStaleTemps(join(dir, "none"))).toEqual([]);
  });
});

describe("writeFilesAtomic", () => {
  it("writes many files whole, several at a time, and leaves no temp file behind", async () => {
    const files = Array.from({ length: 40 }, (_, i) => ({ path: join(dir, `单位${i}.docx`), data: `第${i}个文件`.repeat(i + 1) }));
    await writeFilesAtomic(files);
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => f.path.slice(dir.length + 1)).sort());
    for (const f of files) expect(await readFile(f.path, "utf8")).toBe(f.data);
  });

  it("throws the first failure as an OUTPUT error and starts no write after it", async () => {
    const files = [
      ...Array.from({ length: 3 }, (_, i) => ({ path: join(dir, `a${i}.docx`), data: "a" })),
      { path: join(dir, "missing", "x.docx"), data: "x" },
      ...Array.from({ length: 30 }, (_, i) => ({ path: join(dir, `b${i}.docx`), data: "b" })),
    ];
    const err = await writeFilesAtomic(files).catch((e: unknown) => e);
    expect((err as TongbaoError).code).toBe(ErrorCode.OUTPUT);
    expect((err as TongbaoError).message).toContain(join(dir, "missing", "x.docx"));
    const left = await readdir(dir);
    expect(left.filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(left.length).toBeLessThan(files.length - 1);
  });
});
