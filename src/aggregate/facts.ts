/**
 * Facts: every figure a notice can print, computed once from the validated Inspection.
 * Counts are numbers and rates exact fractions; formatting happens later (src/format).
 */
import type { Fraction } from "../format/rate.js";
import type { Account, Breakdown, Item, Platform, Website } from "../schema.js";
import type { ItemVerdict } from "./verdict.js";

/** Counts of one group of items. `running` counts every row, the rest only checked rows. */
export interface Tally {
  running: number;
  checked: number;
  passed: number;
  failed: number;
  /** Checked items with at least one 突出问题. */
  vetoed: number;
  /** passed / checked. */
  passRate: Fraction;
}

export interface GroupTally extends Tally {
  /** The group's key: a 单位类别, 所属地区, 平台类型 or unit name. */
  key: string;
}

/** One inspected row with its derived verdict and its index in the input sheet. */
export interface CheckedItem<T extends Item = Item> {
  index: number;
  item: T;
  /** 未检查 for rows with 是否检查 = 否 (they are counted as running only). */
  verdict: ItemVerdict;
  /** True when 检查结论 was empty and the verdict was derived. */
  derived: boolean;
}

/** Items sharing one category and one identical 问题描述. */
export interface ProblemGroup {
  /** Empty when the rows carry no 问题描述, or when it was given under the item's first category. */
  description: string;
  items: CheckedItem[];
}

export interface ProblemCategory {
  /** The 突出问题 / 扣分问题 category, or 其他问题 for a description without a category. */
  category: string;
  kind: "veto" | "deduction" | "other";
  /** Number of items in the category. */
  count: number;
  groups: ProblemGroup[];
}

export interface ScoreFacts {
  scored: number;
  average: number;
  highest: { score: number; names: string[] };
  lowest: { score: number; names: string[] };
  /** ≥90, 80–90, 60–80, <60 (lower bound inclusive). */
  bands: { label: string; count: number }[];
  top: CheckedItem[];
  bottom: CheckedItem[];
}

/**
 * What is known of the running total. `total` is the number running: the declared 政府网站总数 /
 * 政务新媒体总数, else the sheet's rows — except under 抽查 when every row is checked and no total is
 * given: the sheet is then the sample and the running total is unknown (共抽查85个, never 共开设85个).
 */
export interface SampleFacts {
  /** Undefined when the running total is unknown. */
  total?: number;
  /** The total was given in 通报信息. */
  declared: boolean;
  /** checked / total (抽查比例), when the total is known. */
  ratio?: Fraction;
}

export interface ItemFacts<T extends Item = Item> {
  total: Tally;
  sample: SampleFacts;
  /** The breakdowns the text states (分项统计, else each with more than one group), in contract order. */
  breakdowns: Breakdown[];
  byCategory: GroupTally[];
  byRegion: GroupTally[];
  byPlatform: GroupTally[];
  byUnit: GroupTally[];
  /** Every row, in input order, with its verdict. */
  items: CheckedItem<T>[];
  /** Checked rows judged 不合格, in input order. */
  failed: CheckedItem<T>[];
  /** Rows with something to rectify (hasProblem: 不合格, or a 突出问题, 扣分问题 or 问题描述), in input order. */
  withProblems: CheckedItem<T>[];
  /**
   * The problem-list attachment's rows per 问题名单范围: 存在问题 (default) every checked item that
   * failed or has a 突出问题 or 扣分问题; 不合格 only the failed ones. Input order.
   */
  listed: CheckedItem<T>[];
  problems: ProblemCategory[];
  /** Present when at least one checked row has a 得分. */
  scores?: ScoreFacts;
}

/** One extra numeric column of 信息发布统计, summed. */
export interface ExtraTotal {
  /** The column's header, e.g. 动态类信息条数. */
  header: string;
  total: number;
  /** Rows with a value above 0 (units that have such columns). */
  units: number;
}

export interface UnitCount {
  unit: string;
  published: number;
  /** Extra numeric columns by header. */
  extra?: Record<string, number>;
  submitted?: number;
  adopted?: number;
  adoptionRate?: Fraction;
}

export interface PublicationCategory {
  category: string;
  units: UnitCount[];
  published: number;
  /** Extra columns summed over the category, in column order (every extra column of the sheet). */
  extra: ExtraTotal[];
  submitted?: number;
  adopted?: number;
  adoptionRate?: Fraction;
}

export interface PublicationFacts {
  categories: PublicationCategory[];
  units: number;
  published: number;
  /** Extra columns summed over every row, in the order they first appear. */
  extra: ExtraTotal[];
  submitted?: number;
  adopted?: number;
  adoptionRate?: Fraction;
  /** Sum of 发布信息数 over accounts that give it. */
  accountsPublished: number;
  accountsWithCount: number;
}

export interface ChannelFacts {
  channel: string;
  received: number;
  closed?: number;
  closedOnTime?: number;
  closeRate?: Fraction;
  onTimeRate?: Fraction;
  /** 我为政府网站找错 / 纠错 channels. */
  errorReport: boolean;
}

export interface InteractionFacts {
  channels: ChannelFacts[];
  received: number;
  closed?: number;
  closedOnTime?: number;
  closeRate?: Fraction;
  onTimeRate?: Fraction;
}

export interface FollowUpTally {
  total: number;
  fixed: number;
  inProgress: number;
  unfixed: number;
  fixRate: Fraction;
}

export interface FollowUpFacts extends FollowUpTally {
  byType: { type: string; tally: FollowUpTally }[];
  /** Names (object and unit) not fixed yet, in input order. */
  open: { name: string; unit?: string; problem?: string; status: string }[];
  /** Units (责任单位, else 对象名称) that did not report on time, unique, in input order. */
  notReported: string[];
  /** Every notified problem is fixed (上季度通报的问题均已完成整改); false when none was notified. */
  allFixed: boolean;
}

export interface Facts {
  /** 检查类型: a full check or a sample (抽查). */
  checkKind: "check" | "sample";
  websites: ItemFacts<Website>;
  accounts: ItemFacts<Account>;
  platforms: Platform[];
  publications: PublicationFacts;
  interactions: InteractionFacts;
  followUps: FollowUpFacts;
}
