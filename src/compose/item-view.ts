/**
 * The view of the inspected items of one kind (websites or accounts): counts, rates by group,
 * the 不合格 names, the problem paragraphs and the scores, already formatted.
 */
import type { CheckedItem, GroupTally, ItemFacts, ProblemCategory } from "../aggregate/facts.js";
import { quoteNames } from "../format/names.js";
import { formatRate } from "../format/rate.js";
import type { Item, Platform } from "../schema.js";
import type { GroupView, ItemView, ProblemView } from "./view-model-types.js";

/** How notices name an account: “青神公安”微博, “盘锦扫黑除恶”微信公众号. */
export const PLATFORM_SUFFIX: Record<Platform, string> = {
  微信: "微信公众号",
  微博: "微博",
  抖音: "抖音号",
  快手: "快手号",
  今日头条: "头条号",
  移动客户端: "客户端",
  微信视频号: "视频号",
  百家号: "百家号",
  其他: "",
};

/** A notice names at most this many items in one list, then says 等N家 / 等N个. */
export const NAME_LIMIT = 10;

function groupView(g: GroupTally, decimals?: number): GroupView {
  return { name: g.key, running: g.running, checked: g.checked, passed: g.passed, failed: g.failed, rate: formatRate(g.passRate, decimals) };
}

const isAccountItem = (it: Item): it is Item & { platform: Platform } => "platform" in it;

/** How the text names items: 名称写法 and the most decimals of a rate (合格率小数位数). */
export interface ItemViewOptions {
  nameStyle?: "名称" | "单位加名称";
  decimals?: number;
}

/** The platform word after an account's name: the sub-type the row gave (微信服务号, 新浪微博), else the usual one. */
export const platformWord = (a: Item & { platform: Platform; platformText?: string }): string => a.platformText ?? PLATFORM_SUFFIX[a.platform];

/**
 * Quoted names; accounts get their platform word and 、, websites are run together (“A”“B”); with
 * 名称写法 = 单位加名称 the unit comes first (某市卫生健康委员会“健康某市”微信服务号) and names are joined with 、.
 */
function names(items: readonly CheckedItem[], options: ItemViewOptions = {}, limit = NAME_LIMIT): string {
  const first = items[0];
  if (!first) return "";
  const account = isAccountItem(first.item);
  const withUnit = options.nameStyle === "单位加名称";
  if (!withUnit) {
    return account
      ? quoteNames(
          items.map((ci) => ci.item.name),
          { separator: "、", limit, measure: "个", suffixes: items.map((ci) => (isAccountItem(ci.item) ? platformWord(ci.item) : "")) },
        )
      : quoteNames(
          items.map((ci) => ci.item.name),
          { separator: "", limit, measure: "家" },
        );
  }
  const shown = items.slice(0, limit).map((ci) => `${ci.item.unit}“${ci.item.name}”${isAccountItem(ci.item) ? platformWord(ci.item) : ""}`);
  return `${shown.join("、")}${items.length > limit ? `等${items.length}${account ? "个" : "家"}` : ""}`;
}

/**
 * Described groups first, each “A”“B”+description; then the items named without a description
 * (none given, or given under an earlier category) in one clause: “C”“D”也存在此类问题.
 */
function problemSentence(groups: readonly { description: string; names: string }[]): string {
  const described = groups.filter((g) => g.description !== "").map((g) => `${g.names}${g.description}`);
  const bare = groups.find((g) => g.description === "");
  if (bare) described.push(`${bare.names}${described.length ? "也" : ""}存在此类问题`);
  return described.join("；");
}

/** 存在商业广告问题 for 商业广告, 存在商业广告 and 商业广告问题 alike: the category's own 存在/问题 are not doubled. */
export function problemPhrase(category: string): string {
  return `存在${category.replace(/^存在/, "").replace(/问题$/, "")}问题`;
}

function problem(p: ProblemCategory, options: ItemViewOptions): ProblemView {
  const groups = p.groups.map((g) => ({ description: g.description, names: names(g.items, options), count: g.items.length }));
  return {
    category: p.category,
    phrase: problemPhrase(p.category),
    kind: p.kind,
    count: p.count,
    sentence: problemSentence(groups),
    names: names(
      p.groups.flatMap((g) => g.items),
      options,
    ),
    groups,
  };
}

export function itemView(f: ItemFacts, options: ItemViewOptions = {}): ItemView {
  const group = (g: GroupTally) => groupView(g, options.decimals);
  const t = f.total;
  const s = f.scores;
  const nums = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ""));
  // A breakdown into one group says nothing the total does not; rates only for groups with checked items.
  const breakdown = (gs: readonly GroupTally[]) => (gs.length >= 2 ? gs.map(group) : []);
  const rated = (gs: readonly GroupTally[]) => gs.filter((g) => g.checked > 0).map(group);
  return {
    any: t.running > 0,
    running: t.running,
    checked: t.checked,
    unchecked: t.running - t.checked,
    passed: t.passed,
    failed: t.failed,
    vetoed: t.vetoed,
    rate: formatRate(t.passRate, options.decimals),
    allPassed: t.checked > 0 && t.failed === 0 && f.withProblems.length === 0,
    byCategory: breakdown(f.byCategory),
    byRegion: breakdown(f.byRegion),
    byPlatform: f.byPlatform.map(group),
    ratedCategories: f.byCategory.length >= 2 ? rated(f.byCategory) : [],
    ratedRegions: f.byRegion.length >= 2 ? rated(f.byRegion) : [],
    ratedPlatforms: rated(f.byPlatform),
    failedNames: names(f.failed, options),
    problems: f.problems.map((p) => problem(p, options)),
    hasProblems: f.problems.length > 0,
    scores: s
      ? {
          average: nums(s.average),
          highest: nums(s.highest.score),
          highestNames: quoteNames(s.highest.names),
          lowest: nums(s.lowest.score),
          lowestNames: quoteNames(s.lowest.names),
          spread: s.highest.score !== s.lowest.score,
          bands: s.bands.filter((b) => b.count > 0),
          top: quoteNames(s.top.map((ci) => ci.item.name)),
          bottom: quoteNames(s.bottom.map((ci) => ci.item.name)),
        }
      : false,
  };
}
