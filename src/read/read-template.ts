/**
 * Loading templates from disk (the only I/O of composing): built-ins from templates/*.hbs, user
 * templates from a path relative to the workbook, partials from templates/partials/*.hbs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ErrorCode, TongbaoError } from "../errors.js";

export interface TemplateSource {
  /** Built-in name (季度通报) or the file path; used in error locations. */
  name: string;
  source: string;
  /** True for the package's own templates: trusted, rendered in-process; user templates go to the sandbox. */
  builtin: boolean;
}

export const BUILTIN_TEMPLATES = ["季度通报", "月度通报", "内容保障通报", "调查通知"] as const;
export type BuiltinTemplate = (typeof BUILTIN_TEMPLATES)[number];

let templatesDir: string | undefined;

/** templates/ of the package: walk up from this module (src/… or dist/src/…) to package.json. */
export function builtinTemplatesDir(): string {
  // Stryker disable next-line ConditionalExpression: a cache; the walk below finds the same folder every time
  if (templatesDir) return templatesDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    // Stryker disable next-line LogicalOperator,StringLiteral: no folder between this module and the package root holds only one of the two
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return (templatesDir = join(dir, "templates"));
    const up = dirname(dir);
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable inside the package (the root holds templates/)
    if (up === dir) throw new TongbaoError(ErrorCode.INTERNAL, "找不到内置模板目录 templates/。");
    dir = up;
  }
}

export const isBuiltinTemplate = (name: string): name is BuiltinTemplate =>
  (BUILTIN_TEMPLATES as readonly string[]).includes(name.replace(/\.hbs$/, ""));

function readText(path: string, name: string): string {
  try {
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TongbaoError(ErrorCode.TEMPLATE, `无法读取模板“${name}”。`, [
      {
        code: ErrorCode.TEMPLATE,
        severity: "error",
        message: code === "ENOENT" ? `模板文件不存在：${path}。` : `模板文件无法读取（${code ?? String(e)}）：${path}。`,
        location: { file: path },
        fix: `请检查路径，或使用内置模板：${BUILTIN_TEMPLATES.join("、")}。`,
      },
    ]);
  }
}

/** A built-in name (季度通报) or a path, relative to `baseDir` (the workbook's folder). */
export function readTemplate(nameOrPath: string, baseDir = process.cwd()): TemplateSource {
  if (isBuiltinTemplate(nameOrPath)) {
    const name = nameOrPath.replace(/\.hbs$/, "");
    return { name, source: readText(join(builtinTemplatesDir(), `${name}.hbs`), name), builtin: true };
  }
  const path = isAbsolute(nameOrPath) ? nameOrPath : resolve(baseDir, nameOrPath);
  return { name: path, source: readText(path, nameOrPath), builtin: false };
}

let partials: Record<string, string> | undefined;

/** Shared pieces: templates/partials/NAME.hbs → {{> NAME}}. */
export function readPartials(): Record<string, string> {
  if (partials) return partials;
  const dir = join(builtinTemplatesDir(), "partials");
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir).sort()) {
    if (extname(file) === ".hbs") out[file.slice(0, -4)] = readText(join(dir, file), file);
  }
  return (partials = out);
}

/** What compose needs: the template and the shared partials, as name + source pairs. */
export interface TemplateSet {
  template: TemplateSource;
  partials: { name: string; source: string }[];
}

/** Read a template (built-in name or path relative to `baseDir`) together with the partials. */
export function readTemplateSet(nameOrPath: string, baseDir = process.cwd()): TemplateSet {
  return { template: readTemplate(nameOrPath, baseDir), partials: Object.entries(readPartials()).map(([name, source]) => ({ name, source })) };
}

/**
 * A template as the pipeline in memory takes it: a built-in name, or a template's source given with
 * its name (an upload, or a file the caller read). A string that is not a built-in name is refused:
 * in memory a template is never looked up by path.
 */
export function templateSetOf(choice: string | { name: string; source: string }): TemplateSet {
  const partialsList = Object.entries(readPartials()).map(([name, source]) => ({ name, source }));
  if (typeof choice !== "string") return { template: { name: choice.name, source: choice.source.replace(/^\uFEFF/, ""), builtin: false }, partials: partialsList };
  if (!isBuiltinTemplate(choice)) {
    throw new TongbaoError(ErrorCode.TEMPLATE, `模板“${choice}”不是内置模板。`, [
      {
        code: ErrorCode.TEMPLATE,
        severity: "error",
        message: `“${choice}”不是内置模板名，也没有随文件一起提供模板内容。`,
        fix: `请使用内置模板：${BUILTIN_TEMPLATES.join("、")}，或上传 .hbs 模板文件。`,
      },
    ]);
  }
  return readTemplateSet(choice);
}
