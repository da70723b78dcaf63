/**
 * The pipeline: read → validate → compose (aggregate inside) → render → write.
 * Takes typed options, never prints and never exits; the CLI translates.
 */
import { basename, dirname, join } from "node:path";
import { readInput } from "./read/read-input.js";
import { readTemplateSet } from "./read/read-template.js";
import { validate } from "./validate.js";
import { compose } from "./compose/compose.js";
import { chooseBuiltin } from "./compose/choose-builtin.js";
import { renderDocx } from "./render/render-docx.js";
import { cleanStaleTemps, ensureDir, writeFileAtomic } from "./write/write-file-atomic.js";
import { safeFileName } from "./write/safe-file-name.js";
import { tablesToXlsx } from "./write/xlsx-tables.js";
import { convertToPdf } from "./write/pdf.js";
import { removeOwnTemps } from "./write/remove-own-temps.js";
import type { Issue } from "./errors.js";
import { tablesOf } from "./outline.js";
import { builtinTemplate } from "./units/builtin-template.js";
import { isSurvey, SURVEY_TEMPLATE } from "./compose/survey-notice.js";
import { unitsFolderName, writeUnitFiles, type PerUnitMode, type PerUnitResult } from "./units/write-unit-files.js";

export interface GenerateOptions {
  /** The workbook (.xlsx) or its JSON form. */
  input: string;
  /** Output folder; created when missing. Other files in it are left alone. */
  outDir: string;
  /** A built-in template name or a path to a .hbs file; overrides the workbook's 模板 field. */
  template?: string;
  /** Also write the attachment tables as a workbook. */
  xlsx?: boolean;
  /** Also convert every Word file to PDF through LibreOffice, when installed. */
  pdf?: boolean;
  /** Add an attachment listing every checked item. */
  fullListing?: boolean;
  /** Also write one file per responsible unit into `<outDir>/<title>-各单位/`: all units, or only those with problems. */
  perUnit?: PerUnitMode;
  /** Per-unit progress: `done` of `total` units written. */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  /** Every file written, in order. */
  files: string[];
  /** Warnings from validation and composition. */
  warnings: Issue[];
  /** Things that did not stop the run but were not done (e.g. PDF without LibreOffice). */
  problems: Issue[];
  /** The notice's title. */
  title: string;
  /** What `perUnit` wrote: the folder, files per kind of document, units skipped. */
  units?: Omit<PerUnitResult, "files">;
}

/** Turn one inspection workbook into the notice (and its optional companions) in `outDir`. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const raw = await readInput(options.input);
  const { data, warnings } = validate(raw);
  const survey = isSurvey(data, options.template);
  const templates = survey ? builtinTemplate(SURVEY_TEMPLATE) : readTemplateSet(options.template ?? data.notice.template ?? chooseBuiltin(data), dirname(options.input));
  const { document, warnings: composeWarnings } = compose(data, { ...templates, kind: survey ? "survey" : "notice", fullListing: options.fullListing });
  const docx = await renderDocx(document);

  await ensureDir(options.outDir);
  await cleanStaleTemps(options.outDir); // temp files of a killed earlier run
  const taken = new Set<string>();
  const base = safeFileName(document.title, taken, "");
  const files: string[] = [];
  const docxPath = join(options.outDir, `${base}.docx`);
  await writeFileAtomic(docxPath, docx);
  files.push(docxPath);

  if (options.xlsx) {
    const sheets = tablesOf(document);
    if (sheets.length > 0) {
      const xlsxPath = join(options.outDir, `${base}-附件表格.xlsx`);
      await writeFileAtomic(xlsxPath, await tablesToXlsx(sheets));
      files.push(xlsxPath);
    }
  }

  const problems: Issue[] = [];
  if (options.pdf) {
    const pdf = await convertToPdf(files.filter((f) => f.endsWith(".docx")), options.outDir);
    files.push(...pdf.written);
    problems.push(...pdf.problems);
  }

  let units: GenerateResult["units"];
  if (options.perUnit) {
    const { files: unitFiles, ...summary } = await writeUnitFiles(data, { title: document.title, info: data.notice }, {
      mode: options.perUnit,
      outDir: options.outDir,
      survey,
      xlsx: options.xlsx,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    }).catch(async (e: unknown) => {
      await removeOwnTemps(join(options.outDir, unitsFolderName(document.title))); // guard: no temp files after a failed batch
      throw e;
    });
    files.push(...unitFiles);
    units = summary;
    if (options.pdf) {
      const pdf = await convertToPdf(unitFiles.filter((f) => f.endsWith(".docx")), summary.dir);
      files.push(...pdf.written);
      problems.push(...pdf.problems);
    }
  }
  return { files, warnings: [...warnings, ...composeWarnings], problems, title: document.title, ...(units ? { units } : {}) };
}

/** File name of the notice for an input, for messages. */
export const inputName = (file: string) => basename(file);
