/**
 * What the readers hand to validation: every recognised sheet as records of raw cell values, each
 * cell with the place it came from (sheet, Excel row, column letter and header — or a JSON path).
 */
import type { SheetKey } from "../columns.js";
import type { IndicatorKind } from "../indicators.js";
import type { Issue, Location } from "../errors.js";
import type { CellValue } from "../normalise.js";

export interface RawCell {
  /** The unwrapped value: rich text joined, hyperlink text, a formula's cached result. */
  value: CellValue;
  at: Location;
  /** The reader already reported this cell (formula without result, #REF!…); validation skips it. */
  broken?: boolean;
}

export interface RawRecord {
  /** The row (sheet + row) or the JSON path of the record. */
  at: Location;
  /** Cells by field key of src/schema.ts; absent when the column is absent or the JSON key missing. */
  cells: Record<string, RawCell>;
  /** Indicator-matrix cells of the row (non-blank only): the column's indicator and the cell. */
  marks?: RawMark[];
}

/** One cell under an indicator column: ticked (√, 是, 1…), the points deducted, or blank. */
export interface RawMark {
  /** The indicator as the header writes it, without a trailing note （…）. */
  indicator: string;
  kind: IndicatorKind;
  cell: RawCell;
}

/** How a table sheet was laid out, for validate's summary. */
export interface SheetShape {
  /** Excel rows of the header: one, or two for merged group titles above column names. */
  headerRows: number[];
  /** Columns read as indicators of the national system. */
  indicatorColumns: number;
}

export interface FoundColumn {
  /** Column letter. */
  column: string;
  /** Header as written in the workbook. */
  header: string;
  /** Key/value sheets: the row that holds the item. */
  row?: number;
}

export interface RawSheet {
  key: SheetKey;
  /** Sheet name as written in the workbook, or the JSON key. */
  name: string;
  at: Location;
  records: RawRecord[];
  /** Excel only: the columns found, by field key. Undefined for JSON (no columns to be missing). */
  columns?: Record<string, FoundColumn>;
  /** Excel table sheets: where the header was and how many indicator columns it has. */
  shape?: SheetShape;
  /** Sheets read as this one (a problem list per kind): each one's name and columns, which locate its rows. */
  parts?: { name: string; columns: Record<string, FoundColumn> }[];
}

export interface RawInput {
  /** The path as given. */
  file: string;
  format: "xlsx" | "json";
  /** The workbook counts dates from 1904. */
  date1904: boolean;
  sheets: Partial<Record<SheetKey, RawSheet>>;
  /** What the reader itself found: broken cells, unknown items, duplicate sheets. */
  issues: Issue[];
  /** Which reader read it (set by readInput): tongbao's sheet scanner, exceljs (its fallback, or asked for), or JSON. */
  reader?: "scanner" | "exceljs" | "json";
  /** Why the sheet scanner handed the workbook to exceljs (a technical reason, in English). */
  fallback?: string;
}
