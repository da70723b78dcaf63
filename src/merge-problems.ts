/**
 * mergeProblems: the rows of 问题清单 merged into the items of 政府网站 / 政务新媒体, by identity
 * (网站标识码 when both give one, else name, unit and platform wherever both give them). An item found
 * only in the list is added as checked; a merged item's problems are the union, descriptions joined
 * with `；`. mergeDuplicates applies the same rule to rows of one item sheet that repeat an item and
 * differ only in their problems. Pure: located values in, items and located issues out.
 */
import type { Issue, Location } from "./errors.js";
import { classifyIndicator } from "./indicators.js";
import { displayName, nameKey, toHalfWidth } from "./normalise.js";
import type { Account, Item, Problem, Website } from "./schema.js";

/** A validated row with the location of each of its fields. */
export interface Located<T> {
  value: T;
  /** The row. */
  at: Location;
  where: (key: string) => Location;
  /** Position of the record in its sheet or JSON array. */
  index?: number;
}

export interface MergeResult {
  websites: Website[];
  accounts: Account[];
  issues: Issue[];
  /** Items that received problems from the list. */
  merged: number;
  /** Items known only from the list. */
  added: { websites: number; accounts: number };
}

type Kind = "websites" | "accounts";
const LABEL: Record<Kind, string> = { websites: "网站", accounts: "账号" };
const SHEET: Record<Kind, string> = { websites: "政府网站", accounts: "政务新媒体" };

const codeKey = (code: string) => toHalfWidth(code).replace(/\s+/g, "").toLowerCase();
const platformOf = (item: Item): string | undefined => ("platform" in item ? item.platform : undefined);

/** Whether `a` and `b` name the same item: code when both have one, else name, unit and platform where both give them. */
function sameItem(a: { name: string; unit?: string; code?: string; platform?: string }, b: typeof a): boolean {
  if (a.code && b.code) return codeKey(a.code) === codeKey(b.code);
  if (nameKey(a.name) !== nameKey(b.name)) return false;
  if (a.unit && b.unit && nameKey(a.unit) !== nameKey(b.unit)) return false;
  return !(a.platform && b.platform && a.platform !== b.platform);
}

const identityOf = (item: Item) => ({ name: item.name, unit: item.unit, code: "code" in item ? item.code : undefined, platform: platformOf(item) });

/** `extra` added to `item`'s problems: categories united, descriptions joined with `；`, points summed. */
function addProblems(item: Item, extra: { vetoes: readonly string[]; deductions: readonly string[]; description?: string; points?: Readonly<Record<string, number>> }): void {
  for (const v of extra.vetoes) if (!item.vetoes.includes(v)) item.vetoes.push(v);
  for (const d of extra.deductions) if (!item.deductions.includes(d) && !item.vetoes.includes(d)) item.deductions.push(d);
  const parts = (item.description ?? "").split("；").filter(Boolean);
  for (const p of (extra.description ?? "").split("；")) if (p && !parts.includes(p)) parts.push(p);
  if (parts.length > 0) item.description = parts.join("；");
  for (const [k, n] of Object.entries(extra.points ?? {})) item.deductionPoints = { ...item.deductionPoints, [k]: (item.deductionPoints?.[k] ?? 0) + n };
}

const copy = <T extends Item>(item: T): T => ({ ...item, vetoes: [...item.vetoes], deductions: [...item.deductions] });

/** 单项否决 or 扣分: as the row says, else as the indicator system says, else 扣分 with a warning. */
function kindOf(p: Located<Problem>, issues: Issue[]): "veto" | "deduction" {
  if (p.value.kind) return p.value.kind;
  const known = classifyIndicator(p.value.category);
  if (known) return known.kind;
  issues.push({
    code: "unknown-category",
    severity: "warning",
    message: `问题分类“${p.value.category}”不在全国检查指标中，按扣分问题处理；如属单项否决，请在“问题类型”列填写“单项否决”。`,
    location: p.where("category"),
  });
  return "deduction";
}

/** Items by name key and by code, so each problem row finds its item without scanning the sheet. */
class ItemIndex {
  private readonly byKey = new Map<string, Array<[number, Item]>>();
  constructor(items: readonly Item[]) {
    items.forEach((it, i) => this.add(it, i));
  }
  add(item: Item, i: number): void {
    const keys = [`n:${nameKey(item.name)}`, ...("code" in item && item.code ? [`c:${codeKey(item.code)}`] : [])];
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (list) list.push([i, item]);
      else this.byKey.set(k, [[i, item]]);
    }
  }
  /** The first item with this name, whatever its unit. */
  named(name: string): Item | undefined {
    return this.byKey.get(`n:${nameKey(name)}`)?.[0]?.[1];
  }
  /** The first item (in sheet order) that is the same as `identity`. */
  find(identity: Parameters<typeof sameItem>[1]): Item | undefined {
    const candidates = [...(this.byKey.get(`n:${nameKey(identity.name)}`) ?? []), ...(identity.code ? (this.byKey.get(`c:${codeKey(identity.code)}`) ?? []) : [])];
    let best: [number, Item] | undefined;
    for (const c of candidates) if ((!best || c[0] < best[0]) && sameItem(identityOf(c[1]), identity)) best = c;
    return best?.[1];
  }
}

/**
 * `accountsByDefault`: whether a row with neither 对象类型 nor 平台类型 at `at` is an account (its sheet's
 * name says 新媒体); otherwise it is a website.
 */
export function mergeProblems(
  websites: readonly Website[],
  accounts: readonly Account[],
  problems: readonly Located<Problem>[],
  accountsByDefault: (at: Location) => boolean = () => false,
): MergeResult {
  const items: Record<Kind, Item[]> = { websites: websites.map(copy), accounts: accounts.map(copy) };
  const index: Record<Kind, ItemIndex> = { websites: new ItemIndex(items.websites), accounts: new ItemIndex(items.accounts) };
  const given: Record<Kind, number> = { websites: websites.length, accounts: accounts.length };
  const issues: Issue[] = [];
  const touched = new Set<Item>();
  const merge = (p: Located<Problem>, last: boolean): boolean => {
    const row = p.value;
    const kind: Kind = (row.targetType ?? (row.platform || accountsByDefault(p.at) ? "政务新媒体" : "政府网站")) === "政府网站" ? "websites" : "accounts";
    const list = items[kind];
    const identity = { name: row.name, unit: row.unit, code: kind === "websites" ? row.siteCode : undefined, platform: row.platform };
    let item = index[kind].find(identity);
    if (!item) {
      const missing = !row.unit ? "unit" : kind === "accounts" && !row.platform ? "platform" : undefined;
      if (missing && !last) return false;
      if (missing) {
        const what = missing === "unit" ? "责任单位" : "平台类型";
        issues.push({
          code: "problem-unknown-item",
          severity: "error",
          message: `${LABEL[kind]}“${row.name}”不在“${SHEET[kind]}”工作表中，新增该${LABEL[kind]}需要${what}：请填写${what}，或核对名称是否与“${SHEET[kind]}”工作表一致。`,
          location: p.where(missing),
        });
        return true;
      }
      if (given[kind] > 0) {
        const namesake = index[kind].named(row.name);
        const why = namesake
          ? `与“${SHEET[kind]}”工作表中的同名${LABEL[kind]}${namesake.unit !== row.unit ? `责任单位不同（${namesake.unit}）` : "平台类型或标识码不同"}，已作为另一${LABEL[kind]}新增；如为同一${LABEL[kind]}，请统一填写`
          : `不在“${SHEET[kind]}”工作表中，已作为已检查的${LABEL[kind]}新增；如名称写法不同，请与工作表统一`;
        issues.push({ code: "problem-added-item", severity: "warning", message: `${LABEL[kind]}“${row.name}”${why}。`, location: p.where("name") });
      }
      const base = { name: row.name, unit: row.unit!, checked: true, vetoes: [], deductions: [] };
      item = kind === "websites" ? { ...base, ...(row.siteCode ? { code: row.siteCode } : {}) } : ({ ...base, platform: row.platform! } as Account);
      list.push(item);
      index[kind].add(item, list.length - 1);
    }
    const veto = kindOf(p, issues) === "veto";
    addProblems(item, {
      vetoes: veto ? [row.category] : [],
      deductions: veto ? [] : [row.category],
      ...(row.description ? { description: row.description } : {}),
      ...(row.points !== undefined && !veto ? { points: { [row.category]: row.points } } : {}),
    });
    touched.add(item);
    return true;
  };
  // A row that would add an item but lacks its unit waits: a later row of the same item may give it.
  const waiting = problems.filter((p) => !merge(p, false));
  for (const p of waiting) merge(p, true);
  return {
    websites: items.websites as Website[],
    accounts: items.accounts as Account[],
    issues,
    merged: touched.size,
    added: { websites: items.websites.length - given.websites, accounts: items.accounts.length - given.accounts },
  };
}

const PROBLEM_FIELDS = new Set(["vetoes", "deductions", "description", "deductionPoints"]);
/** An item without its problems, as comparable text. */
const withoutProblems = (item: Item) =>
  JSON.stringify(
    Object.entries(item)
      .filter(([k, v]) => !PROBLEM_FIELDS.has(k) && v !== undefined)
      .map(([k, v]) => [k, k === "name" || k === "unit" ? nameKey(String(v)) : v])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/**
 * Rows of one item sheet that name the same item (same name and platform). With `merge`, rows that
 * differ only in their problems are merged into the first, with a warning at each merged row; any
 * other repeat keeps both rows, with the duplicate warning.
 */
export function mergeDuplicates<T extends Item>(rows: readonly Located<T>[], kind: Kind, merge = true): { rows: Located<T>[]; issues: Issue[] } {
  const kept: Located<T>[] = [];
  const issues: Issue[] = [];
  // Rows by name and platform: only rows sharing them are compared field by field.
  const byName = new Map<string, Array<{ fields: string; row: Located<T> }>>();
  const copied = new Set<Located<T>>();
  const rowOf = (r: Located<T>) => {
    const row = r.where("name").row ?? r.at.row;
    return row !== undefined ? `第${row}行` : `第${(r.index ?? 0) + 1}条`;
  };
  for (const r of rows) {
    const key = `${nameKey(r.value.name)}\u0000${platformOf(r.value) ?? ""}`;
    const same = byName.get(key);
    const fields = same && merge ? withoutProblems(r.value) : "";
    let first = merge ? same?.find((s) => (s.fields ||= withoutProblems(s.row.value)) === fields)?.row : undefined;
    if (!first) {
      kept.push(r);
      if (same) {
        same.push({ fields, row: r });
        issues.push({
          code: "duplicate-row",
          severity: "warning",
          message: `${LABEL[kind]}“${displayName(r.value.name)}”与${rowOf(same[0]!.row)}重复，两条都计入统计；如为重复填写，请删除其中一条。`,
          location: r.where("name"),
        });
      } else byName.set(key, [{ fields: "", row: r }]);
      continue;
    }
    // The first row is copied before its first merge: the rows given are never edited.
    if (!copied.has(first)) {
      const own = { ...first, value: copy(first.value) };
      copied.add(own);
      kept[kept.indexOf(first)] = own;
      for (const s of same!) if (s.row === first) s.row = own;
      first = own;
    }
    addProblems(first.value, { vetoes: r.value.vetoes, deductions: r.value.deductions, ...(r.value.description ? { description: r.value.description } : {}), ...(r.value.deductionPoints ? { points: r.value.deductionPoints } : {}) });
    issues.push({
      code: "duplicate-merged",
      severity: "warning",
      message: `${LABEL[kind]}“${first.value.name}”与${rowOf(first)}是同一${LABEL[kind]}，只是问题不同，已合并为一条（问题合并计入）。`,
      location: r.where("name"),
    });
  }
  return { rows: kept, issues };
}
