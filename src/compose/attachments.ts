/**
 * Attachment tables built in code from Facts (never by templates): summary tables, problem lists,
 * publication tables and the optional full listing (the one items table of items-table.ts). Each carries a 序号 column; tables that sum have
 * a 合计 row. The template picks which ones to attach by title (`附件：<title>`); the full listing
 * is added on request.
 */
import type { CheckedItem, Facts, GroupTally, ItemFacts, Tally } from "../aggregate/facts.js";
import { formatRate, type Fraction } from "../format/rate.js";
import type { AttachmentBlock, Cell, TableSpec } from "../outline.js";
import type { Account, Inspection, Item, Website } from "../schema.js";
import { byName } from "../aggregate/activity.js";
import { groupByUnit } from "../aggregate/group-by-unit.js";
import type { AttachmentOffer } from "./assemble.js";
import { itemsTable } from "./items-table.js";
import { NOT_REPORTED_NAMED } from "./view-model-says.js";

export interface AttachmentTitles {
  websiteSummary: string;
  accountSummary: string;
  problemWebsites: string;
  problemAccounts: string;
  /** One per 单位类别 of the publication sheet, in sheet order. */
  publications: string[];
  accountPublication: string;
  fullListing: string;
  /** Units that did not report last period's rectification, when more than the text names. */
  notReported: string;
}

const list = (xs: readonly string[]): string => xs.join("、");
const problemsOf = (it: Item): string =>
  [...it.vetoes, ...it.deductions].join("，") || it.description || "未发现问题";

function summaryRows(groups: readonly GroupTally[], decimals: number | undefined): Cell[][] {
  return groups.map((g, i) => [i + 1, g.key, g.checked, g.passed, g.failed, formatRate(g.passRate, decimals)]);
}

/** 检查情况表: by 单位类别, else 所属地区, else 平台类型 (accounts) or unit (websites). */
function summaryTable(facts: ItemFacts, decimals: number | undefined): TableSpec {
  const [label, groups] = facts.byCategory.length
    ? ["单位类别", facts.byCategory]
    : facts.byRegion.length
      ? ["所属地区", facts.byRegion]
      : facts.byPlatform.length
        ? ["平台类型", facts.byPlatform]
        : ["单位", facts.byUnit];
  const t: Tally = facts.total;
  return {
    columns: [
      { header: "序号", width: 1, align: "center" },
      { header: label, width: 4 },
      { header: "检查数", width: 1.5, align: "center" },
      { header: "合格数", width: 1.5, align: "center" },
      { header: "不合格数", width: 1.5, align: "center" },
      { header: "合格率", width: 1.5, align: "center" },
    ],
    rows: summaryRows(groups, decimals),
    totals: ["合计", "", t.checked, t.passed, t.failed, formatRate(t.passRate, decimals)],
  };
}

function problemWebsiteTable(items: readonly CheckedItem<Website>[]): TableSpec {
  return {
    columns: [
      { header: "序号", width: 1, align: "center" },
      { header: "网站名称", width: 4 },
      { header: "主办单位", width: 4 },
      { header: "存在的突出问题", width: 3 },
      { header: "存在的扣分问题", width: 3 },
      { header: "备注", width: 2 },
    ],
    rows: items.map((ci, i) => [i + 1, ci.item.name, ci.item.unit, list(ci.item.vetoes), list(ci.item.deductions), ci.item.remark ?? ""]),
  };
}

function problemAccountTable(items: readonly CheckedItem<Account>[]): TableSpec {
  return {
    columns: [
      { header: "序号", width: 1, align: "center" },
      { header: "账号名称", width: 3 },
      { header: "开设主体", width: 4 },
      { header: "账号类型", width: 1.5, align: "center" },
      { header: "存在的突出问题", width: 3 },
      { header: "存在的扣分问题", width: 3 },
      { header: "备注", width: 2 },
    ],
    rows: items.map((ci, i) => [i + 1, ci.item.name, ci.item.unit, ci.item.platform, list(ci.item.vetoes), list(ci.item.deductions), ci.item.remark ?? ""]),
  };
}

/** One 单位类别's table: 主动公开信息条数, the extra numeric columns by header, then 报送/采纳 when given. */
function publicationTable(facts: Facts, index: number, decimals: number | undefined): TableSpec | undefined {
  const cat = facts.publications.categories[index];
  if (!cat) return undefined;
  const adoption = cat.submitted !== undefined;
  const extras = facts.publications.extra.map((e) => e.header);
  const rate = (r: Fraction | undefined) => (r ? formatRate(r, decimals) : "");
  return {
    columns: [
      { header: "序号", width: 1, align: "center" },
      { header: "单位", width: 5 },
      { header: "主动公开信息条数", width: 3, align: "center" },
      ...extras.map((header) => ({ header, width: 3, align: "center" as const })),
      ...(adoption
        ? [
            { header: "报送数", width: 2, align: "center" as const },
            { header: "采纳数", width: 2, align: "center" as const },
            { header: "采纳率", width: 2, align: "center" as const },
          ]
        : []),
    ],
    rows: cat.units.map((u, i) => [
      i + 1,
      u.unit,
      u.published,
      ...extras.map((h) => u.extra?.[h] ?? ""),
      ...(adoption ? [u.submitted ?? "", u.adopted ?? "", rate(u.adoptionRate)] : []),
    ]),
    totals: ["合计", "", cat.published, ...cat.extra.map((e) => e.total), ...(adoption ? [cat.submitted ?? "", cat.adopted ?? "", rate(cat.adoptionRate)] : [])],
  };
}

/**
 * Rows grouped by a key, groups in `order` of their keys, rows within a group in input order (or
 * `within` order). Sorting the few distinct keys instead of every row keeps national-scale listings fast.
 */
function bucketSort<T, K>(items: readonly T[], key: (x: T) => K, order: (a: K, b: K) => number, within?: (a: T, b: T) => number): T[] {
  const buckets = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const b = buckets.get(k);
    if (b) b.push(x);
    else buckets.set(k, [x]);
  }
  const out: T[] = [];
  for (const k of [...buckets.keys()].sort(order)) {
    const b = buckets.get(k)!;
    if (within && b.length > 1) b.sort(within);
    for (const x of b) out.push(x);
  }
  return out;
}

function accountPublicationTable(items: readonly CheckedItem<Account>[]): TableSpec {
  // Most 发布信息数 first, ties by name.
  const sorted = bucketSort(items, (ci) => ci.item.published ?? 0, (a, b) => b - a, (a, b) => byName(a.item.name, b.item.name));
  return {
    columns: [
      { header: "序号", width: 1, align: "center" },
      { header: "名称", width: 3 },
      { header: "公开信息条数", width: 2, align: "center" },
      { header: "存在问题", width: 4 },
      { header: "所属平台", width: 2, align: "center" },
      { header: "责任单位", width: 3 },
    ],
    rows: sorted.map((ci, i) => [i + 1, ci.item.name, ci.item.published ?? "", problemsOf(ci.item), ci.item.platform, ci.item.unit]),
    totals: ["合计", "", sorted.reduce((s, ci) => s + (ci.item.published ?? 0), 0), "", "", ""],
  };
}

/** The full listing of one kind: its checked items grouped by unit in the one unit order, as the per-unit tables. */
function fullListingTable(items: Pick<Inspection, "websites" | "accounts">): TableSpec {
  const groups = groupByUnit(items);
  const withScore = groups.some((g) => g.items.some((i) => i.score !== undefined));
  return { ...itemsTable(groups, { withUnit: true, withScore }), landscape: true };
}

/** 未按要求上报整改情况的单位名单: one row per unit, in input order. */
function notReportedTable(units: readonly string[]): TableSpec {
  return {
    columns: [
      { header: "序号", width: 1, align: "center" },
      { header: "单位名称", width: 8 },
    ],
    rows: units.map((u, i) => [i + 1, u]),
  };
}

const checked = <T extends Item>(items: readonly T[]): T[] => items.filter((it) => it.checked);

const tableBlock = (table: TableSpec): AttachmentBlock => ({ kind: "table", table });

/** Which attachments this data can have (the view model blanks the titles of the others). */
export function availableAttachments(facts: Facts) {
  return {
    websiteSummary: facts.websites.total.checked > 0,
    problemWebsites: facts.websites.listed.length > 0,
    accountSummary: facts.accounts.total.checked > 0,
    problemAccounts: facts.accounts.listed.length > 0,
    notReported: facts.followUps.notReported.length > NOT_REPORTED_NAMED,
    accountPublication: facts.publications.accountsWithCount > 0,
    fullListing: facts.websites.total.checked + facts.accounts.total.checked > 0,
  };
}

/** Every attachment this data can have, by title. */
export function offerAttachments(data: Inspection, facts: Facts, titles: AttachmentTitles): AttachmentOffer[] {
  const out: AttachmentOffer[] = [];
  const has = availableAttachments(facts);
  const offer = (ok: boolean, title: string, build: () => AttachmentBlock[]) => {
    if (ok && title) out.push({ title, build });
  };
  const decimals = data.notice.rateDecimals;
  offer(has.websiteSummary, titles.websiteSummary, () => [tableBlock(summaryTable(facts.websites, decimals))]);
  offer(has.problemWebsites, titles.problemWebsites, () => [tableBlock(problemWebsiteTable(facts.websites.listed))]);
  offer(has.accountSummary, titles.accountSummary, () => [tableBlock(summaryTable(facts.accounts, decimals))]);
  offer(has.problemAccounts, titles.problemAccounts, () => [tableBlock(problemAccountTable(facts.accounts.listed))]);
  offer(has.notReported, titles.notReported, () => [tableBlock(notReportedTable(facts.followUps.notReported))]);
  titles.publications.forEach((title, i) => {
    offer(facts.publications.categories[i] !== undefined, title, () => {
      const t = publicationTable(facts, i, decimals);
      return t ? [tableBlock(t)] : [];
    });
  });
  offer(has.accountPublication, titles.accountPublication, () => [
    tableBlock(accountPublicationTable(facts.accounts.items.filter((ci) => ci.item.published !== undefined))),
  ]);
  offer(has.fullListing, titles.fullListing, () => {
    const blocks: AttachmentBlock[] = [];
    if (facts.websites.total.checked > 0) blocks.push({ kind: "heading", level: 1, text: "一、政府网站" }, tableBlock(fullListingTable({ websites: checked(data.websites), accounts: [] })));
    if (facts.accounts.total.checked > 0)
      blocks.push({ kind: "heading", level: 1, text: `${blocks.length ? "二" : "一"}、政务新媒体` }, tableBlock(fullListingTable({ websites: [], accounts: checked(data.accounts) })));
    return blocks;
  });
  return out;
}
