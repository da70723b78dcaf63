/**
 * The worker of `generate --per-unit`: composes and renders one unit's files per job and returns their
 * bytes (the main thread writes them), keeping nothing between jobs but the compiled templates. Runs on
 * a worker thread (runBatch; the bytes are transferred, not copied) or inline (runInline, its default export).
 */
import { serveJobs } from "../batch/job-protocol.js";
import type { OutputFile } from "../files.js";
import { renderDocx } from "../render/render-docx.js";
import { tablesOf } from "../outline.js";
import { tablesToXlsx } from "../write/xlsx-tables.js";
import type { UnitGroup } from "../aggregate/group-by-unit.js";
import { builtinTemplate } from "./builtin-template.js";
import { unitDocument, type UnitTemplate } from "../compose/unit-document.js";
import type { ParentNotice } from "../compose/unit-view.js";

export interface UnitJob {
  group: UnitGroup;
  template: UnitTemplate;
  /** The file name without extension, already made safe and unique. */
  stem: string;
}

export interface UnitWorkerData {
  parent: ParentNotice;
  /** Also make the unit's tables as <stem>.xlsx. */
  xlsx: boolean;
}

/** The unit's Word file (and workbook), named `<stem>.docx` / `<stem>.xlsx`. */
export default async function renderUnit(job: UnitJob, workerData: unknown): Promise<OutputFile[]> {
  const { parent, xlsx } = workerData as UnitWorkerData;
  const doc = unitDocument(job.group, parent, job.template, builtinTemplate(job.template));
  const files = [{ name: `${job.stem}.docx`, bytes: await renderDocx(doc) }];
  if (xlsx) files.push({ name: `${job.stem}.xlsx`, bytes: await tablesToXlsx(tablesOf(doc)) });
  return files;
}

serveJobs(renderUnit);
