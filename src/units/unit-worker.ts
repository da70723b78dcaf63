/**
 * The worker of `generate --per-unit`: composes, renders and writes one unit's files per job, keeping
 * nothing between jobs but the compiled templates. Runs on a worker thread (runBatch) or inline
 * (runInline, its default export).
 */
import { serveJobs } from "../batch/job-protocol.js";
import { renderDocx } from "../render/render-docx.js";
import { tablesOf } from "../outline.js";
import { resolveInside } from "../write/safe-file-name.js";
import { writeFileAtomic } from "../write/write-file-atomic.js";
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
  /** The 各单位 folder. */
  dir: string;
  /** Also write the unit's tables as <stem>.xlsx. */
  xlsx: boolean;
}

/** Writes the unit's Word file (and workbook) and returns the paths written. */
export default async function writeUnit(job: UnitJob, workerData: unknown): Promise<string[]> {
  const { parent, dir, xlsx } = workerData as UnitWorkerData;
  const doc = unitDocument(job.group, parent, job.template, builtinTemplate(job.template));
  const docxPath = resolveInside(dir, `${job.stem}.docx`);
  await writeFileAtomic(docxPath, await renderDocx(doc));
  if (!xlsx) return [docxPath];
  const xlsxPath = resolveInside(dir, `${job.stem}.xlsx`);
  await writeFileAtomic(xlsxPath, await tablesToXlsx(tablesOf(doc)));
  return [docxPath, xlsxPath];
}

serveJobs(writeUnit);
