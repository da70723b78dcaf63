/**
 * Faults seen from the command line: an unwritable or full output folder, an input that is gone or
 * vanishes mid-run, kill -9 in the middle of `generate --per-unit`. Each ends in a clean Chinese
 * message and its exit code; only whole files are ever left; a re-run completes and sweeps the
 * killed run's temp files.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { clean, cliPath, root, tempDir, tongbao } from "./helpers.js";

const dir = tempDir("cli-faults");
const example = join(root, "data/example.json");
const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];

afterAll(() => {
  for (const m of mounts) spawnSync("umount", [m]);
});

/** A small tmpfs (root only); undefined when mounting is not possible here. */
function tmpfs(name: string, options: string): string | undefined {
  if (!isRoot) return undefined;
  const target = join(dir, name);
  mkdirSync(target, { recursive: true });
  if (spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", target]).status !== 0) return undefined;
  mounts.push(target);
  return target;
}

/** Every file under `d` (recursive), relative. */
const listing = (d: string): string[] => (existsSync(d) ? readdirSync(d, { recursive: true, encoding: "utf8" }) : []);

/** Every .docx under `d` opens as a whole zip. */
function allWhole(d: string): void {
  for (const f of listing(d).filter((f) => f.endsWith(".docx"))) expect(() => unzipSync(readFileSync(join(d, f))), f).not.toThrow();
}

describe("output faults", { timeout: 120_000 }, () => {
  it("an unwritable output folder: exit 4 with the path and the reason", () => {
    let target = tmpfs("ro", "ro,size=64k");
    if (!target) {
      target = join(dir, "readonly");
      mkdirSync(target);
      chmodSync(target, 0o555);
    }
    const r = tongbao(["generate", example, "-o", target]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/无法写入“.+\.docx”：(没有写入权限|所在磁盘为只读)/);
    expect(clean(r)).toBe(true);
    expect(readdirSync(target)).toEqual([]);
  });

  it("an output path that runs through a file: exit 4", () => {
    writeFileSync(join(dir, "a-file"), "");
    const r = tongbao(["generate", example, "-o", join(dir, "a-file", "out")]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain("不是文件夹");
    expect(clean(r)).toBe(true);
  });

  const full = tmpfs("full", "size=200k");
  it.skipIf(!full)("a full output folder: exit 4 磁盘空间不足, no partial file, earlier files kept", () => {
    writeFileSync(join(full!, "earlier.txt"), "kept");
    const r = tongbao(["generate", example, "-o", full!, "--per-unit"]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain("磁盘空间不足");
    expect(clean(r)).toBe(true);
    expect(readFileSync(join(full!, "earlier.txt"), "utf8")).toBe("kept");
    expect(listing(full!).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    allWhole(full!);
  });
});

describe("input faults", { timeout: 120_000 }, () => {
  it("an input path that points nowhere (a dangling link): exit 2 文件不存在", () => {
    const link = join(dir, "gone.xlsx");
    symlinkSync(join(dir, "never-existed.xlsx"), link);
    const r = tongbao(["generate", link, "-o", join(dir, "out-gone")]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("文件不存在");
    expect(clean(r)).toBe(true);
    expect(existsSync(join(dir, "out-gone"))).toBe(false);
  });

  it("an input deleted while the run starts: either a whole notice or exit 2, never a crash", async () => {
    const input = join(dir, "vanishing.json");
    const out = join(dir, "out-vanishing");
    copyFileSync(example, input);
    const child = spawn(process.execPath, [cliPath, "generate", input, "-o", out], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    setTimeout(() => rmSync(input), 150);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect([0, 2], stderr).toContain(code);
    expect(clean({ code, stdout: "", stderr })).toBe(true);
    if (code === 2) expect(stderr).toContain("文件不存在");
    allWhole(out);
  });
});

describe("kill -9 in the middle of generate --per-unit", { timeout: 240_000 }, () => {
  it("leaves only whole files, and a re-run completes and sweeps the temp files", async () => {
    const out = join(dir, "out-killed");
    const child = spawn(process.execPath, [cliPath, "generate", example, "-o", out, "--per-unit"], { cwd: root, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill once a few unit files exist (or after 60 s at the latest).
    const started = Date.now();
    for (;;) {
      const units = listing(out).filter((f) => f.includes("各单位/") && f.endsWith(".docx"));
      if (units.length >= 5 || Date.now() - started > 60_000) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await exited;
    allWhole(out);
    // Hard links to what the killed run left: the re-run must put each file in by rename (a new inode),
    // not write into the old one, which a kill would leave half written.
    const keep = join(dir, "out-killed-keep");
    const left = listing(out).filter((f) => f.endsWith(".docx"));
    const inodes = new Map(left.map((f) => [f, statSync(join(out, f)).ino]));
    for (const f of left) {
      mkdirSync(dirname(join(keep, f)), { recursive: true });
      linkSync(join(out, f), join(keep, f));
    }
    expect(left.length).toBeGreaterThan(0);

    const again = tongbao(["generate", example, "-o", out, "--per-unit"], 200_000);
    expect(again.code, again.stderr).toBe(0);
    for (const f of left) expect(statSync(join(out, f)).ino, `${f} replaced by rename`).not.toBe(inodes.get(f));
    const files = listing(out);
    expect(files.filter((f) => /\.tmp$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(100);
    allWhole(out);
  });
});
