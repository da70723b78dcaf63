import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { convertToPdf, findSoffice, pdfFiles } from "../../src/write/pdf.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-pdf-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function docxFile(name: string, text: string): Promise<string> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] });
  const path = join(dir, name);
  await writeFile(path, await Packer.toBuffer(doc));
  return path;
}

/** Running and not a zombie waiting for its parent (init) to reap it. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

describe("convertToPdf", () => {
  it("converts several Word files in one call into PDFs in the output folder and cleans up its profile", async () => {
    const files = [await docxFile("县教育局.docx", "关于县教育局网站检查情况的通报"), await docxFile("县卫健委.docx", "县卫健委整改情况")];
    const out = join(dir, "out-real");
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "keep.txt"), "other file");
    // A temp folder of this test's own: other processes on the machine make and remove profiles in /tmp meanwhile.
    const temp = join(dir, "tmp");
    await mkdir(temp);
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    const { written, problems } = await convertToPdf(files, out, { timeoutMs: 180_000 }).finally(() => {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    });
    expect(await readdir(temp)).toEqual([]);
    expect(problems.filter((p) => !p.message.startsWith("本机未安装公文字体"))).toEqual([]);
    expect(written).toEqual([join(out, "县教育局.pdf"), join(out, "县卫健委.pdf")]);
    for (const pdf of written) expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
    expect(execFileSync("pdftotext", [written[0]!, "-"]).toString()).toContain("县教育局网站检查情况");
    expect((await readdir(out)).sort()).toEqual(["keep.txt", "县卫健委.pdf", "县教育局.pdf"].sort());
  }, 200_000);

  it("previews the 公文 faces in the closest free faces through the package's fonts.conf, and says so once", async () => {
    const font = (face: string) => ({ ascii: face, hAnsi: face, eastAsia: face, cs: face });
    const doc = new Document({
      sections: [
        {
          children: ["仿宋_GB2312", "楷体_GB2312", "黑体"].map((face) => new Paragraph({ children: [new TextRun({ text: `检查情况${face}`, font: font(face) })] })),
        },
      ],
    });
    const files = [join(dir, "faces.docx"), join(dir, "faces2.docx")];
    for (const f of files) await writeFile(f, await Packer.toBuffer(doc));
    const out = join(dir, "out-faces");
    await mkdir(out, { recursive: true });
    const { written, problems } = await convertToPdf(files, out, { timeoutMs: 180_000 });
    const fonts = execFileSync("pdffonts", [written[0]!]).toString();
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/NotoSansCJK/);
    expect(fonts).toMatch(/UKai/);
    const warnings = problems.filter((p) => p.message.startsWith("本机未安装公文字体"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain("仿宋_GB2312→Noto Serif CJK SC");
    expect(warnings[0]!.message).toContain("黑体→Noto Sans CJK SC");
  }, 200_000);

  it("explains how to install LibreOffice when soffice is missing, without throwing", async () => {
    const files = [await docxFile("a.docx", "x")];
    const { written, problems } = await convertToPdf(files, dir, { searchPath: join(dir, "no-such-bin") });
    expect(written).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("未找到 LibreOffice（soffice），未生成 PDF；Word 文件已写出。");
    expect(problems[0]!.message).toContain("sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk");
  });

  it("kills the whole process group on timeout and reports each file", async () => {
    const bin = join(dir, "fake-bin");
    await mkdir(bin, { recursive: true });
    const pids = join(dir, "pids");
    await writeFile(join(bin, "soffice"), `#!/bin/sh\necho $$ > ${pids}\nsleep 60 &\necho $! >> ${pids}\nwait\n`);
    await chmod(join(bin, "soffice"), 0o755);
    const files = [await docxFile("slow1.docx", "x"), await docxFile("slow2.docx", "y")];
    const { written, problems } = await convertToPdf(files, join(dir, "out-slow"), { searchPath: bin, timeoutMs: 500 });
    expect(written).toEqual([]);
    expect(problems.map((p) => p.location?.file)).toEqual(files);
    expect(problems[0]!.message).toContain("转换超时");
    const [shell, sleeper] = (await readFile(pids, "utf8")).trim().split("\n").map(Number);
    for (let i = 0; i < 50 && (alive(shell!) || alive(sleeper!)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(shell!)).toBe(false);
    expect(alive(sleeper!)).toBe(false);
  });

  it("reports a file LibreOffice could not convert and keeps going", async () => {
    const bin = join(dir, "failing-bin");
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, "soffice"), "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n");
    await chmod(join(bin, "soffice"), 0o755);
    const { written, problems } = await convertToPdf([await docxFile("broken.docx", "x")], dir, { searchPath: bin });
    expect(written).toEqual([]);
    expect(problems[0]!.message).toContain("未能把“broken.docx”转换为 PDF（Error: source file could not be loaded）");
  });
});

describe("pdfFiles (the pipeline in memory)", () => {
  /** A soffice that "converts" each file into a PDF holding the Word file's name and bytes' length. */
  async function fakeSoffice(): Promise<string> {
    const bin = join(dir, "fake-convert-bin");
    await mkdir(bin, { recursive: true });
    const script = `#!/bin/sh
while [ "$1" != "--outdir" ]; do shift; done
out="$2"; shift 2
for f in "$@"; do b=$(basename "$f" .docx); printf '%%PDF-fake %s %s' "$b" "$(wc -c < "$f")" > "$out/$b.pdf"; done
`;
    await writeFile(join(bin, "soffice"), script);
    await chmod(join(bin, "soffice"), 0o755);
    return bin;
  }

  it("returns each Word file's PDF by relative name, the same base name in two folders included, and leaves no temp file", async () => {
    const bin = await fakeSoffice();
    const temp = await mkdtemp(join(dir, "tmp-"));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const docs = [
        { name: "通报.docx", bytes: new Uint8Array(3) },
        { name: "通报-各单位/通报.docx", bytes: new Uint8Array(5) },
        { name: "通报-各单位/某局.docx", bytes: new Uint8Array(7) },
      ];
      const { files, problems } = await pdfFiles(docs, { searchPath: bin });
      // At most the fonts warning, once for both folders.
      expect(problems.filter((p) => !p.message.startsWith("本机未安装公文字体"))).toEqual([]);
      expect(problems.length).toBeLessThanOrEqual(1);
      expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
        ["通报.pdf", "%PDF-fake 通报 3"],
        ["通报-各单位/通报.pdf", "%PDF-fake 通报 5"],
        ["通报-各单位/某局.pdf", "%PDF-fake 某局 7"],
      ]);
      expect(await readdir(temp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it("locates a file LibreOffice could not convert by its relative name", async () => {
    const bin = join(dir, "failing-bin-2");
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, "soffice"), "#!/bin/sh\nexit 1\n");
    await chmod(join(bin, "soffice"), 0o755);
    const { files, problems } = await pdfFiles([{ name: "某-各单位/某局.docx", bytes: new Uint8Array(1) }], { searchPath: bin });
    expect(files).toEqual([]);
    expect(problems.map((p) => p.location?.file)).toEqual(["某-各单位/某局.docx"]);
  });
});

describe("findSoffice", () => {
  it("finds nothing on an empty search path", async () => {
    expect(await findSoffice("")).toBeUndefined();
  });
});
