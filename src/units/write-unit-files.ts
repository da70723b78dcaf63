/**
 * `generate --per-unit`: one Word file per responsible unit in `<out>/<notice title>-各单位/`, rendered
 * on worker threads. Names are made safe and unique here, in unit order, so runs are reproducible;
 * every path is checked to stay inside the folder. Other files in the folder are left alone.
 */
import { join } from "node:path";
import { runJobs } from "../batch/run-batch.js";
import type { Inspection } from "../schema.js";
import { cleanStaleTemps, ensureDir } from "../write/write-file-atomic.js";
import { MAX_CHARS, safeFileName } from "../write/safe-file-name.js";
import { groupByUnit, type UnitGroup } from "../aggregate/group-by-unit.js";
import { unitTemplateFor } from "../compose/unit-document.js";
import type { ParentNotice } from "../compose/unit-view.js";
import type { UnitJob, UnitWorkerData } from "./unit-worker.js";

export type PerUnitMode = "all" | "problems";

export interface PerUnitOptions {
  /** all: every unit that owns an item; problems: only units with something to rectify. */
  mode: PerUnitMode;
  /** The notice's output folder; the units' folder is made inside it. */
  outDir: string;
  /** 调查通知: each unit (with accounts) gets its pre-filled forms instead. */
  survey: boolean;
  xlsx?: boolean;
  /** Worker threads; default one per core. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PerUnitResult {
  /** The 各单位 folder. */
  dir: string;
  /** Every file written, in unit order. */
  files: string[];
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

export async function writeUnitFiles(data: Inspection, parent: ParentNotice, options: PerUnitOptions): Promise<PerUnitResult> {
  const groups = groupByUnit(data);
  const jobs = unitJobs(groups, options.mode, options.survey);
  const dir = join(options.outDir, unitsFolderName(parent.title));
  if (jobs.length > 0) {
    await ensureDir(dir);
    await cleanStaleTemps(dir);
  }
  const workerData: UnitWorkerData = { parent, dir, xlsx: options.xlsx ?? false };
  const batch = {
    workerUrl: WORKER,
    jobs,
    workerData,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  // Worker threads from compiled JS; inline from TypeScript sources (tests) or for a single unit.
  const results = await runJobs<UnitJob, string[]>(batch);
  const written: Record<string, number> = {};
  for (const j of jobs) written[j.template] = (written[j.template] ?? 0) + 1;
  return { dir, files: results.flat(), written, skipped: groups.length - jobs.length };
}
