/**
 * What every way of reading a workbook shares: the sentence for a file that is not a workbook, the
 * recognised sheets turned into RawInput, and the workbook XML the sheet scanner reads beside the
 * sheets (sheet names and the date system, entity-decoded text, cell references, merged ranges).
 */
import { basename } from "node:path";
import { findSheet, SHEETS } from "../columns.js";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import type { RawInput, RawSheet } from "./raw-input.js";
import { sheetRecords, type SheetRow } from "./sheet-records.js";
import { inflateEntry, type ZipEntry } from "./zip-parts.js";

/** A worksheet's name and rows, in workbook order, whichever reader produced them. */
export interface NamedRows {
  name: string;
  rows: SheetRow[];
}

export const notAWorkbook = (file: string) =>
  new TongbaoError(
    ErrorCode.UNREADABLE_INPUT,
    `文件“${basename(file)}”不是完整的 xlsx 工作簿（可能已损坏或未完整下载），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
  );

/**
 * Two problem lists (网站问题清单 and 政务新媒体问题清单, one export per kind) are one list: their rows in
 * sheet order, each located in its own sheet (and read as the kind its sheet names, see combineItems).
 */
function joinLists(first: RawSheet, next: RawSheet): RawSheet {
  const parts = [...(first.parts ?? [{ name: first.name, columns: first.columns ?? {} }]), { name: next.name, columns: next.columns ?? {} }];
  return { ...first, name: parts.map((p) => p.name).join("、"), records: [...first.records, ...next.records], columns: { ...next.columns, ...first.columns }, parts };
}

/** The recognised sheets as RawInput; a workbook without any is refused with the names it has. */
export function sheetsToRaw(sheets: readonly NamedRows[], file: string, date1904: boolean): RawInput {
  const issues: Issue[] = [];
  const raw: RawInput = { file, format: "xlsx", date1904, sheets: {}, issues };
  for (const { name, rows } of sheets) {
    const spec = findSheet(name);
    if (!spec) continue;
    const first = raw.sheets[spec.key];
    if (first && spec.key === "problems") {
      raw.sheets.problems = joinLists(first, sheetRecords(spec, name, rows, issues));
      continue;
    }
    if (first) {
      issues.push({ code: "duplicate-sheet", severity: "warning", message: `工作表“${name}”与“${first.name}”重复，只读取“${first.name}”。`, location: { sheet: name } });
      continue;
    }
    raw.sheets[spec.key] = sheetRecords(spec, name, rows, issues);
  }
  if (Object.keys(raw.sheets).length === 0) {
    const names = sheets.map((s) => `“${s.name}”`).join("、");
    throw new TongbaoError(
      ErrorCode.UNREADABLE_INPUT,
      `工作簿“${basename(file)}”中没有可识别的工作表：应至少包含${SHEETS.map((s) => `“${s.name}”`).join("、")}之一，实际的工作表为${names}。可用 tongbao init 生成填写模板。`,
    );
  }
  return raw;
}

const decoder = new TextDecoder();

export const xmlText = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[e.toLowerCase()]!,
  );

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Sheet file (xl/worksheets/sheetN.xml) → sheet name, in workbook order, and the 1904 date flag. */
export function workbookParts(buf: Buffer, entries: Map<string, ZipEntry>): { names: Map<string, string>; date1904: boolean } {
  const text = (name: string) => {
    const e = entries.get(name);
    return e ? decoder.decode(inflateEntry(buf, e)) : "";
  };
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const names = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const target = targets.get(attr(tag, "r:id") ?? "");
    const name = attr(tag, "name");
    if (target && name !== undefined) names.set(target, xmlText(name));
  }
  return { names, date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook) };
}

export const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { left: colNumber(m[1]!), top: Number(m[2]), right: colNumber(m[3]!), bottom: Number(m[4]) };
}

/** Copy each merged range's master value into its other cells. */
export function applyMerges(rows: SheetRow[], merges: readonly string[]): SheetRow[] {
  const byNumber = new Map(rows.map((r) => [r[0], r]));
  for (const ref of merges) {
    const range = decodeRange(ref);
    if (!range) continue;
    const master = byNumber.get(range.top)?.[1][range.left];
    if (master === undefined || master === null) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      let row = byNumber.get(r);
      if (!row) {
        row = [r, []];
        byNumber.set(r, row);
      }
      const values = row[1] as unknown[];
      for (let c = range.left; c <= range.right; c++) values[c] = master;
    }
  }
  return [...byNumber.values()].sort((a, b) => a[0] - b[0]);
}
