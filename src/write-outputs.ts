/**
 * generate: the pipeline on paths, for the CLI. Reads the input file (and a template given by path),
 * runs the pipeline in memory (generateFiles) and only then writes each file atomically into the
 * output folder: a refused input writes nothing, a killed run leaves only whole files.
 */
import { dirname, join, resolve } from "node:path";
import { SURVEY_TEMPLATE } from "./compose/survey-notice.js";
import type { Issue } from "./errors.js";
import { buildFiles, type TemplateChoice } from "./generate.js";
import { readInputBytes } from "./read/read-input.js";
import { isBuiltinTemplate, readTemplate } from "./read/read-template.js";
import type { PerUnitMode } from "./units/unit-files.js";
import { resolveInside } from "./write/safe-file-name.js";
import { cleanStaleTemps, ensureDir, writeFilesAtomic } from "./write/write-file-atomic.js";

export interface GenerateOptions {
  /** The workbook (.xlsx) or its JSON form. */
  input: string;
  /** Output folder; created when missing. Other files in it are left alone. */
  outDir: string;
  /** A built-in template name or a path to a .hbs file (relative to the working folder); overrides the workbook's 模板 field. */
  template?: string;
  /** Also write the attachment tables as a workbook. */
  xlsx?: boolean;
  /** Also convert every Word file to PDF through LibreOffice, when installed. */
  pdf?: boolean;
  /** Add an attachment listing every checked item. */
  fullListing?: boolean;
  /** Also write one file per responsible unit into `<outDir>/<title>-各单位/`: all units, or only those with problems. */
  perUnit?: PerUnitMode;
  /** Per-unit progress: `done` of `total` units rendered. */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  /** Every file written, in order, as absolute paths. */
  files: string[];
  /** Warnings from validation and composition. */
  warnings: Issue[];
  /** Things that did not stop the run but were not done (e.g. PDF without LibreOffice). */
  problems: Issue[];
  /** The notice's title. */
  title: string;
  /** What `perUnit` wrote: the folder (absolute), files per kind of document, units skipped. */
  units?: { dir: string; written: Record<string, number>; skipped: number };
  /** Which reader read the input, and why the sheet scanner fell back to exceljs if it did. */
  reader?: "scanner" | "exceljs" | "json";
  fallback?: string;
}

/** A built-in name (调查通知 included) as it is; a path (relative to `baseDir`) read into its source. */
const templateAt = (nameOrPath: string, baseDir: string): TemplateChoice =>
  isBuiltinTemplate(nameOrPath) || nameOrPath === SURVEY_TEMPLATE ? nameOrPath : readTemplate(nameOrPath, baseDir);

/** Turn one inspection workbook into the notice (and its optional companions) in `outDir`. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const input = await readInputBytes(options.input);
  const { template, xlsx, pdf, fullListing, perUnit, onProgress } = options;
  const built = await buildFiles(
    input,
    { xlsx, pdf, fullListing, perUnit, onProgress, ...(template !== undefined ? { template: templateAt(template, process.cwd()) } : {}) },
    (nameOrPath) => templateAt(nameOrPath, dirname(options.input)),
  );
  const outDir = resolve(options.outDir);
  const files = built.files.map((file) => file.name.split("/").reduce(resolveInside, outDir)); // each step checked to stay inside
  for (const folder of new Set(files.map((path) => dirname(path)))) {
    await ensureDir(folder);
    await cleanStaleTemps(folder); // temp files of a killed earlier run
  }
  await writeFilesAtomic(built.files.map((file, i) => ({ path: files[i]!, data: file.bytes })));
  const { files: _files, units, ...rest } = built;
  return { ...rest, files, ...(units ? { units: { ...units, dir: join(outDir, units.dir) } } : {}) };
}
