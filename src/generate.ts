/**
 * The pipeline in memory: read → validate → compose (aggregate inside) → render, from an input file's
 * bytes to the output files' bytes. Writes nothing, never prints and never exits: the file-writing
 * wrapper (write-outputs.ts) and the web page sit on top.
 */
import type { Issue } from "./errors.js";
import type { InputFile, OutputFile } from "./files.js";
import { readInputFile } from "./read/read-input.js";
import type { RawInput } from "./read/raw-input.js";
import { templateSetOf } from "./read/read-template.js";
import { validate } from "./validate.js";
import { compose } from "./compose/compose.js";
import { chooseBuiltin } from "./compose/choose-builtin.js";
import { renderDocx } from "./render/render-docx.js";
import { safeFileName } from "./write/safe-file-name.js";
import { tablesToXlsx } from "./write/xlsx-tables.js";
import { pdfFiles } from "./write/pdf.js";
import { tablesOf, type NoticeDocument } from "./outline.js";
import type { Inspection } from "./schema.js";
import { builtinTemplate } from "./units/builtin-template.js";
import { isSurvey, SURVEY_TEMPLATE } from "./compose/survey-notice.js";
import { buildUnitFiles, type PerUnitMode } from "./units/unit-files.js";

export type { InputFile, OutputFile } from "./files.js";
export { readInputFile } from "./read/read-input.js";

/** A built-in template's name, or a template's source with its name (an upload) — never a path. */
export type TemplateChoice = string | { name: string; source: string };

export interface BuildOptions {
  /** Overrides the workbook's 模板 field. */
  template?: TemplateChoice;
  /** Also make the attachment tables as a workbook. */
  xlsx?: boolean;
  /** Also convert every Word file to PDF through LibreOffice, when installed. */
  pdf?: boolean;
  /** Add an attachment listing every checked item. */
  fullListing?: boolean;
  /** Also make one file per responsible unit, in the folder `<title>-各单位/`: all units, or only those with problems. */
  perUnit?: PerUnitMode;
  /** Per-unit progress: `done` of `total` units rendered. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  /** Every file, in order: the notice, its workbook, their PDFs, then the units' files. */
  files: OutputFile[];
  /** Warnings about the data, from validation. */
  warnings: Issue[];
  /** Things that did not stop the run but were not done (e.g. PDF without LibreOffice). */
  problems: Issue[];
  /** The notice's title. */
  title: string;
  /** What `perUnit` made: the folder's relative name, files per kind of document, units skipped. */
  units?: { dir: string; written: Record<string, number>; skipped: number };
  /** Which reader read the input (see RawInput.reader), and why the sheet scanner fell back to exceljs if it did. */
  reader?: RawInput["reader"];
  fallback?: string;
}

/**
 * How the workbook's own 模板 field is turned into a template. In memory only built-in names are
 * known; the file-writing wrapper also reads a path relative to the workbook.
 */
export type WorkbookTemplate = (nameOrPath: string) => TemplateChoice;

/**
 * The notice generateFiles writes, composed but not rendered: a 调查通知, or a notice from the template
 * chosen in this order — the option, the workbook's 模板 (through `fromWorkbook`), the built-in that suits
 * the data. The one place that chooses; the web page's preview uses it too.
 */
export function buildNotice(
  data: Inspection,
  options: Pick<BuildOptions, "template" | "fullListing"> = {},
  fromWorkbook: WorkbookTemplate = (name) => name,
): { document: NoticeDocument; survey: boolean; warnings: Issue[] } {
  const choice = options.template;
  const survey = typeof choice === "object" ? false : isSurvey(data, choice);
  const templates = survey
    ? builtinTemplate(SURVEY_TEMPLATE)
    : templateSetOf(choice ?? (data.notice.template !== undefined ? fromWorkbook(data.notice.template) : chooseBuiltin(data)));
  const { document, warnings } = compose(data, { ...templates, kind: survey ? "survey" : "notice", fullListing: options.fullListing });
  return { document, survey, warnings };
}

/** Turn one inspection workbook (or its JSON form) into the notice and its optional companions, in memory. */
export function generateFiles(input: InputFile, options: BuildOptions = {}): Promise<BuildResult> {
  return buildFiles(input, options, (name) => name);
}

/** generateFiles with the workbook's 模板 field resolved by `fromWorkbook` (the wrapper's: a path beside the workbook). */
export async function buildFiles(input: InputFile, options: BuildOptions, fromWorkbook: WorkbookTemplate): Promise<BuildResult> {
  const raw = await readInputFile(input);
  const { data, warnings } = validate(raw);
  const notice = buildNotice(data, options, fromWorkbook);
  const { document } = notice;
  const base = safeFileName(document.title, new Set(), "");
  const files: OutputFile[] = [{ name: `${base}.docx`, bytes: await renderDocx(document) }];
  if (options.xlsx) {
    const sheets = tablesOf(document);
    if (sheets.length > 0) files.push({ name: `${base}-附件表格.xlsx`, bytes: await tablesToXlsx(sheets) });
  }
  const problems: Issue[] = [];
  const toPdf = async (of: OutputFile[]) => {
    if (!options.pdf) return;
    const pdf = await pdfFiles(of.filter((f) => f.name.endsWith(".docx")));
    files.push(...pdf.files);
    problems.push(...pdf.problems);
  };
  await toPdf(files);

  let units: BuildResult["units"];
  if (options.perUnit) {
    const { files: unitFiles, ...summary } = await buildUnitFiles(data, { title: document.title, info: data.notice }, {
      mode: options.perUnit,
      survey: notice.survey,
      xlsx: options.xlsx,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    files.push(...unitFiles);
    units = summary;
    await toPdf(unitFiles);
  }
  const read = { reader: raw.reader, ...(raw.fallback !== undefined ? { fallback: raw.fallback } : {}) };
  return { files, warnings: [...warnings, ...notice.warnings], problems, title: document.title, ...(units ? { units } : {}), ...read };
}
