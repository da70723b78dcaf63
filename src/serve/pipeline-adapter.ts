/**
 * Temporary adapter: the in-memory pipeline API (generateFiles / readInputFile, being built on branch
 * `pipeline`) implemented on today's file-based generate/readInput with a private temp folder per call,
 * removed before returning. Delete this file once src/generate.ts exports the real functions.
 * No name from the client reaches the file system: the input and the template get fixed names, and the
 * client's names are put back into the messages.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import {
  BUILTIN_TEMPLATES,
  ErrorCode,
  generate,
  isTongbaoError,
  readInput,
  TongbaoError,
  validate,
  type Issue,
  type RawInput,
} from "../index.js";

export interface InputFile { name: string; bytes: Uint8Array }
export interface OutputFile { name: string; bytes: Uint8Array }
export type TemplateChoice = string | { name: string; source: string };
export interface BuildOptions {
  template?: TemplateChoice;
  xlsx?: boolean;
  pdf?: boolean;
  fullListing?: boolean;
  perUnit?: "all" | "problems";
  onProgress?: (done: number, total: number) => void;
}
export interface BuildResult {
  files: OutputFile[];
  warnings: Issue[];
  problems: Issue[];
  title: string;
  units?: { dir: string; written: Record<string, number>; skipped: number };
}

const INPUT = "upload";
const TEMPLATE = "template.hbs";

/** Runs `work` in a fresh temp folder and removes the folder whatever happens. */
async function inTemp<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-web-"));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Puts the client's names back where the temp paths appear in an issue. */
function renamed(issue: Issue, names: [string, string][]): Issue {
  const swap = (s: string) => names.reduce((t, [from, to]) => t.split(from).join(to), s);
  const location = issue.location && {
    ...issue.location,
    ...(issue.location.file ? { file: swap(issue.location.file) } : {}),
    ...(issue.location.path ? { path: swap(issue.location.path) } : {}),
  };
  return { ...issue, message: swap(issue.message), ...(issue.fix ? { fix: swap(issue.fix) } : {}), ...(location ? { location } : {}) };
}

/** Longest first, so a full path is replaced before its base name. */
const namesFor = (dir: string, input: InputFile, template?: TemplateChoice): [string, string][] => [
  ...(typeof template === "object" ? ([[join(dir, TEMPLATE), template.name], [TEMPLATE, template.name]] as [string, string][]) : []),
  [join(dir, INPUT), input.name],
  [dir, "."],
  [INPUT, input.name],
];

async function renamingErrors<T>(names: [string, string][], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isTongbaoError(e)) throw e;
    const swap = (s: string) => names.reduce((t, [from, to]) => t.split(from).join(to), s);
    throw new TongbaoError(e.code, swap(e.message), e.issues.map((i) => renamed(i, names)));
  }
}

const isBuiltin = (name: string) => (BUILTIN_TEMPLATES as readonly string[]).includes(name) || name === "调查通知";

/** A template named in the workbook (模板) that is a path would be read from disk: refused in memory. */
function refusePathTemplate(raw: RawInput): void {
  const { data } = validate(raw);
  const named = data.notice.template;
  if (named && !isBuiltin(named.replace(/\.hbs$/, ""))) {
    throw new TongbaoError(ErrorCode.TEMPLATE, `工作簿“通报信息”中的模板“${named}”是文件路径，网页不读取文件路径。`, [
      {
        code: ErrorCode.TEMPLATE,
        severity: "error",
        message: `模板“${named}”不是内置模板。`,
        location: { sheet: "通报信息", header: "模板" },
        fix: `请在“模板”选项中上传该 .hbs 文件，或改用内置模板：${BUILTIN_TEMPLATES.join("、")}。`,
      },
    ]);
  }
}

/** The input as located raw records, with the same guards as readInput(path). */
export async function readInputFile(input: InputFile): Promise<RawInput> {
  return inTemp(async (dir) => {
    const names = namesFor(dir, input);
    return renamingErrors(names, async () => {
      await writeFile(join(dir, INPUT), input.bytes);
      const raw = await readInput(join(dir, INPUT));
      return { ...raw, file: input.name };
    });
  });
}

/** The notice and its companions as bytes, named relative to the output folder. */
export async function generateFiles(input: InputFile, options: BuildOptions = {}): Promise<BuildResult> {
  return inTemp(async (dir) => {
    const names = namesFor(dir, input, options.template);
    return renamingErrors(names, async () => {
      const file = join(dir, INPUT);
      await writeFile(file, input.bytes);
      let template: string | undefined;
      if (typeof options.template === "object") {
        template = join(dir, TEMPLATE);
        await writeFile(template, options.template.source);
      } else if (options.template !== undefined) {
        if (!isBuiltin(options.template)) throw new TongbaoError(ErrorCode.TEMPLATE, `没有名为“${options.template}”的内置模板。`);
        template = options.template;
      } else {
        refusePathTemplate(await readInput(file));
      }
      const outDir = join(dir, "out");
      const result = await generate({
        input: file,
        outDir,
        ...(template ? { template } : {}),
        xlsx: options.xlsx,
        pdf: options.pdf,
        fullListing: options.fullListing,
        ...(options.perUnit ? { perUnit: options.perUnit } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      const files: OutputFile[] = [];
      for (const f of result.files) files.push({ name: relative(outDir, f).split("\\").join("/"), bytes: new Uint8Array(await readFile(f)) });
      return {
        files,
        warnings: result.warnings.map((i) => renamed(i, names)),
        problems: result.problems.map((i) => renamed(i, names)),
        title: result.title,
        ...(result.units ? { units: { ...result.units, dir: relative(outDir, result.units.dir) } } : {}),
      };
    });
  });
}
