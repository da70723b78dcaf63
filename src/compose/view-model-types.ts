/**
 * The shape of the view model that templates see. Every value is plain JSON and already formatted;
 * templates/README.md lists every field with an example.
 */
import type { AttachmentTitles } from "./attachments.js";
import type { Says } from "./view-model-says.js";
import type { NoticeFields } from "./notice-fields.js";

export interface GroupView {
  name: string;
  running: number;
  checked: number;
  passed: number;
  failed: number;
  rate: string;
}

export interface ProblemGroupView {
  description: string;
  /** Quoted names: “A”“B” (websites) or “A”微信公众号、“B”微博 (accounts). */
  names: string;
  count: number;
}

export interface ProblemView {
  category: string;
  /** 存在商业广告问题: the category as a finding, without doubling a 存在 or 问题 the category has. */
  phrase: string;
  kind: "veto" | "deduction" | "other";
  count: number;
  /** “A”“B”有1周未按要求进行更新；“C”有3周未按要求进行更新 — groups joined with ；. */
  sentence: string;
  /** Every name of the category, quoted, joined with 、. */
  names: string;
  groups: ProblemGroupView[];
}

export interface ItemView {
  any: boolean;
  running: number;
  checked: number;
  unchecked: number;
  passed: number;
  failed: number;
  vetoed: number;
  rate: string;
  allPassed: boolean;
  /** Groups by 单位类别 / 所属地区; empty unless there are at least two (one group is the total again). */
  byCategory: GroupView[];
  byRegion: GroupView[];
  byPlatform: GroupView[];
  /** The same groups limited to those with checked items: the ones a 合格率 can be given for. */
  ratedCategories: GroupView[];
  ratedRegions: GroupView[];
  ratedPlatforms: GroupView[];
  /** Quoted names of the 不合格 items. */
  failedNames: string;
  problems: ProblemView[];
  hasProblems: boolean;
  /** `spread`: highest and lowest differ. `bands`: only the non-empty ones. */
  scores:
    | false
    | { average: string; highest: string; highestNames: string; lowest: string; lowestNames: string; spread: boolean; bands: { label: string; count: number }[]; top: string; bottom: string };
}

export interface ViewModel {
  /** The 通报信息, formatted; the shared fields (issuer, signDate, objects, deadline…) as every document kind prints them. */
  notice: NoticeFields & {
    kind: string;
    /** 现将有关情况通报如下： / 现将有关事项通知如下： by 文种. */
    intro: string;
    title: string;
    recipients: string;
    docNumber: string;
    scope: string;
    method: string;
    basis: string;
    period: string;
    periodShort: string;
    periodUnit: string;
    previousPeriod: string;
    statWindow: string;
    asOf: string;
    note: string;
    /** 检查 / 抽查 by 检查类型. */
    checkWord: string;
    sampled: boolean;
  };
  websites: ItemView;
  accounts: ItemView;
  allPassed: boolean;
  /** Any 不合格 item or any problem, websites or accounts. */
  hasFindings: boolean;
  /** Anything to say in 总体情况: inspected items or last period's follow-ups. */
  hasOverview: boolean;
  publications: {
    any: boolean;
    units: number;
    published: number;
    adoptionRate: string;
    categories: { category: string; units: number; published: number; adoptionRate: string; top: string; extraText: string }[];
    /** 其中动态类信息540条、政府信息公开栏目信息4200条 — the extra numeric columns after the total; "". */
    extraText: string;
    /** More than one 单位类别: the text may give each. */
    severalCategories: boolean;
    /** The extra columns summed: header, total, units with a value above 0. */
    extra: { header: string; total: number; units: number }[];
    accountsPublished: number;
    accountsWithCount: number;
  };
  interactions: {
    any: boolean;
    received: number;
    closed: number | "";
    closeRate: string;
    onTimeRate: string;
    mailboxes: { channel: string; received: number; closed: number | ""; closeRate: string; onTimeRate: string; allClosed: boolean }[];
    errorReports: { channel: string; received: number; closed: number | ""; closeRate: string; onTimeRate: string; allClosed: boolean }[];
  };
  followUps: {
    any: boolean;
    total: number;
    fixed: number;
    unfixed: number;
    inProgress: number;
    rate: string;
    allFixed: boolean;
    websites: number;
    accounts: number;
    openNames: string;
    notReported: string;
    anyNotReported: boolean;
    /** 2家“问题网站”和2个“问题政务新媒体” or 4个问题. */
    subject: string;
  };
  text: { mainWork: string[]; problems: string[]; requirements: string[]; closing: string[] };
  /** 正文's 标题 per section (经验做法, 本季度抽查发现的主要问题 …); "" where the template's own heading stands. */
  headings: { mainWork: string; problems: string; requirements: string; closing: string };
  /** Statements made only when the facts make them true (src/compose/view-model-says.ts). */
  says: Says;
  attachments: AttachmentTitles;
}
