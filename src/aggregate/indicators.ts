/**
 * The national indicator system (国办秘函〔2019〕19号) as an order for problem categories: 单项否决
 * items in the order of the document (websites and new media merged: each meets its own items), then
 * 扣分 items. Each entry lists the names notices and platforms use for it (domain.md §1).
 */

export interface Indicator {
  kind: "veto" | "deduction";
  /** Names a 问题分类 / 突出问题 / 扣分问题 cell may use for it; the first is the indicator's own. */
  names: readonly string[];
}

export const INDICATORS: readonly Indicator[] = [
  { kind: "veto", names: ["安全、泄密事故等严重问题", "严重问题", "严重表述错误", "严重错误", "泄露国家秘密", "泄漏国家机密", "发布或链接反动、暴力、色情等内容", "弄虚作假", "伪造发稿日期", "严重安全事故"] },
  { kind: "veto", names: ["站点无法访问", "无法访问", "网站无法访问"] },
  { kind: "veto", names: ["首页不更新", "网站不更新", "不更新", "内容不更新", "监测时间点前2周内无更新", "超过两周无更新", "两周内无更新", "2周内无更新"] },
  { kind: "veto", names: ["栏目不更新", "空白栏目"] },
  { kind: "veto", names: ["互动回应差", "未提供有效互动功能", "无有效互动功能"] },
  { kind: "veto", names: ["服务不实用"] },
  { kind: "deduction", names: ["发布解读", "信息发布", "内容更新不及时", "栏目更新不及时", "更新不及时", "政策解读"] },
  { kind: "deduction", names: ["办事服务"] },
  { kind: "deduction", names: ["互动交流", "互动回应不及时", "留言办理不及时", "互动回应"] },
  { kind: "deduction", names: ["功能设计", "功能无法使用", "链接无法访问", "错链断链", "商业广告信息", "点赞与本单位业务无关的信息"] },
];

const key = (name: string) => name.replace(/[\s\u3000、，,。.“”"（）()]/g, "");

const RANK = new Map<string, number>();
INDICATORS.forEach((ind, i) => {
  for (const n of ind.names) if (!RANK.has(key(n))) RANK.set(key(n), i);
});

/** The place of a category in the indicator system, or undefined for a category it does not name. */
export function indicatorRank(category: string): number | undefined {
  return RANK.get(key(category));
}

/** The indicator a category names, if any. */
export function indicatorOf(category: string): Indicator | undefined {
  const rank = indicatorRank(category);
  return rank === undefined ? undefined : INDICATORS[rank];
}
