/**
 * Groups the inspected items by responsible unit (主办单位 of websites, 开设主体 of accounts): the
 * per-unit outputs are built from these groups. Pure: same data, same groups, same order.
 */
import type { Account, Inspection, Website } from "../schema.js";
import { hasProblem, verdictOf, type ItemVerdict } from "./verdict.js";

export type { ItemVerdict } from "./verdict.js";

/** One inspected item of a unit, flattened for tables and forms. */
export interface UnitItem {
  kind: "website" | "account";
  name: string;
  /** 政府网站 for websites, the platform (微信, 微博…) for accounts. */
  type: string;
  verdict: ItemVerdict;
  score?: number;
  vetoes: string[];
  deductions: string[];
  description?: string;
  /** Something to rectify (see hasProblem in verdict.ts). */
  hasProblem: boolean;
  /** The account's registry columns, for the 调查表 and the 排查及清理整合情况表. */
  account?: Account;
}

export interface UnitGroup {
  unit: string;
  /** Websites first, then accounts, each in input order. */
  items: UnitItem[];
  websites: number;
  accounts: number;
  /** Items with `hasProblem`. */
  problemItems: number;
  /** Items whose verdict is 不合格. */
  failed: number;
  vetoes: number;
  deductions: number;
}

function toUnitItem(item: Website | Account, account?: Account): UnitItem {
  // Optional fields assigned, not spread: no temporary objects for the millions of rows of a national listing.
  const out: UnitItem = {
    kind: account ? "account" : "website",
    name: item.name,
    type: account ? account.platform : "政府网站",
    verdict: verdictOf(item),
    vetoes: item.vetoes,
    deductions: item.deductions,
    hasProblem: hasProblem(item),
  };
  if (item.score !== undefined) out.score = item.score;
  if (item.description !== undefined) out.description = item.description;
  if (account) out.account = account;
  return out;
}

const collator = new Intl.Collator("zh-CN-u-co-pinyin");
/**
 * The one unit order (the per-unit folder, the full listing): pinyin, the order a clerk expects,
 * code points breaking ties so the order never depends on input order.
 */
export const compareUnitNames = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** One group per unit that owns at least one website or account, sorted by unit name. */
export function groupByUnit(data: Pick<Inspection, "websites" | "accounts">): UnitGroup[] {
  const groups = new Map<string, UnitItem[]>();
  const add = (unit: string, item: UnitItem) => {
    const list = groups.get(unit);
    if (list) list.push(item);
    else groups.set(unit, [item]);
  };
  for (const w of data.websites) add(w.unit, toUnitItem(w));
  for (const a of data.accounts) add(a.unit, toUnitItem(a, a));
  return [...groups.keys()].sort(compareUnitNames).map((unit) => summarise(unit, groups.get(unit) ?? []));
}

function summarise(unit: string, items: UnitItem[]): UnitGroup {
  let websites = 0;
  let problemItems = 0;
  let failed = 0;
  let vetoes = 0;
  let deductions = 0;
  for (const i of items) {
    if (i.kind === "website") websites += 1;
    if (i.hasProblem) problemItems += 1;
    if (i.verdict === "不合格") failed += 1;
    if (i.verdict !== "未检查") {
      vetoes += i.vetoes.length;
      deductions += i.deductions.length;
    }
  }
  return { unit, items, websites, accounts: items.length - websites, problemItems, failed, vetoes, deductions };
}
