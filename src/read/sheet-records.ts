/**
 * A worksheet's rows (values by 1-based column) → RawSheet: the header row found by its text (a title
 * row above it is fine), aliases resolved, unknown columns ignored, blank rows skipped, and every cell
 * located by sheet, Excel row, column letter and header.
 */
import { findColumn, KEY_VALUE_HEADERS, headerKey, type ColumnSpec, type SheetSpec } from "../columns.js";
import type { Issue, Location } from "../errors.js";
import { classifyIndicator, groupTitleKind, type IndicatorKind } from "../indicators.js";
import { unwrapCellValue } from "./cell-value.js";
import type { FoundColumn, RawCell, RawMark, RawRecord, RawSheet } from "./raw-input.js";

/** One worksheet row: its Excel row number and its values indexed by 1-based column number. */
export type SheetRow = readonly [number, readonly unknown[]];

/** How many rows from the top may hold titles before the header row (the contract promises 5). */
const HEADER_SCAN = 20;

export function columnLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The text of a header cell, or "" when it holds none. */
function headerText(v: unknown): string {
  const u = unwrapCellValue(v);
  return typeof u.value === "string" || typeof u.value === "number" ? String(u.value).trim() : "";
}

interface HeaderMatch {
  /** Index (in `rows`) of the header row; records start below it. */
  index: number;
  /** Index of the group-title row above it, for a two-row header. */
  top?: number;
  byColumn: Map<number, ColumnSpec>;
  /** The header text of each matched column (the column name, or the group title where the name row is blank). */
  texts: Map<number, string>;
  marks: Map<number, { indicator: string; kind: IndicatorKind }>;
  /** Indicators whose name contradicts the group title they stand under. */
  conflicts: Array<{ column: number; indicator: string; kind: IndicatorKind; group: string }>;
  score: number;
}

const INDICATOR_SHEETS = new Set(["websites", "accounts"]);
/** Under a 单项否决 / 扣分 group title these are totals, not indicators. */
const NOT_INDICATOR = /(合计|小计|总计|总分|得分|扣分|加分|分数|分值|备注|说明|结论|结果)$/;

/** The indicator as a header writes it: trimmed, without a trailing `*` or note （…）. */
const indicatorName = (text: string) =>
  text
    .replace(/[\s\u3000*]+/g, "")
    .replace(/[（(][^（）()]*[)）]$/, "")
    .replace(/^[（(]?[0-9０-９一二三四五六七八九十]+[)）.．、]/, "");

/** Match one header row (with the group titles above it, for a two-row header) against the spec. */
function matchHeader(texts: readonly string[], groups: readonly string[], spec: SheetSpec): Omit<HeaderMatch, "index"> {
  const byColumn = new Map<number, ColumnSpec>();
  const matched = new Map<number, string>();
  const marks: HeaderMatch["marks"] = new Map();
  const conflicts: HeaderMatch["conflicts"] = [];
  const seen = new Set<ColumnSpec>();
  const indicators = INDICATOR_SHEETS.has(spec.key);
  texts.forEach((text, c) => {
    if (!text) return;
    const col = findColumn(spec.columns, text);
    if (col) {
      if (!seen.has(col)) {
        seen.add(col);
        byColumn.set(c, col);
        matched.set(c, text);
      }
      return;
    }
    if (!indicators) return;
    const group = groups[c] ?? "";
    const groupKind = group && group !== text ? groupTitleKind(group) : undefined;
    const known = classifyIndicator(text);
    const kind = known?.kind ?? (groupKind === "veto" || groupKind === "deduction" ? groupKind : undefined);
    if (!kind || (!known && (NOT_INDICATOR.test(headerKey(text)) || groupTitleKind(text) !== undefined))) return;
    const indicator = indicatorName(text);
    if ([...marks.values()].some((m) => m.indicator === indicator)) return;
    marks.set(c, { indicator, kind });
    matched.set(c, text);
    if (known && (groupKind === "veto" || groupKind === "deduction") && groupKind !== known.kind) conflicts.push({ column: c, indicator, kind, group });
  });
  const named = [...byColumn.values()].filter((s) => s.key !== null).length;
  return { byColumn, texts: matched, marks, conflicts, score: named > 0 ? named + marks.size : 0 };
}

/**
 * The header among the first rows: the row whose cells name the most columns and indicators of the
 * spec, read together with the row above when that row holds group titles (单项否决指标 | 扣分指标)
 * or names columns the row leaves blank (a two-row header; merged cells arrive expanded).
 */
function findHeader(rows: readonly SheetRow[], spec: SheetSpec): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const textsOf = (i: number) => rows[i]![1].map((v) => headerText(v));
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    const texts = textsOf(i);
    let match: HeaderMatch = { index: i, ...matchHeader(texts, [], spec) };
    if (i > 0 && rows[i - 1]![0] === rows[i]![0] - 1) {
      const upper = textsOf(i - 1);
      const width = Math.max(texts.length, upper.length);
      const combined = Array.from({ length: width }, (_, c) => texts[c] || upper[c] || "");
      const two: HeaderMatch = { index: i, top: i - 1, ...matchHeader(combined, upper, spec) };
      const grouped = upper.some((t) => groupTitleKind(t) !== undefined);
      // Group titles above decide a tie: the two rows are one header.
      if (two.score > match.score || (grouped && two.score >= match.score)) match = two;
    }
    if (match.score > 0 && (!best || match.score > best.score)) best = match;
  }
  return best;
}

function cellAt(v: unknown, at: Location, issues: Issue[]): RawCell {
  const u = unwrapCellValue(v);
  if (u.error === undefined) return { value: u.value, at };
  issues.push({ code: "broken-cell", severity: "error", message: u.error, location: at, value: v });
  return { value: undefined, at, broken: true };
}

/**
 * The header row's other named columns, for a sheet that keeps them (SheetSpec.extras): each becomes
 * the field `extras.<header>`; validation keeps the ones whose cells are numbers.
 */
function extraColumns(field: string, texts: ReadonlyMap<number, string>, taken: (c: number) => boolean, sheet: RawSheet): Array<[number, { key: string }, FoundColumn]> {
  const out: Array<[number, { key: string }, FoundColumn]> = [];
  for (const [c, text] of texts) {
    const key = `${field}.${text}`;
    if (!text || taken(c) || sheet.columns![key]) continue;
    const found = { column: columnLetter(c), header: text };
    sheet.columns![key] = found;
    out.push([c, { key }, found]);
  }
  return out;
}

/** A table sheet: one record per non-blank row under the header; indicator columns become marks. */
function tableSheet(spec: SheetSpec, name: string, rows: readonly SheetRow[], issues: Issue[]): RawSheet {
  const header = findHeader(rows, spec);
  const sheet: RawSheet = { key: spec.key, name, at: { sheet: name }, records: [], columns: {} };
  if (!header) return sheet;
  const headerRow = rows[header.index]![0];
  const mapped: Array<[number, { key: string | null }, FoundColumn]> = [];
  for (const [c, col] of header.byColumn) {
    if (col.key === null) continue;
    const found = { column: columnLetter(c), header: header.texts.get(c)! };
    sheet.columns![col.key] = found;
    mapped.push([c, col, found]);
  }
  if (spec.extras) {
    const texts = new Map<number, string>();
    rows[header.index]![1].forEach((v, c) => texts.set(c, headerText(v)));
    mapped.push(...extraColumns(spec.extras, texts, (c) => header.byColumn.has(c) || header.marks.has(c), sheet));
  }
  const marks = [...header.marks].map(([c, m]) => [c, m, { column: columnLetter(c), header: header.texts.get(c)! }] as const);
  for (const { column, indicator, kind, group } of header.conflicts) {
    const as = kind === "veto" ? "单项否决" : "扣分";
    issues.push({
      code: "indicator-group",
      severity: "warning",
      message: `指标“${indicator}”属于${as}指标，但列在“${group}”之下；按${as}处理，请核对。`,
      location: { sheet: name, row: headerRow, column: columnLetter(column), header: header.texts.get(column)! },
    });
  }
  const columns = [...mapped.map(([c]) => c), ...marks.map(([c]) => c)];
  for (let i = header.index + 1; i < rows.length; i++) {
    const [row, values] = rows[i]!;
    if (columns.every((c) => isBlank(values[c]))) continue;
    const cells: Record<string, RawCell> = {};
    for (const [c, col, found] of mapped) {
      const v = values[c];
      if (isBlank(v)) continue;
      cells[col.key!] = cellAt(v, { sheet: name, row, column: found.column, header: found.header }, issues);
    }
    const record: RawRecord = { at: { sheet: name, row }, cells };
    const ticked: RawMark[] = [];
    for (const [c, m, found] of marks) {
      const v = values[c];
      if (!isBlank(v)) ticked.push({ ...m, cell: cellAt(v, { sheet: name, row, ...found }, issues) });
    }
    if (ticked.length > 0) record.marks = ticked;
    sheet.records.push(record);
  }
  const headerRows = header.top === undefined ? [headerRow] : [rows[header.top]![0], headerRow];
  sheet.shape = { headerRows, indicatorColumns: marks.length };
  return sheet;
}

/** The 通报信息 sheet: 项目 | 内容 rows become the cells of one record. */
function keyValueSheet(spec: SheetSpec, name: string, rows: readonly SheetRow[], issues: Issue[]): RawSheet {
  let itemCol = 0;
  let valueCol = 0;
  let start = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN) && !itemCol; i++) {
    rows[i]![1].forEach((v, c) => {
      const k = headerKey(headerText(v));
      if (k === KEY_VALUE_HEADERS.item && !itemCol) itemCol = c;
      if (k === KEY_VALUE_HEADERS.value && !valueCol) valueCol = c;
    });
    if (itemCol && valueCol) start = i + 1;
    else itemCol = valueCol = 0;
  }
  if (!itemCol) {
    // Items laid out across one header row, values in the row below: read it as a one-row table.
    const across = findHeader(rows, spec);
    if (across && across.byColumn.size >= 3) {
      const table = tableSheet(spec, name, rows, issues);
      if (table.records.length > 1) {
        issues.push({ code: "extra-rows", severity: "warning", message: `“${name}”只读取第一行内容，其余${table.records.length - 1}行已忽略。`, location: table.records[1]!.at });
      }
      return { ...table, records: table.records.slice(0, 1).map((r) => ({ ...r, at: { sheet: name } })) };
    }
    // No 项目 | 内容 header: the first column that names an item holds the items, the next the values.
    for (const [, values] of rows) {
      const c = values.findIndex((v) => findColumn(spec.columns, headerText(v)) !== undefined);
      if (c > 0) {
        itemCol = c;
        valueCol = c + 1;
        break;
      }
    }
  }
  const cells: Record<string, RawCell> = {};
  const record: RawRecord = { at: { sheet: name }, cells };
  const sheet: RawSheet = { key: spec.key, name, at: { sheet: name }, records: [record], columns: {} };
  // Stryker disable next-line ConditionalExpression: without an item column every item reads as blank and nothing is taken
  if (!itemCol) return sheet;
  const letter = columnLetter(valueCol);
  for (let i = start; i < rows.length; i++) {
    const [row, values] = rows[i]!;
    const item = headerText(values[itemCol]);
    const v = values[valueCol];
    const key = findColumn(spec.columns, item)?.key;
    if (!key) {
      if (item && !isBlank(v) && headerKey(item) !== KEY_VALUE_HEADERS.item) {
        issues.push({ code: "unknown-item", severity: "warning", message: `未识别的项目“${item}”，已忽略。`, location: { sheet: name, row, column: columnLetter(itemCol) } });
      }
      continue;
    }
    const at = { sheet: name, row, column: letter, header: item };
    if (sheet.columns![key]) {
      issues.push({ code: "duplicate-item", severity: "warning", message: `项目“${item}”重复出现，以第${sheet.columns![key]!.row}行为准，本行已忽略。`, location: at });
      continue;
    }
    sheet.columns![key] = { column: letter, header: item, row };
    if (!isBlank(v)) cells[key] = cellAt(v, at, issues);
  }
  return sheet;
}

export function sheetRecords(spec: SheetSpec, name: string, rows: readonly SheetRow[], issues: Issue[]): RawSheet {
  return spec.layout === "keyValue" ? keyValueSheet(spec, name, rows, issues) : tableSheet(spec, name, rows, issues);
}
