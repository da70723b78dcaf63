/**
 * What a notice may say (input contract, "What the notice may say"), as a checker: every conditional
 * claim a built-in 通报 template can make, with the fact that makes it true, and the figures by which a
 * sheet with rows is stated. Used by the bounded property test and by `npm run fuzz`.
 */
import fc from "fast-check";
import type { Facts } from "../../src/aggregate/facts.js";
import { PLATFORMS, RECTIFICATION, SECTIONS, type Inspection } from "../../src/schema.js";

type Subject = "websites" | "accounts" | "both";

/** The sentence's subject: websites, accounts, both, or undefined when it names neither. */
function subjectOf(sentence: string): Subject | undefined {
  // By the noun, else by the measure word: websites are counted in 家, accounts in 个.
  const site = /网站/.test(sentence) || (!/新媒体|账号/.test(sentence) && /\d家/.test(sentence));
  const media = /新媒体|账号|平台|微信|微博/.test(sentence) || (!/网站/.test(sentence) && /\d个/.test(sentence));
  return site && !media ? "websites" : media && !site ? "accounts" : site && media ? "both" : undefined;
}

const failedOf = (f: Facts, s: Subject) => (s === "websites" ? f.websites.total.failed : s === "accounts" ? f.accounts.total.failed : f.websites.total.failed + f.accounts.total.failed);
const vetoedOf = (f: Facts, s: Subject) => (s === "websites" ? f.websites.total.vetoed : s === "accounts" ? f.accounts.total.vetoed : f.websites.total.vetoed + f.accounts.total.vetoed);
const checkedOf = (f: Facts, s: Subject) => (s === "websites" ? f.websites.total.checked : s === "accounts" ? f.accounts.total.checked : f.websites.total.checked + f.accounts.total.checked);

interface Claim {
  name: string;
  pattern: RegExp;
  /** Whether the facts make the claim true for the sentence's subject. */
  holds: (f: Facts, s: Subject) => boolean;
}

export const CLAIMS: readonly Claim[] = [
  { name: "未发现突出问题", pattern: /未发现(存在)?(突出|明显)问题|无突出问题/, holds: (f, s) => vetoedOf(f, s) === 0 && failedOf(f, s) === 0 },
  { name: "全部合格", pattern: /全部合格|均为合格|均合格|合格率均为100%|无不合格|未发现不合格/, holds: (f, s) => checkedOf(f, s) > 0 && failedOf(f, s) === 0 },
  { name: "均已整改", pattern: /均已(按要求)?(完成)?整改|已全部整改|整改率100%/, holds: (f) => f.followUps.allFixed },
  {
    name: "办结率100%",
    pattern: /办结率100%|已全部办结|均已办结/,
    holds: (f) => f.interactions.channels.some((c) => c.received > 0 && c.closed === c.received),
  },
  { name: "均按时反馈", pattern: /均已?按(时|要求)(反馈|上报)/, holds: (f) => f.followUps.total > 0 && f.followUps.notReported.length === 0 },
];

/** The claims in `text` that its facts contradict, as `claim：sentence`. */
export function contradictedClaims(text: string, facts: Facts): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    // A sentence that names no subject speaks of the one before it in the paragraph (从单位类别看，…).
    let last: Subject = "both";
    for (const sentence of paragraph.split(/[。；]/)) {
      const subject: Subject = subjectOf(sentence) ?? last;
      last = subject;
      for (const c of CLAIMS) if (c.pattern.test(sentence) && !c.holds(facts, subject)) out.push(`${c.name}：${sentence}`);
    }
  }
  return out;
}

/** The sheets with rows that the text does not state (by the figures only that sheet gives). */
export function unstatedSheets(text: string, data: Inspection, facts: Facts): string[] {
  const has = (n: number) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(text);
  const missing: string[] = [];
  if (data.websites.length && !/网站/.test(text)) missing.push("政府网站");
  if (data.accounts.length && !/新媒体/.test(text)) missing.push("政务新媒体");
  const pub = facts.publications;
  if (data.publications.length && !(has(pub.published) || pub.categories.every((c) => has(c.published)))) missing.push("信息发布统计");
  const inter = facts.interactions;
  if (data.interactions.length && !(has(inter.received) || inter.channels.every((c) => text.includes(c.channel)))) missing.push("互动交流");
  const named = data.followUps.some((r) => text.includes(r.name) || (r.unit !== undefined && text.includes(r.unit)));
  if (data.followUps.length && !(/整改/.test(text) && (has(facts.followUps.total) || named || facts.followUps.allFixed))) missing.push("上期整改");
  for (const s of data.sections) if (!text.includes(s.text.split("\n")[0]!.trim())) missing.push(`正文（${s.section}）`);
  return missing;
}

const word = fc.constantFrom("甲", "乙", "丙", "丁", "戊", "己").chain((a) => fc.constantFrom("局", "镇", "办", "委").map((b) => `${a}${b}`));
const problem = fc.constantFrom("站点无法访问", "栏目不更新", "严重表述错误", "监测时间点前2周内无更新", "内容更新不及时", "办事服务", "错别字");

const item = {
  name: fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom("甲", "乙", "丙", "丁", "网", "发布") }),
  unit: word,
  category: fc.option(fc.constantFrom("市级部门", "县区"), { nil: undefined }),
  region: fc.option(fc.constantFrom("东区", "西区"), { nil: undefined }),
  checked: fc.boolean(),
  verdict: fc.option(fc.constantFrom("合格", "不合格"), { nil: undefined }),
  score: fc.option(fc.integer({ min: 40, max: 100 }), { nil: undefined }),
  vetoes: fc.uniqueArray(problem, { maxLength: 2 }),
  deductions: fc.uniqueArray(problem, { maxLength: 2 }),
};

/** Random valid inspections that use every sheet and every wave-2 notice item. */
export const claimsInspection = fc.record({
  notice: fc.record({
    issuer: fc.constant("某市人民政府办公室"),
    recipients: fc.constant("各区人民政府"),
    signDate: fc.constant("2023-07-05"),
    period: fc.constantFrom("2023-Q2", "2023-07", "2023-H1"),
    periodText: fc.option(fc.constantFrom("2023年第2季度", "2023年7月份"), { nil: undefined }),
    deadline: fc.option(fc.constantFrom("2023-08-04", "2023-08-04T18:00"), { nil: undefined }),
    checkKind: fc.option(fc.constantFrom("check", "sample"), { nil: undefined }),
    rateDecimals: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
    nameStyle: fc.option(fc.constantFrom("名称", "单位加名称"), { nil: undefined }),
    problemListScope: fc.option(fc.constantFrom("存在问题", "不合格"), { nil: undefined }),
    template: fc.option(fc.constantFrom("季度通报", "月度通报", "内容保障通报"), { nil: undefined }),
  }),
  websites: fc.array(fc.record(item), { maxLength: 6 }),
  accounts: fc.array(fc.tuple(fc.record(item), fc.constantFrom(...PLATFORMS)).map(([i, platform]) => ({ ...i, platform })), { maxLength: 6 }),
  publications: fc.array(
    fc.record({ unit: word, category: fc.constantFrom("部门", "乡镇（街道）"), published: fc.nat(500), extra: fc.option(fc.record({ 动态类信息条数: fc.nat(200) }), { nil: undefined }) }),
    { maxLength: 3 },
  ),
  interactions: fc.array(
    fc.record({ channel: fc.constantFrom("县长信箱", "部门信箱", "我为政府网站找错"), received: fc.nat(60), part: fc.integer({ min: 0, max: 100 }) }).map(({ part, ...r }) => ({
      ...r,
      closed: Math.floor((r.received * part) / 100),
    })),
    { maxLength: 2 },
  ),
  followUps: fc.array(fc.record({ name: word, unit: word, status: fc.constantFrom(...RECTIFICATION), reportedOnTime: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 7 }),
  sections: fc.array(fc.record({ section: fc.constantFrom(...SECTIONS), text: fc.constantFrom("各单位要高度重视。", "（一）强化领导。") }), { maxLength: 2 }),
});
