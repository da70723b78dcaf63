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
import { PROBLEM_KIND_LABELS, SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from "./columns.js";
import { ErrorCode, TongbaoError, type Issue, type Location } from "./errors.js";
import { mergeDuplicates, mergeProblems, type Located } from "./merge-problems.js";
import { normaliseCell, normaliseMark, normaliseText } from "./normalise.js";
import type { RawInput, RawMark, RawRecord, RawSheet } from "./read/raw-input.js";
import { unifyNames, type NameCell } from "./unify-names.js";
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
  type Item,
  type NoticeInfo,
  type Problem,
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
  constructor(
    private readonly raw: RawInput,
    private readonly spec: SheetSpec,
    private readonly sheet: RawSheet,
  ) {}

  /** Where a field of a record is (or would be): its cell, else the column of the sheet on that row. */
  private where(record: RawRecord, col: ColumnSpec): Location {
    const cell = record.cells[col.key!];
    if (cell) return cell.at;
    if (record.at.path !== undefined) return { path: `${record.at.path}.${col.key}` };
    const found = this.sheet.columns?.[col.key!];
    const row = found?.row ?? record.at.row;
    return { sheet: this.sheet.name, ...(row ? { row } : {}), ...(found ? { column: found.column, header: found.header } : { header: col.header }) };
  }

  /** Required columns absent from the header row: one error each. */
  missingColumns(): Set<string> {
    const missing = new Set<string>();
    if (!this.sheet.columns || this.spec.layout === "keyValue") return missing;
    for (const col of this.spec.columns) {
      if (!col.required || this.sheet.columns[col.key!]) continue;
      missing.add(col.key!);
      const aka = col.aliases.length ? `（也可写作：${col.aliases.join("、")}）` : "";
      this.issues.push(error(`缺少必填列“${col.header}”${aka}：在表头行中找不到这一列。`, { sheet: this.sheet.name, header: col.header }, "missing-column"));
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
      const n = normaliseCell(col, cell.value, cell.at, { date1904: this.raw.date1904 });
      this.issues.push(...n.issues);
      if (n.issues.some((i) => i.severity === "error")) broken.add(col.key);
      else if (n.value !== undefined) value[col.key] = n.value;
    }
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
 */
function itemChecks(v: SheetValidator, r: Checked): void {
  const it = r.value;
  const label = v.key === "websites" ? "网站" : "账号";
  const name = typeof it.name === "string" ? it.name : "";
  const vetoes = (it.vetoes ?? []) as string[];
  if (it.verdict !== undefined || it.checked === false) {
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
}

function noticeChecks(v: SheetValidator, r: Checked): void {
  const n = r.value as Partial<NoticeInfo>;
  if (n.statStart && n.statEnd && n.statStart > n.statEnd) {
    v.issues.push(error(`统计开始日期（${n.statStart}）晚于统计截止日期（${n.statEnd}），应不晚于截止日期。`, r.where("statStart"), "date-order", n.statStart));
  }
}

export function validate(raw: RawInput): Validated {
  const issues: Issue[] = [...raw.issues];
  const counts: Record<string, number> = {};
  const data: Record<string, unknown> = {};
  const checked: Partial<Record<SheetKey, Checked[]>> = {};
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
    const v = new SheetValidator(raw, spec, sheet);
    const missing = v.missingColumns();
    const rows: Checked[] = [];
    const totals: RawRecord[] = [];
    for (let index = 0; index < sheet.records.length; index++) {
      const record = sheet.records[index]!;
      if (spec.key === "publications" && isTotalRow(record)) {
        totals.push(record);
        continue;
      }
      const r = v.record(record, missing);
      if (spec.key === "notice") noticeChecks(v, r);
      else crossChecks(v, spec.key, r);
      if (spec.key === "websites" || spec.key === "accounts") itemChecks(v, r);
      if (r.ok) rows.push(r);
    }
    for (const t of totals) checkTotal(v, t, rows);
    issues.push(...v.issues);
    if (spec.layout === "keyValue") {
      data[spec.key] = rows[0]?.value;
      counts[spec.name] = Object.keys(sheet.records[0]?.cells ?? {}).length;
    } else {
      data[spec.key] = rows.map((r) => r.value);
      counts[spec.name] = sheet.records.length - totals.length;
      checked[spec.key] = rows;
      const shape = sheetShape(sheet);
      if (shape) shapes.push(shape);
    }
  }
  issues.push(...itemShapes(raw, checked, data, shapes));
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    throw new TongbaoError(ErrorCode.INVALID_INPUT, `${basename(raw.file)}中有${errors.length}处错误，未生成任何文件。`, issues);
  }
  return { data: data as unknown as Inspection, warnings: issues, counts, shapes };
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

const located = <T>(r: Checked): Located<T> => ({ value: r.value as T, at: r.record.at, where: r.where });

/**
 * Rows still sharing a name (and, for accounts, a platform) once repeated rows are merged: they differ
 * in more than their problems, so both are counted — a warning at the later row. Most names are
 * unique: a name maps to one row until it repeats.
 */
function duplicateWarnings(rows: readonly Located<Item>[], kind: "websites" | "accounts"): Issue[] {
  const issues: Issue[] = [];
  const byName = new Map<string, Located<Item> | Located<Item>[]>();
  for (const r of rows) {
    const head = byName.get(r.value.name);
    if (head === undefined) {
      byName.set(r.value.name, r);
      continue;
    }
    const same = Array.isArray(head) ? head : [head];
    const platform = (x: Located<Item>) => ("platform" in x.value ? x.value.platform : undefined);
    const first = same.find((x) => platform(x) === platform(r));
    same.push(r);
    if (!Array.isArray(head)) byName.set(r.value.name, same);
    if (!first) continue;
    const at = first.where("name");
    const which = at.row !== undefined ? `第${at.row}行` : (first.at.path ?? "前一条");
    const label = kind === "websites" ? "网站" : "账号";
    issues.push({ code: "duplicate-row", severity: "warning", message: `${label}“${r.value.name}”与${which}重复，两条都计入统计；如为重复填写，请删除其中一条。`, location: r.where("name") });
  }
  return issues;
}

/**
 * The item stage after every row is checked: names unified across sheets, repeated rows merged (no
 * 问题清单) or 问题清单 merged into the items, and whether the item sheets are the running registry.
 */
function itemShapes(raw: RawInput, checked: Partial<Record<SheetKey, Checked[]>>, data: Record<string, unknown>, shapes: string[]): Issue[] {
  const names: NameCell[] = [];
  const nameKeys: Partial<Record<SheetKey, string[]>> = { websites: ["name", "unit"], accounts: ["name", "unit"], problems: ["name", "unit"], publications: ["unit"], followUps: ["name", "unit"] };
  for (const [sheet, keys] of Object.entries(nameKeys) as Array<[SheetKey, string[]]>) {
    for (const r of checked[sheet] ?? []) for (const key of keys) if (typeof r.value[key] === "string") names.push({ row: r.value, key, at: r.where(key) });
  }
  const issues = unifyNames(names);
  const problems = (checked.problems ?? []).map((r) => located<Problem>(r));
  let websites = (checked.websites ?? []).map((r) => located<Website>(r));
  let accounts = (checked.accounts ?? []).map((r) => located<Account>(r));
  if (!raw.sheets.problems || problems.length === 0) {
    const w = mergeDuplicates(websites, "websites");
    const a = mergeDuplicates(accounts, "accounts");
    websites = w.rows;
    accounts = a.rows;
    issues.push(...w.issues, ...a.issues, ...duplicateWarnings(websites, "websites"), ...duplicateWarnings(accounts, "accounts"));
    if (checked.websites) data.websites = websites.map((r) => r.value);
    if (checked.accounts) data.accounts = accounts.map((r) => r.value);
    return issues;
  }
  issues.push(...duplicateWarnings(websites, "websites"), ...duplicateWarnings(accounts, "accounts"));
  const merged = mergeProblems(
    websites.map((r) => r.value),
    accounts.map((r) => r.value),
    problems,
    /新媒体|账号/.test(raw.sheets.problems.name),
  );
  issues.push(...merged.issues);
  data.websites = merged.websites;
  data.accounts = merged.accounts;
  data.registry = { websites: !(websites.length === 0 && merged.added.websites > 0), accounts: !(accounts.length === 0 && merged.added.accounts > 0) };
  const added = merged.added.websites + merged.added.accounts;
  const name = raw.sheets.problems.name;
  shapes.push(`${name}：${problems.length}条问题合并入${merged.merged}个对象${added ? `（其中${added}个只在${name}中出现，已新增为已检查对象）` : ""}。`);
  for (const [kind, label] of [["websites", "政府网站"], ["accounts", "政务新媒体"]] as const) {
    if (data.registry && !(data.registry as Record<string, boolean>)[kind]) shapes.push(`没有${label}台账：只知道${name}中的${merged.added[kind]}个对象，通报不写运行总数（可在通报信息中填写${label}总数）。`);
  }
  return issues;
}

