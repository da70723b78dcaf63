/**
 * The canonical inspection data: what `validate` returns and every later stage trusts.
 *
 * This is the shape *after* normalisation (see normalise.ts): dates are ISO `YYYY-MM-DD` strings,
 * yes/no are booleans, list cells are string arrays, platform names are canonical. The JSON input
 * format uses these English keys; `tongbao schema` prints this schema as JSON Schema.
 * Cross-field rules (办结数 ≤ 收到数 …) live in validate.ts, not here.
 */
import * as z from "zod";

const text = z.string().trim().min(1);
const optText = text.optional();
const isoDate = z.iso.date();
/** A date, or a date with a time of day: `2020-09-28` or `2020-09-28T18:00`. */
const dateTime = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/);
const count = z.number().int().nonnegative();

/** 检查期间 in canonical form: `2023-Q2`, `2023-07`, `2021-H1`, `2023`. */
export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-H[12])?$/;

export const PLATFORMS = ["微信", "微博", "抖音", "快手", "今日头条", "移动客户端", "微信视频号", "百家号", "其他"] as const;
export const VERDICTS = ["合格", "不合格"] as const;
export const RECTIFICATION = ["已整改", "整改中", "未整改"] as const;
export const SECTIONS = ["主要工作", "存在问题", "工作要求", "结尾"] as const;
export const TARGET_TYPES = ["政府网站", "政务新媒体", "单位"] as const;
export const DOC_KINDS = ["通报", "通知"] as const;
/** 检查类型: a full check or a sample (抽查). */
export const CHECK_KINDS = ["check", "sample"] as const;
/** 名称写法: the name alone, or the unit in front of it. */
export const NAME_STYLES = ["名称", "单位加名称"] as const;
/** 问题名单范围: every item with a problem, or only the failed ones. */
export const PROBLEM_LIST_SCOPES = ["存在问题", "不合格"] as const;
/** 分项统计: the breakdowns the text may state. */
export const BREAKDOWNS = ["单位类别", "所属地区", "平台类型"] as const;
/** 整改措施 of the 排查及清理整合情况表. */
export const MEASURES = ["保留", "变更", "关停", "注销"] as const;
export const PROBLEM_TARGETS = ["政府网站", "政务新媒体"] as const;
export const PROBLEM_KINDS = ["veto", "deduction"] as const;

/**
 * The 通报信息 items. The wave-2 choices (checkKind, rateDecimals, nameStyle, problemListScope) are
 * optional rather than defaulted so data built in code stays valid; their defaults are applied where
 * they are read (check, 1, 名称, 存在问题).
 */
export const NoticeInfoSchema = z.object({
  kind: z.enum(DOC_KINDS).default("通报").describe("文种"),
  issuer: text.describe("发文机关（也是署名）"),
  issuerMark: optText.describe("发文机关标志：红色版头文字；为空则不画版头"),
  docNumber: optText.describe("发文字号，如 宁政公开办发〔2020〕19号"),
  title: optText.describe("标题；为空时自动组成"),
  period: z.string().regex(PERIOD_PATTERN).optional().describe("检查期间，规范形式 2023-Q2 / 2023-07 / 2021-H1 / 2023"),
  periodText: optText.describe("检查期间的原写法（如 2020年第3季度），正文照此印出；读入时自动保留"),
  statStart: isoDate.optional().describe("统计开始日期"),
  statEnd: isoDate.optional().describe("统计截止日期"),
  dataAsOf: isoDate.optional().describe("数据截止日期"),
  scope: text.default("全市").describe("检查范围，如 全市、全区、全县、全省"),
  method: optText.describe("检查方式"),
  basis: optText.describe("检查依据"),
  recipients: text.describe("主送机关"),
  signDate: isoDate.describe("成文日期"),
  deadline: dateTime.optional().describe("整改截止日期，可带时刻：2020-09-28 或 2020-09-28T18:00"),
  surveyDeadline: dateTime.optional().describe("调查报送日期（通知附调查表时，调查表的报送期限）"),
  overdueNote: optText.describe("逾期处理：逾期未报送的后果，如 对逾期未进行反馈的部门，年终考核将予以扣分"),
  breakdowns: z.array(z.enum(BREAKDOWNS)).optional().describe("分项统计：正文按哪些分组说明；默认为分组多于一个的各项"),
  reportRequirement: optText.describe("整改报送要求"),
  contactName: optText.describe("联系人"),
  contactPhone: optText.describe("联系电话"),
  contactEmail: optText.describe("电子邮箱"),
  note: optText.describe("附注，如 此件公开发布"),
  cc: optText.describe("抄送"),
  printer: optText.describe("印发机关"),
  printDate: isoDate.optional().describe("印发日期"),
  template: optText.describe("模板：内置模板名或相对工作簿的路径"),
  checkKind: z.enum(CHECK_KINDS).optional().describe("检查类型：check（检查，默认）或 sample（抽查）"),
  websiteTotal: count.optional().describe("政府网站总数：运行总数，工作表只列抽查对象时填写"),
  accountTotal: count.optional().describe("政务新媒体总数：运行总数，工作表只列抽查对象时填写"),
  rateDecimals: z.number().int().min(0).max(2).optional().describe("合格率小数位数：0、1 或 2（默认1），末尾的0不印"),
  nameStyle: z.enum(NAME_STYLES).optional().describe("名称写法：名称（默认）或 单位加名称"),
  problemListScope: z.enum(PROBLEM_LIST_SCOPES).optional().describe("问题名单范围：存在问题（默认）或 不合格"),
});

const inspectedItem = {
  name: text,
  unit: text.describe("主办单位 / 开设主体 / 责任单位"),
  category: optText.describe("单位类别"),
  region: optText.describe("所属地区"),
  checked: z.boolean().default(true).describe("是否检查"),
  verdict: z.enum(VERDICTS).optional().describe("检查结论；为空时按突出问题和得分推定"),
  score: z.number().min(0).max(200).optional().describe("得分"),
  vetoes: z.array(text).default([]).describe("突出问题（单项否决）"),
  deductions: z.array(text).default([]).describe("扣分问题"),
  deductionPoints: z.record(z.string(), z.number().nonnegative()).optional().describe("各扣分问题所扣分数，键为扣分问题；由指标矩阵或问题清单的分值得出，JSON 输入中不填"),
  description: optText.describe("问题描述"),
  rectification: z.enum(RECTIFICATION).optional().describe("整改情况"),
  remark: optText.describe("备注"),
};

export const WebsiteSchema = z.object({
  ...inspectedItem,
  name: text.describe("网站名称"),
  code: optText.describe("网站标识码"),
  url: optText.describe("网址"),
});

export const AccountSchema = z.object({
  ...inspectedItem,
  name: text.describe("账号名称"),
  platform: z.enum(PLATFORMS).describe("平台类型"),
  platformText: optText.describe("平台类型的原写法（如 微信服务号、新浪微博），正文照此称呼；统计按 platform 归类"),
  published: count.optional().describe("发布信息数"),
  openedAt: isoDate.optional().describe("开通时间"),
  fans: count.optional().describe("粉丝量"),
  reads: count.optional().describe("阅读量"),
  certifier: optText.describe("认证主体"),
  operator: optText.describe("运营单位"),
  operationMode: optText.describe("运营模式"),
  funding: optText.describe("经费保障"),
  pushFrequency: optText.describe("推送频率"),
  staffCount: count.optional().describe("运营人数"),
  status: optText.describe("运营状态"),
  functions: optText.describe("基本功能，如 发布、传播、互动、引导、办事"),
  measure: z.enum(MEASURES).optional().describe("整改措施：保留/变更/关停/注销"),
  manager: optText.describe("负责人"),
  phone: optText.describe("联系电话（负责人）"),
  contact: optText.describe("联系人"),
  contactPhone: optText.describe("联系人电话"),
});

export const PublicationSchema = z.object({
  unit: text.describe("单位名称"),
  category: text.describe("单位类别"),
  published: count.describe("主动公开信息条数"),
  submitted: count.optional().describe("报送数"),
  adopted: count.optional().describe("采纳数"),
  extra: z.record(z.string(), z.number().nonnegative()).optional().describe("其他数值列，表头 → 数值，如 {\"动态类信息条数\": 540}"),
});

export const InteractionSchema = z.object({
  channel: text.describe("渠道"),
  received: count.describe("收到数"),
  closed: count.optional().describe("办结数"),
  closedOnTime: count.optional().describe("按期办结数"),
});

export const FollowUpSchema = z.object({
  targetType: z.enum(TARGET_TYPES).optional().describe("对象类型"),
  name: text.describe("对象名称"),
  unit: optText.describe("责任单位"),
  problem: optText.describe("问题"),
  status: z.enum(RECTIFICATION).describe("整改状态"),
  reportedOnTime: z.boolean().optional().describe("是否按时反馈"),
});

export const SectionSchema = z.object({
  section: z.enum(SECTIONS).describe("章节"),
  text: text.describe("内容（一行一段，原样保留）"),
  title: optText.describe("标题：该章节的标题（如 经验做法、本季度抽查发现的主要问题），替换默认标题"),
});

/** One row of 问题清单: one problem found on one website or account. */
export const ProblemSchema = z.object({
  targetType: z.enum(PROBLEM_TARGETS).optional().describe("对象类型；为空时有平台类型的为政务新媒体，否则为政府网站"),
  name: text.describe("对象名称"),
  siteCode: optText.describe("网站标识码"),
  platform: z.enum(PLATFORMS).optional().describe("平台类型"),
  unit: optText.describe("责任单位"),
  kind: z.enum(PROBLEM_KINDS).optional().describe("问题类型：veto 单项否决 / deduction 扣分；为空时按问题分类推定"),
  category: text.describe("问题分类，如 栏目不更新"),
  description: optText.describe("问题描述"),
  points: z.number().nonnegative().optional().describe("扣分分值"),
  foundAt: optText.describe("发现时间"),
  link: optText.describe("链接"),
  screenshot: optText.describe("截图"),
});

/**
 * Whether the 政府网站 / 政务新媒体 items are the running registry (true) or known only from 问题清单
 * (false: the notice then states no running total unless 政府网站总数 / 政务新媒体总数 is declared).
 * Derived by validate (not an input key); absent means both are true. Read it as
 * `data.registry?.websites !== false`.
 */
export const RegistrySchema = z.object({
  websites: z.boolean().default(true).describe("政府网站工作表列出了运行中的网站"),
  accounts: z.boolean().default(true).describe("政务新媒体工作表列出了运行中的账号"),
});

export const InspectionSchema = z.object({
  notice: NoticeInfoSchema,
  websites: z.array(WebsiteSchema).default([]),
  accounts: z.array(AccountSchema).default([]),
  publications: z.array(PublicationSchema).default([]),
  interactions: z.array(InteractionSchema).default([]),
  followUps: z.array(FollowUpSchema).default([]),
  sections: z.array(SectionSchema).default([]),
  problems: z.array(ProblemSchema).optional().describe("问题清单：每行一个问题，按对象合并入 websites / accounts"),
  registry: RegistrySchema.optional().describe("由 validate 推定：缺省即两类对象都有完整的运行台账"),
});

export type NoticeInfo = z.infer<typeof NoticeInfoSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type Publication = z.infer<typeof PublicationSchema>;
export type Interaction = z.infer<typeof InteractionSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Registry = z.infer<typeof RegistrySchema>;
export type Inspection = z.infer<typeof InspectionSchema>;
export type Platform = (typeof PLATFORMS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Breakdown = (typeof BREAKDOWNS)[number];
/** One inspected item, website or account. */
export type Item = Website | Account;
