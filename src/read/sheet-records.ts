/**
 * A worksheet's rows (values by 1-based column) → RawSheet: the header row found by its text (a title
 * row above it is fine), aliases resolved, unknown columns ignored, blank rows skipped, and every cell
 * located by sheet, Excel row, column letter and header.
 */
import { findColumn, KEY_VALUE_HEADERS, headerKey, type ColumnSpec, type SheetSpec } from "../columns.js";
import type { Issue, Location } from "../errors.js";
import { unwrapCellValue } from "./cell-value.js";
import type { FoundColumn, RawCell, RawRecord, RawSheet } from "./raw-input.js";

/** One worksheet row: its Excel row number and its values indexed by 1-based column number. */
export type SheetRow = readonly [number, readonly unknown[]];

/** How many rows from the top may hold titles before the header row. */
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
  index: number;
  byColumn: Map<number, ColumnSpec>;
}

/** The row among the first few whose cells name the most columns of the spec. */
function findHeader(rows: readonly SheetRow[], columns: readonly ColumnSpec[]): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    const byColumn = new Map<number, ColumnSpec>();
    const seen = new Set<ColumnSpec>();
    rows[i]![1].forEach((v, c) => {
      const spec = findColumn(columns, headerText(v));
      if (spec && !seen.has(spec)) {
        seen.add(spec);
        byColumn.set(c, spec);
      }
    });
    const named = [...byColumn.values()].filter((s) => s.key !== null).length;
    if (named > 0 && (!best || named > [...best.byColumn.values()].filter((s) => s.key !== null).length)) best = { index: i, byColumn };
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
function extraColumns(field: string, headerRow: readonly unknown[], known: Map<number, ColumnSpec>, sheet: RawSheet): Array<[number, { key: string }, FoundColumn]> {
  const out: Array<[number, { key: string }, FoundColumn]> = [];
  headerRow.forEach((v, c) => {
    const text = headerText(v);
    const key = `${field}.${text}`;
    if (!text || known.has(c) || sheet.columns![key]) return;
    const found = { column: columnLetter(c), header: text };
    sheet.columns![key] = found;
    out.push([c, { key }, found]);
  });
  return out;
}

/** A table sheet: one record per non-blank row under the header. */
function tableSheet(spec: SheetSpec, name: string, rows: readonly SheetRow[], issues: Issue[]): RawSheet {
  const header = findHeader(rows, spec.columns);
  const sheet: RawSheet = { key: spec.key, name, at: { sheet: name }, records: [], columns: {} };
  if (!header) return sheet;
  const mapped: Array<[number, { key: string | null }, FoundColumn]> = [];
  for (const [c, col] of header.byColumn) {
    if (col.key === null) continue;
    const found = { column: columnLetter(c), header: headerText(rows[header.index]![1][c]) };
    sheet.columns![col.key] = found;
    mapped.push([c, col, found]);
  }
  if (spec.extras) mapped.push(...extraColumns(spec.extras, rows[header.index]![1], header.byColumn, sheet));
  for (let i = header.index + 1; i < rows.length; i++) {
    const [row, values] = rows[i]!;
    if (mapped.every(([c]) => isBlank(values[c]))) continue;
    const cells: Record<string, RawCell> = {};
    for (const [c, col, found] of mapped) {
      const v = values[c];
      if (isBlank(v)) continue;
      cells[col.key!] = cellAt(v, { sheet: name, row, column: found.column, header: found.header }, issues);
    }
    sheet.records.push({ at: { sheet: name, row }, cells });
  }
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
    const across = findHeader(rows, spec.columns);
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
  if (!itemCol) return sheet;
  const letter = columnLetter(valueCol);
  for (let i = start; i < rows.length; i++) {
    const [row, values] = rows[i]!;
    const item = headerText(values[itemCol]);
    const v = values[valueCol];
    const col = findColumn(spec.columns, item);
    if (!col || col.key === null) {
      if (item && !isBlank(v) && headerKey(item) !== KEY_VALUE_HEADERS.item) {
        issues.push({ code: "unknown-item", severity: "warning", message: `未识别的项目“${item}”，已忽略。`, location: { sheet: name, row, column: columnLetter(itemCol) } });
      }
      continue;
    }
    const at = { sheet: name, row, column: letter, header: item };
    if (sheet.columns![col.key]) {
      issues.push({ code: "duplicate-item", severity: "warning", message: `项目“${item}”重复出现，以第${sheet.columns![col.key]!.row}行为准，本行已忽略。`, location: at });
      continue;
    }
    sheet.columns![col.key] = { column: letter, header: item, row };
    if (!isBlank(v)) cells[col.key] = cellAt(v, at, issues);
  }
  return sheet;
}

export function sheetRecords(spec: SheetSpec, name: string, rows: readonly SheetRow[], issues: Issue[]): RawSheet {
  return spec.layout === "keyValue" ? keyValueSheet(spec, name, rows, issues) : tableSheet(spec, name, rows, issues);
}
