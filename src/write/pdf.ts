import { execFile, spawn } from "node:child_process";
import { constants, existsSync } from "node:fs";
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, dirname, extname, join, posix, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ErrorCode, type Issue } from "../errors.js";
import type { OutputFile } from "../files.js";
import { writeFileAtomic } from "./write-file-atomic.js";

export interface PdfOptions {
  /** Per soffice call (one batch); default 120 s. */
  timeoutMs?: number;
  /** Files per soffice call; default 20. */
  batchSize?: number;
  /** Where to look for soffice; default process.env.PATH. */
  searchPath?: string;
}

export const INSTALL_HINT = "安装：sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk";

const problem = (message: string, file?: string): Issue => ({
  code: ErrorCode.OUTPUT,
  severity: "warning",
  message,
  ...(file ? { location: { file } } : {}),
});

/** The first `soffice` or `libreoffice` executable on the search path, or undefined. */
export async function findSoffice(searchPath = process.env.PATH ?? ""): Promise<string | undefined> {
  for (const name of ["soffice", "libreoffice"]) {
    for (const dir of searchPath.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** The 公文 faces the Word files name (src/render/fonts.ts). */
const OFFICIAL_FACES = ["仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体", "宋体"];

/** templates/fonts/fonts.conf of the package: preview faces for the 公文 fonts where they are missing. */
export function previewFontsConf(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const conf = join(dir, "templates", "fonts", "fonts.conf");
    if (existsSync(join(dir, "package.json")) && existsSync(conf)) return conf;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const output = (cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> =>
  new Promise((done) => execFile(cmd, args, { env, timeout: 10_000 }, (err, stdout) => done(err ? undefined : stdout)));

/** soffice's environment: the package's fontconfig file unless the user has chosen one. */
function sofficeEnv(): NodeJS.ProcessEnv {
  const conf = previewFontsConf();
  return process.env.FONTCONFIG_FILE || !conf ? process.env : { ...process.env, FONTCONFIG_FILE: conf };
}

/**
 * One warning naming the 公文 faces that are not installed and the free faces the PDF shows instead (as
 * fontconfig resolves them through the package's fonts.conf); none when all are installed or fontconfig's
 * tools are absent (Windows, macOS: LibreOffice substitutes by itself there).
 */
export async function previewFontsWarning(env: NodeJS.ProcessEnv = sofficeEnv()): Promise<Issue | undefined> {
  const installed = await output("fc-list", [":", "family"], env);
  if (installed === undefined) return undefined;
  const families = new Set(installed.split(/[\n,]/).map((f) => f.trim()));
  const missing = OFFICIAL_FACES.filter((f) => !families.has(f));
  if (missing.length === 0) return undefined;
  const stand = await Promise.all(missing.map(async (f) => `${f}→${(await output("fc-match", ["-f", "%{family[0]}", f], env))?.trim() || "默认字体"}`));
  return problem(`本机未安装公文字体，PDF 用相近的免费字体预览：${stand.join("，")}；Word 文件中的字体不变，在装有公文字体的电脑上打开即按原字体显示。`);
}

/** Calls in one process run one after another: two soffice instances must never share a profile. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs soffice in its own process group; on timeout the whole group is killed. Resolves false on timeout. */
function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<{ ok: boolean; timedOut: boolean; detail: string }> {
  return new Promise((done) => {
    const child = spawn(soffice, args, { detached: true, stdio: ["ignore", "ignore", "pipe"], env: sofficeEnv() });
    let stderr = "";
    let timedOut = false;
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      done({ ok: false, timedOut, detail: err.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ ok: code === 0 && !timedOut, timedOut, detail: stderr.trim() });
    });
  });
}

/** Splits the files into batches in which no two files share a base name (they would share a PDF name). */
function batches(files: string[], size: number): string[][] {
  const out: { files: string[]; names: Set<string> }[] = [];
  for (const file of files) {
    const name = basename(file, extname(file)).toLowerCase();
    let batch = out.find((b) => b.files.length < size && !b.names.has(name));
    if (!batch) out.push((batch = { files: [], names: new Set() }));
    batch.files.push(file);
    batch.names.add(name);
  }
  return out.map((b) => b.files);
}

async function convertBatch(soffice: string, profile: string, files: string[], outDir: string, timeoutMs: number): Promise<{ written: string[]; problems: Issue[] }> {
  const work = await mkdtemp(join(tmpdir(), "tongbao-pdf-"));
  const written: string[] = [];
  const problems: Issue[] = [];
  try {
    const profileUrl = pathToFileURL(profile).href;
    const args = [`-env:UserInstallation=${profileUrl}`, "--headless", "--norestore", "--nologo", "--nolockcheck", "--convert-to", "pdf", "--outdir", work, ...files.map((f) => resolve(f))];
    const run = await runSoffice(soffice, args, timeoutMs);
    for (const file of files) {
      const pdfName = `${basename(file, extname(file))}.pdf`;
      const target = join(outDir, pdfName);
      let data: Buffer | undefined;
      if (!run.timedOut) data = await readFile(join(work, pdfName)).catch(() => undefined);
      if (data) {
        await writeFileAtomic(target, data);
        written.push(target);
      } else if (run.timedOut) {
        problems.push(problem(`LibreOffice 转换超时（${Math.round(timeoutMs / 1000)}秒），未生成“${pdfName}”；Word 文件已写出。`, file));
      } else {
        problems.push(problem(`LibreOffice 未能把“${basename(file)}”转换为 PDF${run.detail ? `（${run.detail.split("\n")[0]}）` : ""}；Word 文件已写出。`, file));
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { written, problems };
}

/**
 * Converts each .docx to a PDF of the same name in `outDir` through LibreOffice, several files per
 * soffice call, one fresh profile per call (calls in a process are queued, so one at a time; the
 * profile is removed afterwards), each PDF written atomically. Never throws for a missing or
 * failing LibreOffice: those come back as problems (warnings), the Word files being already written.
 */
export async function convertToPdf(docxFiles: string[], outDir: string, opts: PdfOptions = {}): Promise<{ written: string[]; problems: Issue[] }> {
  if (docxFiles.length === 0) return { written: [], problems: [] };
  const soffice = await findSoffice(opts.searchPath);
  if (!soffice) return { written: [], problems: [problem(`未找到 LibreOffice（soffice），未生成 PDF；Word 文件已写出。${INSTALL_HINT}`)] };
  const job = queue.then(async () => {
    const written: string[] = [];
    const problems: Issue[] = [];
    const profile = await mkdtemp(join(tmpdir(), "tongbao-pdf-profile-"));
    try {
      for (const batch of batches(docxFiles, opts.batchSize ?? 20)) {
        const r = await convertBatch(soffice, profile, batch, outDir, opts.timeoutMs ?? 120_000);
        written.push(...r.written);
        problems.push(...r.problems);
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    const order = new Map(docxFiles.map((f, i) => [join(outDir, `${basename(f, extname(f))}.pdf`), i]));
    written.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const fonts = written.length > 0 ? await previewFontsWarning() : undefined;
    return { written, problems: fonts ? [fonts, ...problems] : problems };
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * The pipeline in memory: PDFs of the given Word files, each named like its .docx ("标题.pdf",
 * "标题-各单位/某局.pdf"). LibreOffice needs files, so they go through a private temp folder that is
 * removed afterwards, whatever happens. Problems as convertToPdf's, located by the relative name.
 */
export async function pdfFiles(docs: readonly OutputFile[], opts: PdfOptions = {}): Promise<{ files: OutputFile[]; problems: Issue[] }> {
  if (docs.length === 0) return { files: [], problems: [] };
  const work = await mkdtemp(join(tmpdir(), "tongbao-in-memory-pdf-"));
  try {
    const folders = [...new Set(docs.map((d) => posix.dirname(d.name)))];
    const files: OutputFile[] = [];
    const problems: Issue[] = [];
    for (const [i, folder] of folders.entries()) {
      const src = join(work, `in${i}`);
      const out = join(work, `out${i}`);
      await mkdir(src);
      await mkdir(out);
      const named = new Map<string, string>(); // temp path → relative name
      for (const d of docs.filter((d) => posix.dirname(d.name) === folder)) {
        const path = join(src, posix.basename(d.name));
        await writeFile(path, d.bytes);
        named.set(path, d.name);
      }
      const r = await convertToPdf([...named.keys()], out, opts);
      for (const pdf of r.written) files.push({ name: folder === "." ? basename(pdf) : `${folder}/${basename(pdf)}`, bytes: await readFile(pdf) });
      for (const p of r.problems) {
        // The fonts warning once for the whole run, not once per folder.
        if (!p.location && problems.some((q) => q.message === p.message)) continue;
        const at = p.location?.file;
        problems.push(at && named.has(at) ? { ...p, location: { ...p.location, file: named.get(at)! } } : p);
      }
    }
    return { files, problems };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
