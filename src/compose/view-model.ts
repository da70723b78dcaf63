/**
 * The view model: everything a template can print, already formatted (dates in official form,
 * rates per the contract, names quoted and joined). Plain JSON only — no class instances, so the
 * handlebars prototype guard has nothing to open. templates/README.md lists every field.
 */
import type { CheckedItem, Facts, GroupTally, ItemFacts, ProblemCategory } from "../aggregate/facts.js";
import { formatAsOf, formatDate, formatDeadline, formatPeriod, formatPeriodShort, formatStatWindow, parsePeriod, periodUnit, previousPeriod } from "../format/date.js";
import { joinWithAnd, quoteNames } from "../format/names.js";
import { formatRate, type Fraction } from "../format/rate.js";
import type { Inspection, Item, Platform } from "../schema.js";
import { availableAttachments, type AttachmentTitles } from "./attachments.js";
import type { GroupView, ItemView, ProblemView, ViewModel } from "./view-model-types.js";

export type { GroupView, ItemView, ProblemGroupView, ProblemView, ViewModel } from "./view-model-types.js";

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

/** Empty when there is no rate, or no rate to speak of (a zero denominator: 0件 received, 0 checked). */
const optRate = (r: Fraction | undefined): string => (r && r.den > 0 ? formatRate(r) : "");

function group(g: GroupTally): GroupView {
  return { name: g.key, running: g.running, checked: g.checked, passed: g.passed, failed: g.failed, rate: formatRate(g.passRate) };
}

const isAccountItem = (it: Item): it is Item & { platform: Platform } => "platform" in it;

/** A notice names at most this many items in one list, then says 等N家 / 等N个. */
export const NAME_LIMIT = 10;

/** Quoted names; accounts get their platform suffix and 、, websites are run together (“A”“B”). */
function names(items: readonly CheckedItem[], limit = NAME_LIMIT): string {
  const first = items[0];
  if (!first) return "";
  if (isAccountItem(first.item)) {
    return quoteNames(
      items.map((ci) => ci.item.name),
      { separator: "、", limit, measure: "个", suffixes: items.map((ci) => (isAccountItem(ci.item) ? PLATFORM_SUFFIX[ci.item.platform] : "")) },
    );
  }
  return quoteNames(
    items.map((ci) => ci.item.name),
    { separator: "", limit, measure: "家" },
  );
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

function problem(p: ProblemCategory): ProblemView {
  const groups = p.groups.map((g) => ({ description: g.description, names: names(g.items), count: g.items.length }));
  return {
    category: p.category,
    kind: p.kind,
    count: p.count,
    sentence: problemSentence(groups),
    names: names(p.groups.flatMap((g) => g.items)),
    groups,
  };
}

function itemView(f: ItemFacts): ItemView {
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
    rate: formatRate(t.passRate),
    allPassed: t.checked > 0 && t.failed === 0 && f.withProblems.length === 0,
    byCategory: breakdown(f.byCategory),
    byRegion: breakdown(f.byRegion),
    byPlatform: f.byPlatform.map(group),
    ratedCategories: f.byCategory.length >= 2 ? rated(f.byCategory) : [],
    ratedRegions: f.byRegion.length >= 2 ? rated(f.byRegion) : [],
    ratedPlatforms: rated(f.byPlatform),
    failedNames: names(f.failed),
    problems: f.problems.map(problem),
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

/** 正文 rows: one paragraph per line; a line that looks like a front-matter field is marked literal. */
function paragraphs(data: Inspection, section: string): string[] {
  return data.sections
    .filter((s) => s.section === section)
    .flatMap((s) => s.text.split(/\r?\n/))
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => (/^(标题|主送|附件|署名|日期|附注|正文)：/.test(l) ? `正文：${l}` : l));
}

function objectsOf(data: Inspection): string {
  if (data.websites.length && data.accounts.length) return "政府网站和政务新媒体";
  if (data.accounts.length) return "政务新媒体";
  if (data.websites.length) return "政府网站";
  return "政务公开";
}

function contactLine(n: Inspection["notice"]): string {
  const parts = [
    n.contactName ? `联系人：${n.contactName}` : "",
    n.contactPhone ? `电话：${n.contactPhone}` : "",
    n.contactEmail ? `邮箱：${n.contactEmail}` : "",
  ].filter(Boolean);
  return parts.length ? `${parts.join("，")}。` : "";
}

function channelView(c: Facts["interactions"]["channels"][number]) {
  return {
    channel: c.channel,
    received: c.received,
    closed: c.closed ?? ("" as const),
    closeRate: optRate(c.closeRate),
    onTimeRate: optRate(c.onTimeRate),
    allClosed: c.received > 0 && c.closed !== undefined && c.closed === c.received,
  };
}

function followUpSubject(websites: number, accounts: number, total: number): string {
  const parts = [websites ? `${websites}家“问题网站”` : "", accounts ? `${accounts}个“问题政务新媒体”` : ""].filter(Boolean);
  const rest = total - websites - accounts;
  if (rest > 0) parts.push(`${rest}个其他问题`);
  return parts.length === 1 && rest === total ? `${total}个问题` : joinWithAnd(parts);
}

/** Attachment titles; a title is empty when the data has nothing for that attachment. */
export function attachmentTitles(data: Inspection, facts: Facts, period: string): AttachmentTitles {
  const scope = data.notice.scope;
  const has = availableAttachments(facts);
  const when = (ok: boolean, title: string) => (ok ? title : "");
  return {
    websiteSummary: when(has.websiteSummary, `${period}${scope}政府网站检查情况表`),
    accountSummary: when(has.accountSummary, `${period}${scope}政务新媒体检查情况表`),
    problemWebsites: when(has.problemWebsites, `${period}检查发现存在问题的政府网站名单`),
    problemAccounts: when(has.problemAccounts, `${period}检查发现存在问题的政务新媒体名单`),
    publications: facts.publications.categories.map((c) => `${period}政府网站信息公开情况统计表（${c.category.replace(/[（(](.+?)[）)]/g, "、$1")}）`),
    accountPublication: when(has.accountPublication, `${period}政务新媒体信息公开情况统计表`),
    fullListing: when(has.fullListing, `${period}${scope}${objectsOf(data)}检查明细表`),
  };
}

/** Data strings go on one output line each: a line break inside a cell would split a paragraph. */
function oneLine<T>(v: T): T {
  if (typeof v === "string") return v.replace(/\s*[\r\n]+\s*/g, "") as T;
  if (Array.isArray(v)) return v.map(oneLine) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, oneLine(x)])) as T;
  return v;
}

export function buildViewModel(data: Inspection, facts: Facts): ViewModel {
  const { text, ...rest } = buildFields(data, facts);
  return { ...oneLine(rest), text };
}

function buildFields(data: Inspection, facts: Facts): ViewModel {
  const n = data.notice;
  const p = n.period ? parsePeriod(n.period) : undefined;
  const period = p ? formatPeriod(p) : "";
  const objects = objectsOf(data);
  const websites = itemView(facts.websites);
  const accounts = itemView(facts.accounts);
  const f = facts.followUps;
  const pub = facts.publications;
  const inter = facts.interactions;
  const countType = (type: string) => f.byType.find((t) => t.type === type)?.tally.total ?? 0;
  return {
    notice: {
      kind: n.kind,
      intro: n.kind === "通知" ? "现将有关事项通知如下：" : "现将有关情况通报如下：",
      issuer: n.issuer,
      title: n.title ?? `${n.issuer}关于${period}${n.scope}${objects}检查情况的${n.kind}`,
      recipients: n.recipients,
      docNumber: n.docNumber ?? "",
      scope: n.scope,
      method: n.method ?? "",
      basis: n.basis ?? "",
      objects,
      period,
      periodShort: p ? formatPeriodShort(p) : "",
      periodUnit: p ? periodUnit(p) : "",
      previousPeriod: p ? (p.kind === "month" ? formatPeriodShort(previousPeriod(p)) : `上${periodUnit(p)}`) : "上期",
      statWindow: n.statStart && n.statEnd ? formatStatWindow(n.statStart, n.statEnd) : "",
      asOf: n.dataAsOf ? formatAsOf(n.dataAsOf) : "",
      signDate: formatDate(n.signDate),
      deadline: n.deadline ? formatDate(n.deadline) : "",
      deadlineWithWeekday: n.deadline ? formatDeadline(n.deadline, n.deadline.slice(0, 4) !== n.signDate.slice(0, 4)) : "",
      reportRequirement: n.reportRequirement?.replace(/[。.]$/, "") ?? "",
      reportIsRequest: n.reportRequirement?.startsWith("请") ?? false,
      contactLine: contactLine(n),
      note: n.note ?? "",
    },
    websites,
    accounts,
    allPassed: (websites.allPassed || !websites.checked) && (accounts.allPassed || !accounts.checked) && websites.checked + accounts.checked > 0,
    hasFindings: websites.failed + accounts.failed > 0 || websites.hasProblems || accounts.hasProblems,
    hasOverview: websites.any || accounts.any || f.total > 0,
    publications: {
      any: pub.units > 0,
      units: pub.units,
      published: pub.published,
      adoptionRate: optRate(pub.adoptionRate),
      categories: pub.categories.map((c) => ({
        category: c.category,
        units: c.units.length,
        published: c.published,
        adoptionRate: optRate(c.adoptionRate),
        top: quoteNames(c.units.slice(0, 3).map((u) => u.unit)),
      })),
      accountsPublished: pub.accountsPublished,
      accountsWithCount: pub.accountsWithCount,
    },
    interactions: {
      any: inter.channels.length > 0,
      received: inter.received,
      closed: inter.closed ?? "",
      closeRate: optRate(inter.closeRate),
      onTimeRate: optRate(inter.onTimeRate),
      mailboxes: inter.channels.filter((c) => !c.errorReport).map(channelView),
      errorReports: inter.channels.filter((c) => c.errorReport).map(channelView),
    },
    followUps: {
      any: f.total > 0,
      total: f.total,
      fixed: f.fixed,
      unfixed: f.unfixed,
      inProgress: f.inProgress,
      rate: formatRate(f.fixRate),
      allFixed: f.total > 0 && f.fixed === f.total,
      websites: countType("政府网站"),
      accounts: countType("政务新媒体"),
      openNames: quoteNames(f.open.map((o) => o.name)),
      notReported: joinWithAnd(f.notReported),
      anyNotReported: f.notReported.length > 0,
      subject: followUpSubject(countType("政府网站"), countType("政务新媒体"), f.total),
    },
    text: {
      mainWork: paragraphs(data, "主要工作"),
      problems: paragraphs(data, "存在问题"),
      requirements: paragraphs(data, "工作要求"),
      closing: paragraphs(data, "结尾"),
    },
    attachments: attachmentTitles(data, facts, period),
  };
}
