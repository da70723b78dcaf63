import { afterAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { chmod, link, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { cleanStaleTemps, ensureDir, writeFileAtomic } from "../../src/write/write-file-atomic.js";
import { resolveInside, safeFileName } from "../../src/write/safe-file-name.js";
import { ErrorCode, TongbaoError } from "../../src/errors.js";

const isRoot = process.getuid?.() === 0;
const dir = mkdtempSync(join(tmpdir(), "tongbao-faults-"));
const mounts: string[] = [];

afterAll(async () => {
  for (const m of mounts) spawnSync("umount", [m]);
  await rm(dir, { recursive: true, force: true });
});

/** A small tmpfs (root only); undefined when mounting is not possible here. */
function tmpfs(name: string, options: string): string | undefined {
  if (!isRoot) return undefined;
  const target = join(dir, name);
  spawnSync("mkdir", ["-p", target]);
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", target]);
  if (r.status !== 0) return undefined;
  mounts.push(target);
  return target;
}

async function failure(p: Promise<unknown>): Promise<TongbaoError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(TongbaoError);
  expect((err as TongbaoError).code).toBe(ErrorCode.OUTPUT);
  expect((err as TongbaoError).exitCode).toBe(4);
  return err as TongbaoError;
}

describe("an unwritable output folder", () => {
  it("gives a clean Chinese message naming the path, and leaves no temp file", async () => {
    // chmod does not stop root: as root use a read-only mount; as a user, a 0555 folder.
    let target = tmpfs("ro", "ro,size=64k");
    if (!target) {
      target = join(dir, "readonly");
      await mkdir(target);
      await chmod(target, 0o555);
    }
    const path = join(target, "县教育局.docx");
    const err = await failure(writeFileAtomic(path, "x"));
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/没有写入权限|只读/);
    expect(err.issues[0]?.fix).toContain("-o");
    expect(await readdir(target)).toEqual([]);
  });

  it("fails the same way when the folder path runs through a file", async () => {
    await writeFile(join(dir, "plain-file"), "");
    const err = await failure(ensureDir(join(dir, "plain-file", "out")));
    expect(err.message).toContain("不是文件夹");
    const err2 = await failure(writeFileAtomic(join(dir, "plain-file", "a.docx"), "x"));
    expect(err2.message).toContain("不是文件夹");
  });
});

describe("a full output folder", () => {
  const full = tmpfs("full", "size=64k");
  it.skipIf(!full)("says 磁盘空间不足 and removes the partial temp file", async () => {
    await writeFile(join(full!, "earlier.docx"), "kept");
    const err = await failure(writeFileAtomic(join(full!, "big.docx"), new Uint8Array(512 * 1024)));
    expect(err.message).toContain("磁盘空间不足");
    expect(err.issues[0]?.fix).toBe("请清理磁盘空间或用 -o 换一个输出文件夹后重试。");
    expect(await readdir(full!)).toEqual(["earlier.docx"]);
    expect(await readFile(join(full!, "earlier.docx"), "utf8")).toBe("kept");
  });
});

describe("names", () => {
  it("reports a name the file system refuses as too long", async () => {
    const err = await failure(writeFileAtomic(join(dir, `${"县".repeat(100)}.docx`), "x"));
    expect(err.message).toContain("过长");
  });

  it("writes every hostile unit name as a file inside the output folder", async () => {
    const out = join(dir, "hostile");
    await ensureDir(out);
    const taken = new Set<string>();
    const names = ["../../x", "/etc/passwd", "a\\b:c*d?e", "CON", "con.txt", "县".repeat(600), "  ", "😀".repeat(300), "𠀀单位", "县教育局", "县教育局"];
    for (const name of names) await writeFileAtomic(resolveInside(out, safeFileName(name, taken, "docx")), name);
    const written = await readdir(out);
    expect(written).toHaveLength(names.length);
    for (const file of written) expect((await stat(join(out, file))).isFile()).toBe(true);
    expect(await readdir(dir)).not.toContain("x.docx");
  });
});

describe("an existing output folder", () => {
  it("keeps its other files untouched when a batch is written into it", async () => {
    const out = join(dir, "existing");
    await ensureDir(join(out, "sub"));
    await writeFile(join(out, "自己的笔记.txt"), "mine");
    await writeFile(join(out, "sub", "a.docx"), "nested");
    const before = await stat(join(out, "自己的笔记.txt"));
    for (let i = 0; i < 5; i++) await writeFileAtomic(join(out, `单位${i}.docx`), `doc ${i}`);
    expect(await readFile(join(out, "自己的笔记.txt"), "utf8")).toBe("mine");
    expect((await stat(join(out, "自己的笔记.txt"))).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(join(out, "sub", "a.docx"), "utf8")).toBe("nested");
    expect(await cleanStaleTemps(out)).toEqual([]);
  });
});

describe("kill -9 in the middle of a batch", () => {
  const COUNT = 400;
  const SIZE = 48 * 1024;
  const expected = (i: number) => Buffer.alloc(SIZE, `file ${i};`);

  /** Transpiles the write modules to plain JS so a child node process can run them. */
  async function buildChild(): Promise<string> {
    const lib = join(dir, "child");
    await mkdir(join(lib, "write"), { recursive: true });
    const src = fileURLToPath(new URL("../../src/", import.meta.url));
    for (const file of ["errors.ts", "write/write-file-atomic.ts"]) {
      const out = ts.transpileModule(await readFile(join(src, file), "utf8"), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      await writeFile(join(lib, file.replace(/\.ts$/, ".js")), out.outputText);
    }
    await writeFile(join(lib, "package.json"), '{"type":"module"}');
    const script = join(lib, "writer.js");
    await writeFile(
      script,
      `import { writeFileAtomic } from "./write/write-file-atomic.js";
const [out, count, size] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
for (let i = 0; i < count; i++) await writeFileAtomic(out + "/unit" + i + ".docx", Buffer.alloc(size, "file " + i + ";"));
`,
    );
    return script;
  }

  async function checkWhole(out: string): Promise<string[]> {
    const names = await readdir(out);
    for (const name of names.filter((n) => !n.startsWith("."))) {
      const i = Number(/^unit(\d+)\.docx$/.exec(name)?.[1]);
      expect(Number.isInteger(i), name).toBe(true);
      expect((await readFile(join(out, name))).equals(expected(i)), `${name} is whole`).toBe(true);
    }
    return names;
  }

  it("leaves only whole files, and a re-run completes the batch", async () => {
    const script = await buildChild();
    const out = join(dir, "killed");
    await ensureDir(out);
    await writeFile(join(out, "unit0.docx"), "an old version");
    const child = spawn(process.execPath, [script, out, String(COUNT), String(SIZE)], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_code, signal) => r(signal)));
    while ((await readdir(out)).length < 30) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const afterKill = await checkWhole(out);
    const finals = afterKill.filter((n) => !n.startsWith("."));
    expect(finals.length).toBeLessThan(COUNT);
    for (const temp of afterKill.filter((n) => n.startsWith("."))) expect(temp).toMatch(new RegExp(`^\\.unit\\d+\\.docx\\.${child.pid}-\\d+\\.\\d+\\.tmp$`));

    // Hard links to the files the killed run left: a writer that writes a target in place (not a temp file
    // renamed over it) would change them, and the re-run would leave each target on its old inode.
    const keep = join(dir, "killed-keep");
    await mkdir(keep);
    const inodes = new Map<string, number>();
    for (const name of finals) {
      await link(join(out, name), join(keep, name));
      inodes.set(name, (await stat(join(out, name))).ino);
    }
    const kept = new Map(await Promise.all(finals.map(async (n) => [n, await readFile(join(keep, n))] as const)));

    await cleanStaleTemps(out);
    const rerun = spawnSync(process.execPath, [script, out, String(COUNT), String(SIZE)]);
    expect(rerun.status).toBe(0);
    const done = await checkWhole(out);
    expect(done).toHaveLength(COUNT);
    expect(done.filter((n) => n.startsWith("."))).toEqual([]);
    for (const name of finals) {
      expect((await stat(join(out, name))).ino, `${name} replaced by rename`).not.toBe(inodes.get(name));
      expect((await readFile(join(keep, name))).equals(kept.get(name)!), `${name}'s old file untouched`).toBe(true);
    }
  }, 120_000);
});
