/**
 * validate: RawInput → the canonical Inspection. Normalises every cell, checks required columns and
 * cells, runs the zod schemas and the cross-field rules, and collects every issue before deciding.
 * Every warning about the data (a verdict its row contradicts, a duplicate row, a 合计 that disagrees)
 * is raised here, once, located at the cell of a workbook or the path of a JSON file.
 * Any error throws one TongbaoError listing all issues (warnings included); otherwise the warnings
 * ride along with the data.
 */
import { basename } from "node:path";
import type * as z from "zod";
import { PROBLEM_KIND_LABELS, SHEETS, sheetSpec, type ColumnSpec, type SheetKey, type SheetSpec } from "./columns.js";
import { ErrorCode, TongbaoError, type Issue, type Location } from "./errors.js";
import { combineItems } from "./combine-items.js";
import { mergeDuplicates, type Located } from "./merge-problems.js";
import { normaliseCell, normaliseMark, normaliseNumber, normaliseText, writtenForm, type NormaliseOptions } from "./normalise.js";
import type { RawInput, RawMark, RawRecord, RawSheet } from "./read/raw-input.js";
import {
  AccountSchema,
  FollowUpSchema,
  InteractionSchema,
  NoticeInfoSchema,
  ProblemSchema,
  PublicationSchema,
  SectionSchema,
  WebsiteSchema,
  type Account,
  type Inspection,
  type NoticeInfo,
  type Website,
} from "./schema.js";
import { zodMessage } from "./zod-message.js";
import { PASS_SCORE } from "./aggregate/verdict.js";

export interface Validated {
  data: Inspection;
  warnings: Issue[];
  /** Records per sheet, by canonical Chinese sheet name (通报信息 counts its filled items). */
  counts: Record<string, number>;
  /** How the input was understood, one Chinese line each: two-row headers, indicator matrices, 问题清单 merged. */
  shapes: string[];
}

const SCHEMAS: Record<SheetKey, z.ZodType> = {
  notice: NoticeInfoSchema,
  websites: WebsiteSchema,
  accounts: AccountSchema,
  problems: ProblemSchema,
  publications: PublicationSchema,
  interactions: InteractionSchema,
  followUps: FollowUpSchema,
  sections: SectionSchema,
};

type Row = Record<string, unknown>;

/** A parsed record with the locations of its fields, for the cross-field checks. */
interface Checked {
  /** False when the record has errors; `value` then holds what normalised. */
  ok: boolean;
  value: Row;
  record: RawRecord;
  where: (key: string) => Location;
}

const error = (message: string, location: Location, code: string, value?: unknown): Issue => ({
  code,
  severity: "error",
  message,
  location,
  ...(value === undefined ? {} : { value }),
});

const TOTAL_ROW = /^(合计|总计|小计|总数)$/;

class SheetValidator {
  readonly issues: Issue[] = [];
  private readonly options: NormaliseOptions;
  constructor(
    raw: RawInput,
    private readonly spec: SheetSpec,
    private readonly sheet: RawSheet,
  ) {
    this.options = { date1904: raw.date1904 };
  }

  /** Where a field of a record is (or would be): its cell, else the column of the sheet on that row. */
  private where(record: RawRecord, col: ColumnSpec): Location {
    const cell = record.cells[col.key!];
    if (cell) return cell.at;
    if (record.at.path !== undefined) return { path: `${record.at.path}.${col.key}` };
    const part = this.sheet.parts?.find((p) => p.name === record.at.sheet);
    const found = (part?.columns ?? this.sheet.columns)?.[col.key!];
    const row = found?.row ?? record.at.row;
    return { sheet: part?.name ?? this.sheet.name, ...(row ? { row } : {}), ...(found ? { column: found.column, header: found.header } : { header: col.header }) };
  }

  /** Required columns absent from the header row: one error each. */
  missingColumns(): Set<string> {
    const missing = new Set<string>();
    if (!this.sheet.columns || this.spec.layout === "keyValue") return missing;
    for (const { name, columns } of this.sheet.parts ?? [{ name: this.sheet.name, columns: this.sheet.columns }]) {
      for (const col of this.spec.columns) {
        if (!col.required || columns[col.key!]) continue;
        missing.add(col.key!);
        const aka = col.aliases.length ? `（也可写作：${col.aliases.join("、")}）` : "";
        this.issues.push(error(`缺少必填列“${col.header}”${aka}：在表头行中找不到这一列。`, { sheet: name, header: col.header }, "missing-column"));
      }
    }
    return missing;
  }

  /** 检查期间 is required for a 通报 (the default 文种). */
  private required(col: ColumnSpec, value: Row): boolean {
    return col.required || (this.spec.key === "notice" && col.key === "period" && value.kind !== "通知");
  }

  /** Normalise, check required cells, run the zod schema. */
  record(record: RawRecord, missing: Set<string>): Checked {
    const before = this.issues.length;
    const value: Row = {};
    const broken = new Set<string>();
    for (const col of this.spec.columns) {
      if (col.key === null) continue;
      const cell = record.cells[col.key];
      if (!cell) continue;
      if (cell.broken) {
        broken.add(col.key);
        continue;
      }
      const n = normaliseCell(col, cell.value, cell.at, this.options);
      if (n.issues.length > 0) this.issues.push(...n.issues);
      if (n.issues.length > 0 && n.issues.some((i) => i.severity === "error")) broken.add(col.key);
      else if (n.value !== undefined) value[col.key] = n.value;
      const written = n.value === undefined ? undefined : writtenForm(col, cell.value, n.value);
      if (written !== undefined) value[col.keepWritten!] = written;
    }
    if (this.spec.extras) this.extras(record, value, broken);
    if (record.marks) this.marks(record.marks, value);
    if (this.spec.key === "problems" && typeof value.kind === "string") value.kind = PROBLEM_KIND_LABELS[value.kind as keyof typeof PROBLEM_KIND_LABELS];
    const keyValue = this.spec.layout === "keyValue";
    for (const col of this.spec.columns) {
      if (!this.required(col, value) || missing.has(col.key!) || broken.has(col.key!) || value[col.key!] !== undefined) continue;
      const at = this.where(record, col);
      const message = keyValue
        ? `缺少必填项“${col.header}”${col.key === "period" ? "（文种为通报时必填）" : ""}：${col.note.replace(/^(通报)?必填。?/, "")}`
        : `必填项“${col.header}”为空：这一行已填了其他内容，请补上${col.header}，或删除整行。`;
      this.issues.push(error(message.replace(/：$/, "。"), at, "required-empty"));
      broken.add(col.key!);
    }
    const where = (key: string) => this.where(record, this.spec.columns.find((c) => c.key === key)!);
    if (broken.size > 0 || this.errorSince(before)) return { ok: false, value, record, where };
    const parsed = SCHEMAS[this.spec.key].safeParse(value);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const key = String(zi.path[0] ?? "");
        if (missing.has(key)) continue;
        const col = this.spec.columns.find((c) => c.key === key);
        const at = col ? this.where(record, col) : record.at;
        this.issues.push(error(zodMessage(zi, value[key], col), at, "schema", value[key]));
      }
      return { ok: false, value, record, where };
    }
    return { ok: true, value: parsed.data as Row, record, where };
  }

  /**
   * The sheet's other columns (SheetSpec.extras): in a workbook a column counts when every filled cell
   * is a number (a text column is left alone); in JSON every value must be one.
   */
  private extraKeys: Set<string> | undefined;
  private numericExtras(): Set<string> {
    if (this.extraKeys) return this.extraKeys;
    const prefix = `${this.spec.extras}.`;
    const keys = new Set<string>();
    for (const r of this.sheet.records) for (const k of Object.keys(r.cells)) if (k.startsWith(prefix)) keys.add(k);
    if (this.sheet.columns) {
      for (const k of keys) {
        const numeric = this.sheet.records.every((r) => {
          const cell = r.cells[k];
          return !cell || cell.broken || normaliseNumber(cell.value).value !== undefined;
        });
        if (!numeric) keys.delete(k);
      }
    }
    return (this.extraKeys = keys);
  }

  private extras(record: RawRecord, value: Row, broken: Set<string>): void {
    const field = this.spec.extras!;
    const extra: Record<string, number> = {};
    for (const key of this.numericExtras()) {
      const cell = record.cells[key];
      if (!cell || cell.broken) continue;
      const header = key.slice(field.length + 1);
      const n = normaliseNumber(cell.value, cell.at);
      this.issues.push(...n.issues);
      if (n.value === undefined) continue;
      if (n.value < 0) {
        this.issues.push(error(`${header}不能为负数，实际为${n.value}。`, cell.at, "negative-count", n.value));
        broken.add(field);
      } else extra[header] = n.value;
    }
    if (Object.keys(extra).length > 0) value[field] = extra;
  }

  /** Indicator-matrix cells: a ticked one adds its indicator to 突出问题 / 扣分问题 (points and text kept). */
  private marks(marks: readonly RawMark[], value: Row): void {
    for (const m of marks) {
      if (m.cell.broken) continue;
      const n = normaliseMark(m.cell.value, m.kind, m.cell.at);
      this.issues.push(...n.issues);
      if (!n.value?.ticked) continue;
      const key = m.kind === "veto" ? "vetoes" : "deductions";
      const list = (value[key] as string[] | undefined) ?? [];
      if (!list.includes(m.indicator)) value[key] = [...list, m.indicator];
      if (n.value.points !== undefined) value.deductionPoints = { ...(value.deductionPoints as object), [m.indicator]: n.value.points };
      if (n.value.text) value.description = value.description ? `${value.description as string}；${n.value.text}` : n.value.text;
    }
  }

  /** Whether an error was added after the first `count` issues (looks at the new ones only). */
  private errorSince(count: number): boolean {
    for (let i = count; i < this.issues.length; i++) if (this.issues[i]!.severity === "error") return true;
    return false;
  }

  /** `a` must not exceed `b`. */
  notMore(r: Checked, a: string, b: string): void {
    const x = r.value[a];
    const y = r.value[b];
    if (typeof x !== "number" || typeof y !== "number" || x <= y) return;
    const ha = this.header(a);
    const hb = this.header(b);
    this.issues.push(error(`${ha}（${x}）大于${hb}（${y}），${ha}应不大于${hb}。`, r.where(a), "count-order", x));
  }

  get key(): SheetKey {
    return this.spec.key;
  }

  header(key: string): string {
    return this.spec.columns.find((c) => c.key === key)?.header ?? key;
  }

  warn(message: string, at: Location, code: string): void {
    this.issues.push({ code, severity: "warning", message, location: at });
  }
}

function isTotalRow(record: RawRecord): boolean {
  const unit = record.cells.unit;
  const text = unit && !unit.broken ? normaliseText(unit.value).value : undefined;
  return text !== undefined && TOTAL_ROW.test(text.replace(/\s/g, ""));
}

/** Compare a 合计 row of 信息发布统计 with the sum of the rows; it is dropped either way. */
function checkTotal(v: SheetValidator, total: RawRecord, rows: Checked[]): void {
  const t = v.record({ ...total, cells: { ...total.cells, category: total.cells.category ?? { value: "合计", at: total.at } } }, new Set());
  if (!t.ok) return;
  for (const key of ["published", "submitted", "adopted"]) {
    const given = t.value[key];
    if (typeof given !== "number") continue;
    const sum = rows.reduce((s, r) => s + (typeof r.value[key] === "number" ? (r.value[key] as number) : 0), 0);
    if (given !== sum) {
      v.warn(`“合计”行的${v.header(key)}为${given}，与各单位之和${sum}不一致；合计行不计入，以各单位数据为准。`, t.where(key), "total-mismatch");
    }
  }
}

function crossChecks(v: SheetValidator, key: SheetKey, r: Checked): void {
  if (key === "interactions") {
    v.notMore(r, "closed", "received");
    v.notMore(r, "closedOnTime", "closed");
    if (r.value.closed === undefined) v.notMore(r, "closedOnTime", "received");
  }
  if (key === "publications") v.notMore(r, "adopted", "submitted");
}

/**
 * Rows of 政府网站 / 政务新媒体 that validate but contradict themselves: warnings, located at the cell.
 * Repeated rows are merged or warned about once the sheet is read (mergeDuplicates).
 */
function itemChecks(v: SheetValidator, r: Checked): void {
  const it = r.value;
  const label = v.key === "websites" ? "网站" : "账号";
  const name = typeof it.name === "string" ? it.name : "";
  const vetoes = (it.vetoes ?? []) as string[];
  if (it.verdict === undefined && it.checked !== false) return;
  const low = typeof it.score === "number" && it.score < PASS_SCORE;
  const findings = vetoes.length > 0 || ((it.deductions ?? []) as string[]).length > 0 || it.description !== undefined;
  if (it.verdict === "合格" && vetoes.length > 0)
    v.warn(`检查结论为“合格”，但该行填有突出问题（${vetoes.join("、")}）；按所填结论“合格”处理，请核对。`, r.where("verdict"), "verdict-contradiction");
  if (it.verdict === "合格" && low)
    v.warn(`${label}“${name}”检查结论为合格，但得分${String(it.score)}低于${PASS_SCORE}分；按所填结论“合格”处理，请核对检查结论或得分。`, r.where("verdict"), "verdict-low-score");
  if (it.verdict === "不合格" && !low && !findings)
    v.warn(`${label}“${name}”检查结论为不合格，但没有填写任何问题；请在突出问题、扣分问题或问题描述中写明原因。`, r.where("verdict"), "verdict-without-problem");
  if (it.checked === false && (it.verdict !== undefined || vetoes.length > 0))
    v.warn(`${label}“${name}”未检查（是否检查为否），但填写了检查结论或问题，这些内容不计入合格率。`, r.where("checked"), "unchecked-with-findings");
}

function noticeChecks(v: SheetValidator, r: Checked): void {
  const n = r.value as Partial<NoticeInfo>;
  if (n.statStart && n.statEnd && n.statStart > n.statEnd) {
    v.issues.push(error(`统计开始日期（${n.statStart}）晚于统计截止日期（${n.statEnd}），应不晚于截止日期。`, r.where("statStart"), "date-order", n.statStart));
  }
}

/** 政府网站总数 / 政务新媒体总数 count what runs: never fewer than the rows the sheet lists. */
function totalChecks(notice: Checked | undefined, data: Record<string, unknown>): Issue[] {
  if (!notice?.ok) return [];
  const issues: Issue[] = [];
  const n = notice.value as Partial<NoticeInfo>;
  for (const [key, sheet, label] of [
    ["websiteTotal", "websites", "政府网站总数"],
    ["accountTotal", "accounts", "政务新媒体总数"],
  ] as const) {
    const total = n[key];
    const rows = (data[sheet] as unknown[] | undefined)?.length ?? 0;
    if (total !== undefined && total < rows) {
      const name = sheet === "websites" ? "政府网站" : "政务新媒体";
      issues.push(error(`${label}（${total}）少于“${name}”工作表中的${rows}行；总数应不少于表中所列的数量，或不填（按表中行数计）。`, notice.where(key), "total-below-rows", total));
    }
  }
  return issues;
}

export function validate(raw: RawInput): Validated {
  const issues: Issue[] = [...raw.issues];
  const counts: Record<string, number> = {};
  const data: Record<string, unknown> = {};
  let notice: Checked | undefined;
  const checked: Partial<Record<SheetKey, Array<Located<Row>>>> = {};
  // With a 问题清单, repeated rows of an item sheet are not merged: the list carries the problems.
  const listed = (raw.sheets.problems?.records.length ?? 0) > 0;
  const shapes: string[] = [];
  for (const spec of SHEETS) {
    const sheet = raw.sheets[spec.key];
    counts[spec.name] = 0;
    if (!sheet) {
      if (spec.layout === "keyValue") {
        const where = raw.format === "json" ? { path: spec.key } : { sheet: spec.name };
        const what = raw.format === "json" ? `缺少“${spec.key}”（${spec.name}）` : `缺少“${spec.name}”工作表`;
        issues.push(error(`${what}：发文机关、主送机关、成文日期等必须填写。`, where, "missing-sheet"));
      } else data[spec.key] = [];
      continue;
    }
    if (spec.key === "problems") kindColumnAsCategory(sheet);
    const v = new SheetValidator(raw, spec, sheet);
    const missing = v.missingColumns();
    const rows: Checked[] = [];
    const totals: RawRecord[] = [];
    const located: Array<Located<Row>> = [];
    for (const [index, record] of sheet.records.entries()) {
      if (spec.key === "publications" && isTotalRow(record)) {
        totals.push(record);
        continue;
      }
      const r = v.record(record, missing);
      if (spec.key === "notice") {
        noticeChecks(v, r);
        notice = r;
      }
      else crossChecks(v, spec.key, r);
      if (spec.key === "websites" || spec.key === "accounts") itemChecks(v, r);
      if (!r.ok) continue;
      rows.push(r);
      located.push({ value: r.value, at: r.record.at, where: r.where, index });
    }
    for (const t of totals) checkTotal(v, t, rows);
    let kept = located;
    if (spec.key === "websites" || spec.key === "accounts") {
      const repeated = mergeDuplicates(located as Array<Located<Website | Account>>, spec.key, !listed);
      kept = repeated.rows as Array<Located<Row>>;
      v.issues.push(...repeated.issues);
    }
    issues.push(...v.issues);
    if (spec.layout === "keyValue") {
      data[spec.key] = rows[0]?.value;
      counts[spec.name] = Object.keys(sheet.records[0]?.cells ?? {}).length;
    } else {
      data[spec.key] = kept.map((r) => r.value);
      counts[spec.name] = sheet.records.length - totals.length;
      checked[spec.key] = kept;
      const shape = sheetShape(sheet);
      if (shape) shapes.push(shape);
    }
  }
  const combined = combineItems(checked, raw.sheets.problems?.name);
  issues.push(...combined.issues);
  shapes.push(...combined.shapes);
  if (combined.registry) Object.assign(data, { websites: combined.websites, accounts: combined.accounts, registry: combined.registry });
  issues.push(...totalChecks(notice, data));
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    throw new TongbaoError(ErrorCode.INVALID_INPUT, `${basename(raw.file)}中有${errors.length}处错误，未生成任何文件。`, issues);
  }
  return { data: data as unknown as Inspection, warnings: issues, counts, shapes };
}

/**
 * Many exports call the category 问题类型 (问题类型：栏目不更新) and have no 问题分类: then a 问题类型
 * column whose cells are not all 单项否决 / 扣分 is read as 问题分类.
 */
function kindColumnAsCategory(sheet: RawSheet): void {
  const kind = sheet.columns?.kind;
  if (!kind || sheet.columns?.category) return;
  const column = sheetSpec("problems").columns.find((c) => c.key === "kind")!;
  const values = sheet.records.flatMap((r) => (r.cells.kind && !r.cells.kind.broken ? [r.cells.kind] : []));
  if (values.every((c) => normaliseCell(column, c.value, c.at).issues.length === 0)) return;
  sheet.columns!.category = kind;
  delete sheet.columns!.kind;
  for (const r of sheet.records) {
    if (r.cells.kind) r.cells.category = r.cells.kind;
    delete r.cells.kind;
  }
}

/** `政府网站：两行表头（第2–3行），指标矩阵，6个指标列。` — only for a sheet that is not a plain one-row table. */
function sheetShape(sheet: RawSheet): string | undefined {
  const shape = sheet.shape;
  if (!shape) return undefined;
  const parts: string[] = [];
  const [first, second] = shape.headerRows;
  if (second !== undefined) parts.push(`两行表头（第${first}–${second}行）`);
  else if (first !== undefined && first > 1) parts.push(`表头在第${first}行`);
  if (shape.indicatorColumns > 0) parts.push(`指标矩阵，${shape.indicatorColumns}个指标列`);
  return parts.length ? `${sheet.name}：${parts.join("，")}。` : undefined;
}
