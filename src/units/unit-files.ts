/**
 * `generate --per-unit`: one Word file per responsible unit, for the folder `<notice title>-各单位/`,
 * rendered on worker threads that return the bytes (the caller writes them). Names are made safe and
 * unique here, in unit order, so runs are reproducible.
 */
import { runJobs } from "../batch/run-batch.js";
import type { OutputFile } from "../files.js";
import type { Inspection } from "../schema.js";
import { MAX_CHARS, safeFileName } from "../write/safe-file-name.js";
import { groupByUnit, type UnitGroup } from "../aggregate/group-by-unit.js";
import { unitTemplateFor } from "../compose/unit-document.js";
import type { ParentNotice } from "../compose/unit-view.js";
import type { UnitJob, UnitWorkerData } from "./unit-worker.js";

export type PerUnitMode = "all" | "problems";

export interface PerUnitOptions {
  /** all: every unit that owns an item; problems: only units with something to rectify. */
  mode: PerUnitMode;
  /** 调查通知: each unit (with accounts) gets its pre-filled forms instead. */
  survey: boolean;
  xlsx?: boolean;
  /** Worker threads; default one per core. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PerUnitResult {
  /** The 各单位 folder's name, relative to the notice's folder. */
  dir: string;
  /** Every file, in unit order, named relative to the notice's folder: `<dir>/<unit>.docx`. */
  files: OutputFile[];
  /** Units written, by document: 整改通知单 / 检查结果告知 / 调查通知-单位. */
  written: Record<string, number>;
  /** Units left out: clean units with `problems`, units without accounts for a 调查通知. */
  skipped: number;
}

/** The folder name: `<title>-各单位`, made safe; a long title is cut so the suffix stays. */
export function unitsFolderName(title: string): string {
  const stem = [...safeFileName(title, new Set(), "")].slice(0, MAX_CHARS - 4).join("");
  return safeFileName(`${stem}-各单位`, new Set(), "");
}

export function unitJobs(groups: UnitGroup[], mode: PerUnitMode, survey: boolean): UnitJob[] {
  const taken = new Set<string>();
  return groups
    .filter((g) => (mode === "all" || g.problemItems > 0) && (!survey || g.accounts > 0))
    .map((group) => ({ group, template: unitTemplateFor(group, survey), stem: safeFileName(group.unit, taken, "") }));
}

const WORKER = new URL(`./unit-worker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url);

export async function buildUnitFiles(data: Inspection, parent: ParentNotice, options: PerUnitOptions): Promise<PerUnitResult> {
  const groups = groupByUnit(data);
  const jobs = unitJobs(groups, options.mode, options.survey);
  const dir = unitsFolderName(parent.title);
  const workerData: UnitWorkerData = { parent, xlsx: options.xlsx ?? false };
  const batch = {
    workerUrl: WORKER,
    jobs,
    workerData,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  // Worker threads from compiled JS; inline from TypeScript sources (tests) or for a single unit.
  const results = await runJobs<UnitJob, OutputFile[]>(batch);
  const written: Record<string, number> = {};
  for (const j of jobs) written[j.template] = (written[j.template] ?? 0) + 1;
  const files = results.flat().map((f) => ({ name: `${dir}/${f.name}`, bytes: f.bytes }));
  return { dir, files, written, skipped: groups.length - jobs.length };
}
