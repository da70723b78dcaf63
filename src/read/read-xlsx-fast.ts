/**
 * The sheet scanner, tongbao's workbook reader: the zip's parts inflated natively and the sheet XML scanned
 * with indexOf and small regular expressions — no SAX events, no exceljs (whose import alone costs a
 * second). It produces the same rows as exceljs: shared strings and inline strings as text (rich text
 * joined, phonetic runs dropped), numbers in date formats as Dates, formulas as { formula, result },
 * error values as { error }, merged ranges filled from their master. Anything it does not understand
 * (prefixed XML, zip64, odd compression) throws a plain Error, and the caller falls back to exceljs.
 */
import type { RawInput } from "./raw-input.js";
import { applyMerges, colNumber, notAWorkbook, sheetsToRaw, workbookParts, xmlText, type NamedRows } from "./xlsx-common.js";
import { inflateEntry, zipEntries, type ZipEntry } from "./zip-parts.js";
import type { SheetRow } from "./sheet-records.js";

/** Built-in number formats exceljs knows to be dates (ids 14–22, 45–47). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's isDateFmt: a format is a date when, outside quotes and brackets, it has y m d h M s or b. */
const isDateFormat = (fmt: string) => /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

// Stryker disable next-line StringLiteral: a shortcut; xmlText leaves text without entities as it is
const decode = (s: string) => (s.includes("&") ? xmlText(s) : s);
const decoder = new TextDecoder();

/** Per cell style index (the s attribute): whether numbers in it are dates. Style 0 never is (as in exceljs). */
function dateStyles(styles: string): boolean[] {
  const custom = new Map<number, string>();
  for (const [, id, code] of styles.matchAll(/<numFmt\b[^>]*?\bnumFmtId="(\d+)"[^>]*?\bformatCode="([^"]*)"/g)) custom.set(Number(id), xmlText(code!));
  for (const [, code, id] of styles.matchAll(/<numFmt\b[^>]*?\bformatCode="([^"]*)"[^>]*?\bnumFmtId="(\d+)"/g)) custom.set(Number(id), xmlText(code!));
  const start = styles.indexOf("<cellXfs");
  const end = styles.indexOf("</cellXfs>", start);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; slicing a missing cellXfs finds no xf either
  if (start < 0 || end < 0) return [];
  return [...styles.slice(start, end).matchAll(/<xf\b([^>]*)>/g)].map(([, attrs], i) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(attrs!)?.[1] ?? 0);
    if (i === 0 || !id) return false;
    const fmt = custom.get(id);
    return fmt === undefined ? BUILTIN_DATES.has(id) : isDateFormat(fmt);
  });
}

/** Excel writes characters XML cannot hold as `_xHHHH_`; exceljs decodes them, and so do we (validation then warns). */
// Stryker disable next-line StringLiteral: a shortcut; the replace finds nothing without _x
const unescapeExcel = (s: string) => (s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);

/** The text of a string item (<si> or <is>): every <t> joined, phonetic guides (<rPh>) left out. */
function itemText(xml: string): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; the replace finds nothing without <rPh
  if (xml.includes("<rPh")) xml = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  if (xml.startsWith("<t>") && xml.indexOf("<t", 3) < 0) return unescapeExcel(decode(xml.slice(3, xml.lastIndexOf("</t>"))));
  let text = "";
  for (const [, t] of xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) text += t!;
  return unescapeExcel(decode(text));
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf("<si", at);
    if (open < 0) return out;
    const body = xml.indexOf(">", open) + 1;
    if (xml[body - 2] === "/") {
      out.push("");
      at = body;
      continue;
    }
    const close = xml.indexOf("</si>", body);
    if (close < 0) throw new Error("unterminated shared string");
    out.push(itemText(xml.slice(body, close)));
    at = close + 5;
  }
}

interface Context {
  strings: readonly string[];
  dates: readonly boolean[];
  date1904: boolean;
}

const excelDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

const attrOf = (attrs: string, name: string) => {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const from = at + name.length + 3;
  return attrs.slice(from, attrs.indexOf('"', from));
};

/** A shared string by its index; one that is not there means we misread the workbook: exceljs takes over. */
function sharedString(ctx: Context, index: string): string {
  const s = ctx.strings[parseInt(index, 10)];
  if (s === undefined) throw new Error(`no shared string ${index}`);
  return s;
}

/** A number cell's value (or a formula's numeric result): a Date when the cell's style is a date format. */
function numberIn(v: string, attrs: string, ctx: Context): number | Date {
  const s = attrOf(attrs, "s");
  const n = parseFloat(v);
  return s !== undefined && ctx.dates[Number(s)] ? excelDate(n, ctx.date1904) : n;
}

/** One cell's value from its attributes and inner XML, as exceljs's streaming reader gives it. */
function cellValue(attrs: string, inner: string, ctx: Context): unknown {
  const type = attrOf(attrs, "t");
  // The common case first: a shared string or a plain value, nothing else in the cell.
  if (inner.startsWith("<v>") && inner.indexOf("<", 3) === inner.length - 4) {
    const v = inner.slice(3, -4);
    if (type === "s") return sharedString(ctx, v);
    if (type === undefined || type === "n") return numberIn(v, attrs, ctx);
  }
  const vOpen = inner.indexOf("<v");
  let v: string | undefined;
  if (vOpen >= 0 && (inner[vOpen + 2] === ">" || inner[vOpen + 2] === " ")) {
    const from = inner.indexOf(">", vOpen) + 1;
    v = inner[from - 2] === "/" ? "" : inner.slice(from, inner.indexOf("</v>", from));
  }
  if (type === "inlineStr" && v === undefined) {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    if (is) v = itemText(is[1]!);
    return v;
  }
  const f = inner.includes("<f") ? /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner) : null;
  if (f) {
    const formula: { formula: string; result?: unknown } = { formula: decode(f[1] ?? "") };
    if (v !== undefined) formula.result = type === "str" ? decode(v) : type === "e" ? { error: decode(v) } : type === "b" ? Number(v) !== 0 : numberIn(v, attrs, ctx);
    return formula;
  }
  if (v === undefined) return undefined;
  switch (type) {
    case "s":
      return sharedString(ctx, v);
    case "str":
    case "inlineStr":
      return decode(v);
    case "e":
      return { error: decode(v) };
    case "b":
      return parseInt(v, 10) !== 0;
    case "d": {
      // An ISO 8601 date cell (exceljs would give parseFloat of it, i.e. the year).
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes("T") ? v : `${v}Z`);
      return Number.isNaN(date.getTime()) ? v : date;
    }
    default:
      return numberIn(v, attrs, ctx);
  }
}

/** The rows of a worksheet's XML, values by 1-based column, merged ranges filled in. */
export function scanSheet(xml: string, ctx: Context): SheetRow[] {
  const rows: SheetRow[] = [];
  const start = xml.indexOf("<sheetData");
  if (start < 0) {
    if (xml.includes(":sheetData")) throw new Error("prefixed worksheet XML");
    return rows;
  }
  const end = xml.indexOf("</sheetData>", start);
  const tag = /<(row|c)\b([^>]*)>/g;
  tag.lastIndex = start;
  let values: unknown[] = [];
  let rowNo = 0;
  let col = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound for speed; no element after </sheetData> is a row or a c
  for (let m = tag.exec(xml); m && (end < 0 || m.index < end); m = tag.exec(xml)) {
    const attrs = m[2]!;
    if (m[1]!.length === 3) {
      const r = attrOf(attrs, "r");
      rowNo = r === undefined ? rowNo + 1 : parseInt(r, 10);
      values = [];
      rows.push([rowNo, values]);
      col = 0;
      continue;
    }
    const ref = attrOf(attrs, "r");
    // Stryker disable next-line Regex: a reference is letters then digits
    col = ref === undefined ? col + 1 : colNumber(ref.replace(/\d+$/, ""));
    if (attrs.endsWith("/")) continue;
    const close = xml.indexOf("</c>", tag.lastIndex);
    if (close < 0) throw new Error("unterminated cell");
    const value = cellValue(attrs, xml.slice(tag.lastIndex, close), ctx);
    // Stryker disable next-line ArithmeticOperator: resuming inside </c> finds the same next tag
    tag.lastIndex = close + 4;
    // Stryker disable next-line ConditionalExpression: an undefined value and a hole read alike
    if (value !== undefined) values[col] = value;
  }
  // Stryker disable next-line StringLiteral,ConditionalExpression,EqualityOperator: a shortcut; the search below finds no merges either
  const mergeAt = xml.indexOf("<mergeCell ", end);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut, as above
  if (mergeAt < 0) return rows;
  // Stryker disable next-line MethodExpression: searching from the first merge is a shortcut
  const merges = [...xml.slice(mergeAt).matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((r) => r[1]!);
  return applyMerges(rows, merges);
}

/** A part's XML text. A DTD (entity definitions: billion laughs, external entities) is never expanded: the file is refused. */
function partText(file: string, buf: Buffer, entry: ZipEntry | undefined): string {
  if (!entry) return "";
  const xml = decoder.decode(inflateEntry(buf, entry));
  if (xml.includes("<!DOCTYPE") || xml.includes("<!ENTITY")) throw notAWorkbook(file);
  return xml;
}

/** `bytes` are the file's content, already read to sniff its type. Throws a plain Error on anything unusual. */
export function readXlsxFast(file: string, bytes: Buffer, isWanted: (sheetName: string) => boolean): RawInput {
  const entries = zipEntries(bytes);
  const { names, date1904 } = workbookParts(bytes, entries);
  if (names.size === 0) throw new Error("no sheets");
  const part = (name: string) => [...entries.values()].find((e) => e.name.toLowerCase() === name);
  const text = (entry: ZipEntry | undefined) => partText(file, bytes, entry);
  const ctx: Context = {
    strings: sharedStrings(text(part("xl/sharedstrings.xml"))),
    dates: dateStyles(text(part("xl/styles.xml"))),
    date1904,
  };
  const sheets: NamedRows[] = [];
  for (const [path, name] of names) {
    const entry = entries.get(path);
    if (!entry) throw new Error(`missing ${path}`);
    sheets.push({ name, rows: isWanted(name) ? scanSheet(text(entry), ctx) : [] });
  }
  return sheetsToRaw(sheets, file, date1904);
}
