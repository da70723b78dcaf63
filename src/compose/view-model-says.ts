/**
 * The statements a notice makes from the facts, each said only when the facts make it true: the
 * 抽查 form of the overview, the breakdowns the office publishes (分项统计; groups sharing a rate in
 * one clause), the publication and mailbox figures, last period's sentence naming each unit once,
 * and the claims (未发现突出问题, 均已整改 …) as booleans. Plain JSON; templates/README.md lists every field.
 */
import type { Facts, GroupTally, ItemFacts } from "../aggregate/facts.js";
import { joinWithAnd } from "../format/names.js";
import { formatRate, formatShare, sameRate } from "../format/rate.js";
import type { Breakdown, Inspection } from "../schema.js";

/** Beyond this many units that did not report, the text counts them and an attachment names them. */
export const NOT_REPORTED_NAMED = 5;

export interface SaysContext {
  decimals: number;
  periodShort: string;
  scope: string;
  /** 截至2023年6月30日, or "". */
  asOf: string;
  /** The problem-list attachments' titles ("" when none): the sentence naming the failed refers to them. */
  lists: { websites: string; accounts: string };
}

export interface ItemSays {
  /** 检查类型 = 抽查. */
  sampled: boolean;
  /** The running total is known (declared, or the sheet lists every item running). */
  totalKnown: boolean;
  /** The running total when known, else 0. */
  total: number;
  /** 抽查比例 as a whole percent (38%), "" unless sampled with a known total. */
  sampleRatio: string;
  /** 全市共有政府网站40家，其中…。 — the running total and its groups; "" when the total is unknown (抽查 of the listed items only). */
  running: string;
  /** 第三季度共检查政府网站40家，… / 此次检查中，共对84个账号进行了检查，… / …随机抽查了60家，抽查比例38%，本次抽查合格55家，… */
  result: string;
  /** 从单位类别看，…。从平台类型看，…。 — only the breakdowns 分项统计 names (default: more than one group). */
  breakdowns: string;
}

const MEASURE = { websites: "家", accounts: "个" } as const;
type Kind = keyof typeof MEASURE;

const BREAKDOWN_LEAD: Record<Kind, Record<Breakdown, string>> = {
  websites: { 单位类别: "从单位类别看", 所属地区: "从所属地区看", 平台类型: "从平台类型看" },
  accounts: { 单位类别: "从开设主体看", 所属地区: "从所属地区看", 平台类型: "从平台类型看" },
};
const ALL_GROUPS: Record<Breakdown, string> = { 单位类别: "各类别", 所属地区: "各地区", 平台类型: "各平台" };

function groupsOf(f: ItemFacts, b: Breakdown): GroupTally[] {
  const gs = b === "单位类别" ? f.byCategory : b === "所属地区" ? f.byRegion : f.byPlatform;
  return gs.filter((g) => g.checked > 0);
}

/** One breakdown: every group's rate, or — when all share one — a single clause (各平台合格率均为100%). */
function breakdownSentence(kind: Kind, f: ItemFacts, b: Breakdown, sampled: boolean, decimals: number): string {
  const gs = groupsOf(f, b);
  if (gs.length === 0) return "";
  const m = MEASURE[kind];
  const first = gs[0]!;
  if (gs.length > 1 && gs.every((g) => sameRate(g.passRate, first.passRate))) {
    return `${BREAKDOWN_LEAD[kind][b]}，${ALL_GROUPS[b]}合格率均为${formatRate(first.passRate, decimals)}。`;
  }
  const parts = gs.map((g) =>
    sampled ? `${g.key}抽查${g.checked}${m}，不合格${g.failed}${m}，合格率${formatRate(g.passRate, decimals)}` : `${g.key}合格率${formatRate(g.passRate, decimals)}`,
  );
  return `${BREAKDOWN_LEAD[kind][b]}，${parts.join(sampled ? "；" : "，")}。`;
}

/** 其中市级部门31家，县区9家 / 按开设主体分，…；按平台类型分，… — the running rows by group, when the sheet lists them all. */
function runningGroups(kind: Kind, f: ItemFacts): string {
  const m = MEASURE[kind];
  const list = (gs: readonly GroupTally[]) => gs.map((g) => `${g.key}${g.running}${m}`).join("，");
  if (f.sample.total !== f.total.running) return "";
  if (kind === "websites") return f.byCategory.length >= 2 ? `，其中${list(f.byCategory)}` : "";
  const cats = f.byCategory.length >= 2 ? `按开设主体分，${list(f.byCategory)}；` : "";
  return f.byPlatform.length ? `。${cats}按平台类型分，${list(f.byPlatform)}` : "";
}

/** 全市共有政府网站40家，其中…。 / 全市共开设政务新媒体账号84个。按…分，…。 — "" when the running total is unknown. */
function runningSentence(kind: Kind, f: ItemFacts, ctx: SaysContext): string {
  const total = f.sample.total;
  if (total === undefined) return "";
  const lead = ctx.asOf ? `${ctx.asOf}，` : "";
  const running = kind === "websites" ? `${ctx.scope}共有政府网站${total}家` : `${ctx.scope}共开设政务新媒体账号${total}个`;
  return `${lead}${running}${runningGroups(kind, f)}。`;
}

/** What was checked and found: the check form (共检查… / 共对…进行了检查) or the 抽查 form (随机抽查了60家，抽查比例38%). */
function resultSentence(kind: Kind, f: ItemFacts, sampled: boolean, ctx: SaysContext): string {
  const t = f.total;
  const m = MEASURE[kind];
  const noun = kind === "websites" ? "政府网站" : "政务新媒体";
  const rate = formatRate(t.passRate, ctx.decimals);
  const ref = ctx.lists[kind] ? `（见附件：${ctx.lists[kind]}）` : "";
  if (t.checked === 0) return `${ctx.periodShort}未对${noun}开展${sampled ? "抽查" : "检查"}。`;
  const unchecked = t.running > t.checked && !sampled ? `（另有${t.running - t.checked}${m}未检查，不计入合格率）` : "";
  if (!sampled) {
    const found = t.failed > 0 ? `检查发现“${kind === "websites" ? "问题网站" : "问题政务新媒体"}”${t.failed}${m}${ref}，总体合格率为${rate}` : `均为合格，合格率${rate}`;
    return kind === "websites"
      ? `${ctx.periodShort}共检查政府网站${t.checked}家${unchecked}，${found}。`
      : `此次检查中，共对${t.checked}个账号进行了检查${unchecked}，${found}。`;
  }
  const found = t.failed > 0 ? `合格${kind === "websites" ? "网站" : "账号"}${t.passed}${m}，不合格${t.failed}${m}${ref}，合格率${rate}` : `均为合格，合格率${rate}`;
  if (f.sample.total === undefined) return `${ctx.periodShort}共抽查${noun}${t.checked}${m}${unchecked}，${found}。`;
  const ratio = f.sample.ratio ? `，抽查比例${formatShare(f.sample.ratio)}` : "";
  return `${ctx.periodShort}随机抽查了${t.checked}${m}${ratio}${unchecked}，本次抽查${found}。`;
}

export function itemSays(kind: Kind, f: ItemFacts, data: Inspection, ctx: SaysContext): ItemSays {
  const sampled = data.notice.checkKind === "sample";
  const total = f.sample.total;
  return {
    sampled,
    totalKnown: total !== undefined,
    total: total ?? 0,
    sampleRatio: sampled && f.sample.ratio ? formatShare(f.sample.ratio) : "",
    running: runningSentence(kind, f, ctx),
    result: resultSentence(kind, f, sampled, ctx),
    breakdowns: f.breakdowns.map((b) => breakdownSentence(kind, f, b, sampled, ctx.decimals)).join(""),
  };
}

/** 动态类信息条数 → 动态类信息 (the measure 条 follows the figure). */
const extraLabel = (header: string) => header.replace(/[（(]条[）)]$/, "").replace(/条数$|数量$|数$/, "");

/** 其中动态类信息540条、政府信息公开栏目信息4200条 — the extra columns after the total; "" when none. */
export function extraText(extras: Facts["publications"]["extra"], units: number): string {
  const shown = extras.filter((e) => e.total > 0);
  if (shown.length === 0) return "";
  const parts = shown.map((e) => `${extraLabel(e.header)}${e.total}条${e.units < units ? `（${e.units}个单位）` : ""}`);
  return `其中${parts.join("、")}`;
}

export interface ClaimsSays {
  /** No 突出问题 and no 不合格 item, websites or accounts: 未发现突出问题 may be said. */
  noFindings: boolean;
  /** What contradicts 未发现突出问题: 发现3个政务新媒体存在突出问题、1家政府网站检查不合格; "" when nothing does. */
  findings: string;
}

function findingsOf(kind: Kind, f: ItemFacts): string[] {
  const m = MEASURE[kind];
  const noun = kind === "websites" ? "政府网站" : "政务新媒体";
  const out: string[] = [];
  if (f.total.vetoed > 0) out.push(`${f.total.vetoed}${m}${noun}存在突出问题`);
  if (f.total.failed > 0 && f.total.failed !== f.total.vetoed) out.push(`${f.total.failed}${m}${noun}检查不合格`);
  return out;
}

export function claimsSays(facts: Facts): ClaimsSays {
  const found = [...findingsOf("websites", facts.websites), ...findingsOf("accounts", facts.accounts)];
  return { noFindings: found.length === 0, findings: found.length ? `发现${found.join("、")}` : "" };
}

export interface LastPeriodSays {
  /** Every notified problem is fixed. */
  allFixed: boolean;
  /** The units that did not report: named (≤ 5) or counted (12个单位), see notReportedListed. */
  notReportedText: string;
  notReportedCount: number;
  /** More than NOT_REPORTED_NAMED units: the text counts them and an attachment lists them. */
  notReportedListed: boolean;
  /**
   * No row is typed 政府网站 / 政务新媒体 (unit feedback or untyped problems): the text says
   * 上季度通报的问题均已完成整改 or names what is open, without a 整改率.
   */
  generic: boolean;
}

export function lastPeriodSays(data: Inspection, facts: Facts): LastPeriodSays {
  const f = facts.followUps;
  const listed = f.notReported.length > NOT_REPORTED_NAMED;
  return {
    allFixed: f.allFixed,
    notReportedText: listed ? `${f.notReported.length}个单位` : joinWithAnd(f.notReported),
    notReportedCount: f.notReported.length,
    notReportedListed: listed,
    generic: data.followUps.every((r) => r.targetType !== "政府网站" && r.targetType !== "政务新媒体"),
  };
}

export interface Says {
  websites: ItemSays;
  accounts: ItemSays;
  claims: ClaimsSays;
  lastPeriod: LastPeriodSays;
  /** 其中动态类信息540条、政府信息公开栏目信息4200条, or "". */
  publicationExtra: string;
}

export function says(data: Inspection, facts: Facts, ctx: SaysContext): Says {
  return {
    websites: itemSays("websites", facts.websites, data, ctx),
    accounts: itemSays("accounts", facts.accounts, data, ctx),
    claims: claimsSays(facts),
    lastPeriod: lastPeriodSays(data, facts),
    publicationExtra: extraText(facts.publications.extra, facts.publications.units),
  };
}
