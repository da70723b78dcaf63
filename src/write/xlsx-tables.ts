import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { writeZip } from "../render/zip-writer.js";
import type { Cell, TableSpec } from "../outline.js";
import { liveColumns } from "../render/live-columns.js";

/** Fixed timestamps so the same tables give the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const TEXT_FORMAT = "@";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "宋体";

/** Text Excel or a CSV reader could take for a formula (or a DDE payload). */
export const looksLikeFormula = (s: string): boolean => /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/.test(s);

/** A sheet name Excel accepts: ≤ 31 characters, none of []:*?/\, not blank, not 'History', unique. */
export function safeSheetName(name: string, taken: Set<string>): string {
  // Excel refuses a name that starts or ends with a quote: strip quotes and spaces at the ends together.
  const ends = (s: string) => s.replace(/^[\s']+|[\s']+$/g, "");
  const clean = (s: string) => [...ends(s.replace(/[\u0000-\u001f[\]:*?/\\]/g, "_"))];
  let base = clean(name);
  if (base.length === 0 || base.join("").toLowerCase() === "history") base = clean(`表${taken.size + 1}${base.join("")}`);
  const seen = new Set([...taken].map((t) => t.toLowerCase()));
  let candidate = ends(base.slice(0, 31).join(""));
  for (let n = 2; seen.has(candidate.toLowerCase()); n += 1) {
    const suffix = `(${n})`;
    candidate = base.slice(0, 31 - suffix.length).join("") + suffix;
  }
  taken.add(candidate);
  return candidate;
}

/** Column widths in characters from the relative weights: the mean weight gets 14 characters. */
function widths(table: TableSpec): number[] {
  const weights = table.columns.map((c) => (c.width > 0 ? c.width : 1));
  const mean = weights.reduce((a, b) => a + b, 0) / Math.max(weights.length, 1);
  return weights.map((w) => Math.min(60, Math.max(6, Math.round((w / mean) * 14 * 10) / 10)));
}

function setValue(cell: ExcelJS.Cell, value: Cell | undefined): void {
  if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? value : String(value);
    return;
  }
  const text = value ?? "";
  cell.value = text;
  if (looksLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
}

/** Merges runs of equal consecutive values in the `merge: true` columns of the body rows. */
function mergeRuns(ws: ExcelJS.Worksheet, table: TableSpec, firstRow: number): void {
  table.columns.forEach((col, c) => {
    if (!col.merge) return;
    let start = 0;
    for (let r = 1; r <= table.rows.length; r += 1) {
      // Stryker disable next-line OptionalChaining: r and start are below rows.length here, so both rows exist
      const same = r < table.rows.length && table.rows[r]?.[c] === table.rows[start]?.[c];
      if (same) continue;
      if (r - start > 1) ws.mergeCells(firstRow + start, c + 1, firstRow + r - 1, c + 1);
      start = r;
    }
  });
}

function addSheet(wb: ExcelJS.Workbook, name: string, spec: TableSpec): void {
  // The columns the Word table prints: none empty in every row.
  const table = liveColumns(spec);
  const headerRow = table.caption ? 2 : 1;
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }] });
  const n = table.columns.length;
  widths(table).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (table.caption && n > 0) {
    setValue(ws.getCell(1, 1), table.caption);
    ws.getCell(1, 1).font = { name: FONT, size: 11 };
    if (n > 1) ws.mergeCells(1, 1, 1, n);
  }
  const lines: { cells: Cell[]; kind: "header" | "body" | "totals" }[] = [
    { cells: table.columns.map((c) => c.header), kind: "header" },
    ...table.rows.map((cells) => ({ cells, kind: "body" as const })),
    ...(table.totals ? [{ cells: table.totals, kind: "totals" as const }] : []),
  ];
  lines.forEach((line, i) => {
    const row = ws.getRow(headerRow + i);
    table.columns.forEach((col, c) => {
      const cell = row.getCell(c + 1);
      setValue(cell, line.cells[c]);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 11, bold: line.kind !== "body" };
      cell.alignment = {
        vertical: "middle",
        horizontal: line.kind === "header" ? "center" : (col.align ?? (typeof line.cells[c] === "number" ? "right" : "left")),
        wrapText: true,
      };
      if (line.kind === "header") cell.fill = HEADER_FILL;
    });
  });
  mergeRuns(ws, table, headerRow + 1);
  (table.notes ?? []).forEach((note, i) => {
    const cell = ws.getCell(headerRow + lines.length + i, 1);
    setValue(cell, note);
    cell.font = { name: FONT, size: 10 };
  });
}

/**
 * Re-zips the workbook (the one zip writer: sorted entries, one fixed time), and marks every text-format cell style
 * `quotePrefix` so Excel shows `=1+1` as text and keeps it text when the cell is edited.
 */
function normalise(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const styles = entries["xl/styles.xml"];
  if (styles) {
    const xml = strFromU8(styles).replace(/<xf ([^>]*numFmtId="49"[^>]*?)(\/?)>/g, (m, attrs: string, close: string) =>
      attrs.includes("quotePrefix") ? m : `<xf ${attrs} quotePrefix="1"${close}>`,
    );
    entries["xl/styles.xml"] = strToU8(xml);
  }
  const sorted = Object.keys(entries)
    .filter((k) => !k.endsWith("/"))
    .sort();
  return writeZip(sorted.map((k) => [k, entries[k]!] as const));
}

/**
 * One workbook with a sheet per table: bold filled header with borders, frozen header, column widths
 * from the weights, numbers as numbers, bold totals, merged runs, no cell readable as a formula.
 * The same sheets give byte-identical output.
 */
export async function tablesToXlsx(sheets: { name: string; table: TableSpec }[]): Promise<Uint8Array> {
  const { Workbook } = (await import("exceljs")).default;
  const wb = new Workbook();
  wb.creator = "tongbao";
  wb.lastModifiedBy = "tongbao";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const taken = new Set<string>();
  for (const { name, table } of sheets) addSheet(wb, safeSheetName(name, taken), table);
  if (sheets.length === 0) wb.addWorksheet("表1");
  const raw = await wb.xlsx.writeBuffer();
  return normalise(new Uint8Array(raw as ArrayBuffer));
}
