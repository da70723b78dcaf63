/**
 * Every normalisation of the input contract, pure: a raw cell value in, a canonical value or located
 * Chinese issues out. Empty cells (and the placeholders `-`, `—`, `/`) normalise to `undefined`.
 */
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import type { ColumnSpec } from "./columns.js";
import type { Issue, Location } from "./errors.js";

dayjs.extend(utc);

/** What a reader hands over for one cell. JSON may also give arrays and objects. */
export type CellValue = string | number | boolean | Date | null | undefined | readonly unknown[] | object;

export interface Normalised<T> {
  /** The canonical value; undefined when the cell is empty or wrong. */
  value: T | undefined;
  issues: Issue[];
}

export interface NormaliseOptions {
  /** The workbook uses the 1904 date system (Excel serials count from 1904-01-01). */
  date1904?: boolean;
}

const ok = <T>(value: T | undefined, issues: Issue[] = []): Normalised<T> => ({ value, issues });
const fail = <T>(message: string, at: Location | undefined, value: unknown, code = "invalid-value"): Normalised<T> => ({
  value: undefined,
  issues: [{ code, severity: "error", message, value, ...(at ? { location: at } : {}) }],
});
const warn = (message: string, at: Location | undefined, value: unknown, code: string): Issue => ({
  code,
  severity: "warning",
  message,
  value,
  ...(at ? { location: at } : {}),
});

/** A value as quoted in a message: “…”, shortened. */
export function shown(v: unknown): string {
  let s: string;
  if (v instanceof Date) s = Number.isNaN(v.getTime()) ? "无效日期" : dayjs.utc(v).format("YYYY-MM-DD");
  else if (typeof v === "string") s = v;
  else if (v === null || v === undefined) s = "";
  else if (typeof v === "object") s = JSON.stringify(v);
  else s = String(v);
  return `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
}

/** Full-width ASCII (digits, letters, punctuation) and the ideographic space → half-width. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s; // most cells have none: no copy
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

// Control characters except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF: not allowed in XML.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character INVALID_XML could match (surrogates paired or not): a quick test before the slow one. */
const MAYBE_INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Strings: invalid XML characters removed (with a warning), ends trimmed (incl. full-width spaces). */
export function cleanText(s: string, at?: Location): Normalised<string> {
  const issues: Issue[] = [];
  let text = s;
  if (MAYBE_INVALID_XML.test(text) && INVALID_XML.test(text)) {
    INVALID_XML.lastIndex = 0;
    const n = text.match(INVALID_XML)?.length ?? 0;
    text = text.replace(INVALID_XML, "");
    issues.push(warn(`含有${n}个不可见的非法字符（如控制字符），已删除。`, at, s, "invalid-character"));
  }
  INVALID_XML.lastIndex = 0;
  text = text.trim(); // trim's white space is the regex \s, which includes U+3000
  return ok(text === "" ? undefined : text, issues);
}

const PLACEHOLDERS = new Set(["-", "—", "——", "--", "/", "／", "－"]);

/** The cell as trimmed text, or undefined when empty. Numbers, booleans and dates are spelled out. */
function asText(v: CellValue, at?: Location): Normalised<string> {
  if (v === null || v === undefined) return ok<string>(undefined);
  if (typeof v === "string") return cleanText(v, at);
  if (typeof v === "number") return Number.isFinite(v) ? ok(String(v)) : fail(`应为文字，实际为${shown(v)}。`, at, v, "invalid-text");
  if (typeof v === "boolean") return ok(v ? "是" : "否");
  if (v instanceof Date) return ok(dayjs.utc(v).format("YYYY-MM-DD"));
  return fail(`应为文字，实际为${shown(v)}。`, at, v, "invalid-text");
}

export function normaliseText(v: CellValue, at?: Location): Normalised<string> {
  return asText(v, at);
}

/** Text prepared for parsing: half-width, inner spaces removed; placeholders → undefined. */
function compact(v: CellValue, at?: Location): Normalised<string> {
  const t = asText(v, at);
  if (t.value === undefined) return t;
  const s = toHalfWidth(t.value).replace(/\s+/g, "");
  return ok(PLACEHOLDERS.has(s) ? undefined : s, t.issues);
}

function parseDecimal(s: string): number | undefined {
  let t = s;
  let scale = 1;
  if (/万$/.test(t)) {
    scale = 10000;
    t = t.slice(0, -1);
  }
  t = t.replace(/[条个次人篇件分]$/, "");
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Math.round(Number(t) * scale * 1e6) / 1e6;
}

/** A number: `1,234`, full-width digits, `1.2万`. */
export function normaliseNumber(v: CellValue, at?: Location): Normalised<number> {
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : fail(`应为数字，实际为${shown(v)}。`, at, v, "invalid-number");
  const t = compact(v, at);
  if (t.value === undefined) return t as Normalised<never>;
  const n = parseDecimal(t.value);
  return n === undefined ? fail(`应为数字，实际为${shown(v)}。`, at, v, "invalid-number") : ok(n, t.issues);
}

/** A count: a non-negative integer. */
export function normaliseInt(v: CellValue, at?: Location): Normalised<number> {
  const n = normaliseNumber(v, at);
  if (n.value === undefined) {
    if (n.issues.some((i) => i.severity === "error")) return fail(`应为不小于0的整数，实际为${shown(v)}。`, at, v, "invalid-integer");
    return n;
  }
  if (!Number.isInteger(n.value)) return fail(`应为整数，实际为${shown(v)}。`, at, v, "invalid-integer");
  if (n.value < 0) return fail(`数量不能为负数，应为不小于0的整数，实际为${shown(v)}。`, at, v, "negative-count");
  return n;
}

const TRUE = new Set(["是", "√", "✓", "✔", "y", "yes", "true", "t", "1", "有", "对"]);
const FALSE = new Set(["否", "×", "✗", "✘", "x", "n", "no", "false", "f", "0", "无", "错"]);

/** 是/否, √/×, Y/N, 有/无 → boolean. */
export function normaliseBool(v: CellValue, at?: Location): Normalised<boolean> {
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number" && (v === 0 || v === 1)) return ok(v === 1);
  const t = compact(v, at);
  if (t.value === undefined) return t as Normalised<never>;
  const s = t.value.toLowerCase();
  if (TRUE.has(s)) return ok(true, t.issues);
  if (FALSE.has(s)) return ok(false, t.issues);
  return fail(`应为“是”或“否”，实际为${shown(v)}。`, at, v, "invalid-boolean");
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO date from parts, or the Chinese reason it does not exist. */
function isoDate(y: number, m: number, d: number): string | { reason: string } {
  if (m < 1 || m > 12) return { reason: `没有${m}月` };
  const days = dayjs.utc(`${y}-${pad(m)}-01`).daysInMonth();
  if (d < 1 || d > days) return { reason: `${y}年${m}月只有${days}天` };
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return dayjs.utc(iso).format("YYYY-MM-DD") === iso ? iso : { reason: "日期不存在" };
}

/** Excel serial day number → ISO date (1900 system with its phantom 1900-02-29, or 1904). */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const day = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, day < 60 ? 31 : 30);
  return dayjs.utc(epoch + day * 86400000).format("YYYY-MM-DD");
}

const DATE_EXPECTED = "应为日期（如 2023-07-05 或 2023年7月5日）";

/** Date cells, Excel serials, `2023-7-5`, `2023/7/5`, `2023.7.5`, `2023年7月5日`, `20230705` → `2023-07-05`. */
export function normaliseDate(v: CellValue, at?: Location, opts: NormaliseOptions = {}): Normalised<string> {
  if (v instanceof Date) {
    const year = v.getUTCFullYear();
    if (Number.isNaN(year) || year < 1000 || year > 9999) return fail(`${DATE_EXPECTED}，实际为${shown(v)}。`, at, v, "invalid-date");
    return ok(v.toISOString().slice(0, 10));
  }
  if (typeof v === "number") {
    const fromDigits = /^\d{8}$/.test(String(v)) ? normaliseDate(String(v), at) : undefined;
    if (fromDigits?.value) return fromDigits;
    const iso = serialToIso(v, opts.date1904);
    return iso ? ok(iso) : fail(`${DATE_EXPECTED}，实际为${shown(v)}。`, at, v, "invalid-date");
  }
  const t = compact(v, at);
  if (t.value === undefined) return t;
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t.value) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t.value);
  if (!m) return fail(`${DATE_EXPECTED}，实际为${shown(v)}。`, at, v, "invalid-date");
  const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (typeof iso !== "string") return fail(`${shown(v)}不是存在的日期（${iso.reason}），${DATE_EXPECTED}。`, at, v, "impossible-date");
  return ok(iso, t.issues);
}

const DATE_TIME_EXPECTED = "应为日期，可带时刻（如 2020-09-28、2020-09-28 18:00 或 2020年9月28日18时）";
const TIME_PART = /^(.+?)(?:\s+|T|(?<=日))(\d{1,2})(?:[:：](\d{2})(?::\d{2}(?:\.\d+)?)?|[时点](?:(\d{1,2})分)?)(?:Z|[+-]\d{2}:?\d{2})?前?$/;

/** `2020-09-28` or, with a time of day, `2020-09-28T18:00` (a time of 00:00 is a plain date). */
function withTime(date: string, hour: number, minute: number): string {
  return hour === 0 && minute === 0 ? date : `${date}T${pad(hour)}:${pad(minute)}`;
}

/** A date with an optional time: `2020-09-28 18:00`, `2020年9月28日18时`, a date cell or serial with a time. */
export function normaliseDateTime(v: CellValue, at?: Location, opts: NormaliseOptions = {}): Normalised<string> {
  if (v instanceof Date) {
    const d = normaliseDate(v, at, opts);
    return d.value === undefined ? d : ok(withTime(d.value, v.getUTCHours(), v.getUTCMinutes()), d.issues);
  }
  if (typeof v === "number") {
    const d = normaliseDate(v, at, opts);
    if (d.value === undefined || /^\d{8}$/.test(String(v))) return d;
    const minutes = Math.round((v - Math.floor(v)) * 1440);
    return minutes >= 1440 ? d : ok(withTime(d.value, Math.floor(minutes / 60), minutes % 60), d.issues);
  }
  const t = asText(v, at);
  if (t.value === undefined) return t;
  const text = toHalfWidth(t.value).trim();
  const m = TIME_PART.exec(text);
  if (!m) {
    const d = normaliseDate(v, at, opts);
    return d.value === undefined && d.issues.some((i) => i.code === "invalid-date") ? fail(`${DATE_TIME_EXPECTED}，实际为${shown(v)}。`, at, v, "invalid-date") : d;
  }
  const hour = Number(m[2]);
  const minute = Number(m[3] ?? m[4] ?? 0);
  if (hour > 23 || minute > 59) return fail(`${shown(v)}中的时刻不存在，${DATE_TIME_EXPECTED}。`, at, v, "invalid-time");
  const d = normaliseDate(m[1]!, at, opts);
  return d.value === undefined ? { value: undefined, issues: d.issues.map((i) => ({ ...i, value: v })) } : ok(withTime(d.value, hour, minute), [...t.issues, ...d.issues]);
}

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const PERIOD_EXPECTED = "应为检查期间（如 2023年第二季度、2023年7月、2021年上半年、2023年度）";

/** 检查期间 → `2023-Q2`, `2023-07`, `2021-H1` or `2023`. */
export function normalisePeriod(v: CellValue, at?: Location): Normalised<string> {
  if (v instanceof Date) return ok(dayjs.utc(v).format("YYYY-MM"));
  const t = typeof v === "number" ? ok(String(v)) : compact(v, at);
  if (t.value === undefined) return t;
  const s = t.value.toUpperCase();
  const bad = () => fail<string>(`${PERIOD_EXPECTED}，实际为${shown(v)}。`, at, v, "invalid-period");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})年?(?:第?([一二三四1-4])季度|-?Q([1-4]))$/.exec(s))) return ok(`${m[1]}-Q${CN_DIGITS[m[2] ?? m[3] ?? ""]}`, t.issues);
  if ((m = /^(\d{4})(?:年(\d{1,2})月份?|[-/.](\d{1,2}))$/.exec(s))) {
    const month = Number(m[2] ?? m[3]);
    return month >= 1 && month <= 12 ? ok(`${m[1]}-${pad(month)}`, t.issues) : bad();
  }
  if ((m = /^(\d{4})年?(?:(上|下)半年|-?H([12]))$/.exec(s))) return ok(`${m[1]}-H${m[2] ? (m[2] === "上" ? 1 : 2) : m[3]}`, t.issues);
  if ((m = /^(\d{4})(?:年度?|年全年)?$/.exec(s))) return ok(m[1], t.issues);
  return bad();
}

/** List cells split on 、，,；; and line breaks; `无` alone means an empty list. */
export function normaliseList(v: CellValue, at?: Location): Normalised<string[]> {
  const issues: Issue[] = [];
  const parts: string[] = [];
  const items = Array.isArray(v) ? v : [v];
  for (const item of items) {
    const t = asText(item as CellValue, at);
    issues.push(...t.issues);
    if (t.value === undefined) continue;
    for (const p of t.value.split(/[、，,；;\r\n]+/)) {
      const s = p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
      if (s && !PLACEHOLDERS.has(s) && s !== "无" && !parts.includes(s)) parts.push(s);
    }
  }
  return ok(parts.length ? parts : undefined, issues);
}

/** The column's allowed value a spelling names (the value itself or an alias), if any. */
function choiceOf(column: ColumnSpec, text: string): string | undefined {
  const key = text.toLowerCase();
  const found = (column.values ?? []).find((x) => x.toLowerCase() === key);
  if (found) return found;
  return Object.entries(column.valueAliases ?? {}).find(([a]) => a.toLowerCase() === key)?.[1];
}

const notChoice = (column: ColumnSpec, item: unknown, at: Location | undefined, v: CellValue) =>
  fail<never>(`${shown(typeof item === "string" ? item.trim() : item)}不是可识别的${column.label ?? column.header}，可选：${(column.choices ?? column.values ?? []).join("、")}。`, at, v, "invalid-choice");

/** One of the column's allowed values, or one of its aliases; otherwise names the choices. */
export function normaliseEnum(column: ColumnSpec, v: CellValue, at?: Location): Normalised<string> {
  const t = compact(v, at);
  if (t.value === undefined) return t;
  const found = choiceOf(column, t.value);
  return found === undefined ? notChoice(column, v, at, v) : ok(found, t.issues);
}

const NO_CHOICE = new Set(["无", "不分项", "不分组"]);

/** A list whose items are the column's values (单位类别、平台类型); `无` alone is the empty list. */
export function normaliseChoiceList(column: ColumnSpec, v: CellValue, at?: Location): Normalised<string[]> {
  const whole = compact(v, at);
  if (whole.value !== undefined && NO_CHOICE.has(whole.value)) return ok([], whole.issues);
  const list = normaliseList(v, at);
  if (list.value === undefined) return list;
  const out: string[] = [];
  for (const item of list.value) {
    const found = choiceOf(column, toHalfWidth(item).replace(/\s+/g, ""));
    if (found === undefined) return notChoice(column, item, at, v);
    if (!out.includes(found)) out.push(found);
  }
  return ok(out, list.issues);
}

/**
 * The cell's text as the office wrote it, when the column keeps it (ColumnSpec.keepWritten) and it says
 * more than the canonical value: 微信服务号 for 微信, 2020年第3季度 for 2020-Q3. Only Chinese wording is kept.
 */
export function writtenForm(column: ColumnSpec, v: CellValue, canonical: unknown): string | undefined {
  if (!column.keepWritten || typeof v !== "string") return undefined;
  const text = toHalfWidth(v).replace(/\s+/g, "");
  return text !== canonical && /[\u4e00-\u9fff]/.test(text) ? text : undefined;
}

/** 发文字号: `[2020]` `【2020】` `（2020）` → `〔2020〕` (warning); `第` or a leading zero is an error. */
export function normaliseDocNumber(v: CellValue, at?: Location): Normalised<string> {
  const t = asText(v, at);
  if (t.value === undefined) return t;
  const issues = [...t.issues];
  const s = t.value.replace(/\s+/g, "");
  const m = /^(.*?)[〔\[【（(［{｛〖]\s*([0-9０-９]{4})\s*[〕\]】）)］}｝〗](.*)$/.exec(s);
  const example = "应为“机关代字〔年份〕序号号”，如 某政公开办发〔2023〕19号";
  if (!m) return { value: s, issues: [...issues, warn(`发文字号${shown(v)}中未找到用〔〕括起的年份，${example}。`, at, v, "doc-number-form")] };
  const [, prefix = "", year = "", rest = ""] = m;
  const fixed = `${prefix}〔${toHalfWidth(year)}〕${toHalfWidth(rest)}`;
  if (/第/.test(rest)) return fail(`发文字号${shown(v)}的序号前不应加“第”，${example}。`, at, v, "doc-number-di");
  const num = /^(\d+)号$/.exec(toHalfWidth(rest));
  if (!num) return fail(`发文字号${shown(v)}的序号不是“数字+号”，${example}。`, at, v, "doc-number-form");
  if (num[1]!.startsWith("0")) return fail(`发文字号${shown(v)}的序号不应有前导零（不编虚位），${example}。`, at, v, "doc-number-zero");
  if (fixed !== s) issues.push(warn(`发文字号${shown(v)}已规范为“${fixed}”（年份用六角括号〔〕）。`, at, v, "doc-number-normalised"));
  return ok(fixed, issues);
}

/** Normalise one cell by its column's kind. */
export function normaliseCell(column: ColumnSpec, v: CellValue, at?: Location, opts: NormaliseOptions = {}): Normalised<unknown> {
  switch (column.kind) {
    case "text":
      return normaliseText(v, at);
    case "int":
      return normaliseInt(v, at);
    case "number":
      return normaliseNumber(v, at);
    case "date":
      return normaliseDate(v, at, opts);
    case "dateTime":
      return normaliseDateTime(v, at, opts);
    case "bool":
      return normaliseBool(v, at);
    case "list":
      return normaliseList(v, at);
    case "choiceList":
      return normaliseChoiceList(column, v, at);
    case "enum":
      return normaliseEnum(column, v, at);
    case "period":
      return normalisePeriod(v, at);
    case "docNumber":
      return normaliseDocNumber(v, at);
  }
}

/** An indicator-matrix cell: ticked or not, the points deducted, or text describing the problem. */
export interface Mark {
  ticked: boolean;
  /** Points deducted (deduction columns only). */
  points?: number;
  /** Text that is neither a tick nor a number: the problem described in the cell. */
  text?: string;
}

const TICKED = new Set([...TRUE, "●", "■", "★", "☑", "✅", "否决", "单项否决", "不合格", "存在", "有问题", "扣分"]);
const UNTICKED = new Set([...FALSE, "○", "□", "☐", "合格", "通过", "正常", "不存在", "未发现", "无问题", "不扣分"]);

/**
 * An indicator-matrix cell: √ ✓ ● 是 有 1 Y tick it, × 否 无 0 and placeholders leave it unticked; in a
 * deduction column a number (2, 2分, 扣2分, -2) is the points deducted; other text ticks it and describes it.
 */
export function normaliseMark(v: CellValue, kind: "veto" | "deduction", at?: Location): Normalised<Mark> {
  if (typeof v === "boolean") return ok({ ticked: v });
  const t = typeof v === "number" ? ok(String(v)) : compact(v, at);
  if (t.value === undefined) return t.issues.length ? { value: { ticked: false }, issues: t.issues } : ok({ ticked: false });
  const s = t.value.toLowerCase();
  const number = /^扣?(-?\d+(\.\d+)?)分?$/.exec(s);
  if (number) {
    const n = Math.abs(Number(number[1]));
    if (n === 0) return ok({ ticked: false }, t.issues);
    return ok(kind === "deduction" ? { ticked: true, points: n } : { ticked: true }, t.issues);
  }
  if (TICKED.has(s)) return ok({ ticked: true }, t.issues);
  if (UNTICKED.has(s)) return ok({ ticked: false }, t.issues);
  const text = asText(v, at).value;
  return ok(text === undefined ? { ticked: false } : { ticked: true, text }, t.issues);
}

// Zero-width spaces and joiners, word joiner, BOM: invisible in Excel, different to a computer.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const HALF_PUNCTUATION: Readonly<Record<string, string>> = { "(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "!": "！", "?": "？" };
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
/** Anything displayName or nameKey would change; most names have none. */
const NEEDS_CARE = /[\u200B-\u200D\u2060\uFEFF\u00A0\uFF01-\uFF5E\u3000(),:;!?\s]/;

/**
 * A name (网站名称, 账号名称, 单位) as printed once several spellings were unified: invisible characters
 * removed, NBSP as a space, full-width digits and letters half-width and, in Chinese names, brackets and
 * punctuation full-width (GB/T 15834).
 */
export function displayName(name: string): string {
  if (!NEEDS_CARE.test(name)) return name;
  const plain = name.replace(INVISIBLE, "").replace(/\u00A0/g, " ").replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!CJK.test(plain)) return plain.trim();
  return plain.replace(/[(),:;!?]/g, (c) => HALF_PUNCTUATION[c] ?? c).trim();
}

/** A name as compared for identity: the display form, half-width, without spaces (letter case kept: CON ≠ con). */
export function nameKey(name: string): string {
  if (!NEEDS_CARE.test(name)) return name;
  return toHalfWidth(displayName(name)).replace(/\s+/g, "");
}
