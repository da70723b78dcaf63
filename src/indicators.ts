/**
 * The national indicator system (国办秘函〔2019〕19号 and the notices that apply it) as data: the
 * 单项否决 indicators in the document's order, then the 扣分 headings, each with the names notices,
 * platforms and offices use for it (domain.md §1). Indicator-matrix columns, 问题清单 categories and
 * the order in which a notice lists problem categories all read this one table.
 */
import { headerKey } from "./columns.js";

export type IndicatorKind = "veto" | "deduction";

export interface Indicator {
  /** Canonical name. */
  name: string;
  kind: IndicatorKind;
  /** Other spellings seen in workbooks and exports. */
  aliases: readonly string[];
}

const veto = (name: string, ...aliases: string[]): Indicator => ({ name, kind: "veto", aliases });
const deduction = (name: string, ...aliases: string[]): Indicator => ({ name, kind: "deduction", aliases });

/**
 * 单项否决 indicators in the order of 国办秘函〔2019〕19号, websites and new media merged (each meets its
 * own): an indicator's aliases include the new-media wording of the same situation.
 */
export const VETO_INDICATORS: readonly Indicator[] = [
  veto(
    "安全、泄密事故等严重问题",
    "严重问题",
    "严重表述错误",
    "严重错误",
    "泄露国家秘密",
    "泄漏国家机密",
    "发布或链接反动、暴力、色情等内容",
    "弄虚作假",
    "伪造发稿日期",
    "严重安全事故",
    "严重错别字",
  ),
  veto("站点无法访问", "无法访问", "网站无法访问", "站点不可访问", "网站不可访问"),
  veto(
    "首页不更新",
    "网站不更新",
    "不更新",
    "内容不更新",
    "监测时间点前2周内无更新",
    "监测时间点前两周内无更新",
    "超过两周无更新",
    "超过2周无更新",
    "超两周无更新",
    "两周内无更新",
    "2周内无更新",
    "首页未更新",
    "首页栏目不更新",
  ),
  veto("栏目不更新", "空白栏目", "栏目未更新", "应更未更栏目"),
  veto("互动回应差", "未提供有效互动功能", "无有效互动功能", "未提供互动功能", "互动回应情况差"),
  veto("服务不实用"),
];

/** 扣分 headings of the national system, each with the deduction findings notices name under it. */
export const DEDUCTION_INDICATORS: readonly Indicator[] = [
  deduction("发布解读", "信息发布", "内容更新不及时", "栏目更新不及时", "更新不及时", "信息更新不及时", "政策解读", "错别字", "一般性错误", "表述错误"),
  deduction("办事服务"),
  deduction("互动交流", "互动回应不及时", "留言办理不及时", "互动回应", "留言回复不及时", "留言答复不及时"),
  deduction(
    "功能设计",
    "功能无法使用",
    "功能不可用",
    "链接无法访问",
    "链接不可用",
    "错链断链",
    "断链",
    "错链",
    "商业广告信息",
    "商业广告",
    "存在商业广告",
    "点赞与本单位业务无关的信息",
  ),
];

/** Every indicator, 单项否决 first: the order problem categories are listed in. */
export const INDICATORS: readonly Indicator[] = [...VETO_INDICATORS, ...DEDUCTION_INDICATORS];

export interface ClassifiedIndicator {
  indicator: Indicator;
  kind: IndicatorKind;
  /** Position in INDICATORS (0 = first 单项否决 indicator). */
  rank: number;
}

/** A name as compared: header folding, without a leading number 1. / （一）, a trailing note （…） or punctuation. */
function indicatorKey(name: string): string {
  return headerKey(name)
    .replace(/^(\(?[0-9一二三四五六七八九十]+[).、.]|\([一二三四五六七八九十0-9]+\))/, "")
    .replace(/\([^()]*\)$/, "")
    .replace(/[、,，。."“”()]/g, "");
}

const BY_KEY: ReadonlyMap<string, ClassifiedIndicator> = (() => {
  const map = new Map<string, ClassifiedIndicator>();
  INDICATORS.forEach((indicator, rank) => {
    for (const spelling of [indicator.name, ...indicator.aliases]) {
      const key = indicatorKey(spelling);
      if (!map.has(key)) map.set(key, { indicator, kind: indicator.kind, rank });
    }
  });
  return map;
})();

/** The indicator a header or category names (any listed spelling), or undefined. */
export function classifyIndicator(name: string): ClassifiedIndicator | undefined {
  const key = indicatorKey(name);
  return key ? BY_KEY.get(key) : undefined;
}

/** Sort rank of a category: its indicator's rank, or INDICATORS.length for any other category. */
export function indicatorRank(name: string): number {
  return classifyIndicator(name)?.rank ?? INDICATORS.length;
}

/**
 * What a group title above column names says: 单项否决指标 → veto, 扣分指标 → deduction, another
 * group title (基本信息, 加分指标…) → "other"; undefined when the text is not a group title.
 */
export function groupTitleKind(text: string): IndicatorKind | "other" | undefined {
  const key = headerKey(text).replace(/\([^()]*\)$/, "");
  if (!key) return undefined;
  if (/^(单项)?否决(指标|项|项目|情形)?$|^单项否决(指标|项|项目|情形)$/.test(key)) return "veto";
  if (/^扣分(指标|项|项目|情形)$/.test(key)) return "deduction";
  if (/^(基本信息|基本情况|加分(指标|项|项目)|检查情况|问题情况|其他|评分)$/.test(key)) return "other";
  return undefined;
}
