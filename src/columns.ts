/**
 * The workbook contract as data: the seven sheets, their Chinese headers and aliases, the field each
 * column fills in src/schema.ts, how its value is normalised, and the note the template shows.
 * The reader, the validator and the init template all read this table; nothing else names a header.
 */
import { BREAKDOWNS, CHECK_KINDS, DOC_KINDS, MEASURES, NAME_STYLES, PLATFORMS, PROBLEM_LIST_SCOPES, PROBLEM_TARGETS, RECTIFICATION, SECTIONS, TARGET_TYPES, VERDICTS } from "./schema.js";

/** How a cell's value is normalised (see normalise.ts). `choiceList`: a list whose items are enum values. */
export type Kind = "text" | "int" | "number" | "date" | "dateTime" | "bool" | "list" | "choiceList" | "enum" | "period" | "docNumber";

export interface ColumnSpec {
  /** Canonical Chinese header, as the template writes it. */
  header: string;
  aliases: readonly string[];
  /** Field key in src/schema.ts; `null` for columns read but ignored (序号). */
  key: string | null;
  kind: Kind;
  /** For `enum`: the allowed canonical values. */
  values?: readonly string[];
  /** For `enum`: accepted spellings → canonical value. */
  valueAliases?: Readonly<Record<string, string>>;
  /** What the enum is called in messages, e.g. 平台类型. Defaults to the header. */
  label?: string;
  /** For `enum`: the spellings users choose from (drop-down, messages) when the values are not Chinese. */
  choices?: readonly string[];
  /** Field that keeps the cell's text as written when it differs from the canonical value (微信服务号, 2020年第3季度). */
  keepWritten?: string;
  required: boolean;
  /** Chinese note shown as the header cell's comment in the template. */
  note: string;
  /** Example values for the template's sample rows. */
  examples?: readonly (string | number)[];
}

export type SheetKey = "notice" | "websites" | "accounts" | "problems" | "publications" | "interactions" | "followUps" | "sections";

export interface SheetSpec {
  key: SheetKey;
  /** Canonical sheet name. */
  name: string;
  aliases: readonly string[];
  /** `keyValue`: a 项目 | 内容 sheet whose 项目 are the columns below; `table`: one row per record. */
  layout: "table" | "keyValue";
  columns: readonly ColumnSpec[];
  note: string;
  /** Field that collects the sheet's other columns whose cells are all numbers, by header. */
  extras?: string;
}

export const PLATFORM_ALIASES: Readonly<Record<string, string>> = {
  微信公众号: "微信",
  微信服务号: "微信",
  微信订阅号: "微信",
  公众号: "微信",
  新浪微博: "微博",
  腾讯微博: "微博",
  客户端: "移动客户端",
  app: "移动客户端",
  移动app: "移动客户端",
  手机客户端: "移动客户端",
  政务app: "移动客户端",
  抖音号: "抖音",
  快手号: "快手",
  头条: "今日头条",
  头条号: "今日头条",
  今日头条号: "今日头条",
  视频号: "微信视频号",
};

const VERDICT_ALIASES = { 是: "合格", 否: "不合格", 通过: "合格", 不通过: "不合格" };
const RECTIFICATION_ALIASES = { 已完成: "已整改", 完成: "已整改", 正在整改: "整改中", 未完成: "未整改" };

const col = (
  header: string,
  key: string | null,
  kind: Kind,
  note: string,
  extra: Partial<Omit<ColumnSpec, "header" | "key" | "kind" | "note">> = {},
): ColumnSpec => ({ header, key, kind, note, aliases: [], required: false, ...extra });

const req = { required: true } as const;

const NOTICE_ITEMS: readonly ColumnSpec[] = [
  col("文种", "kind", "enum", "通报（默认）或 通知", { values: DOC_KINDS, examples: ["通报"] }),
  col("发文机关", "issuer", "text", "必填。发文机关全称，也用作署名", { ...req, aliases: ["发文单位", "署名"], examples: ["某市人民政府办公室"] }),
  col("发文机关标志", "issuerMark", "text", "红色版头文字；为空则不画版头", { aliases: ["版头"], examples: ["某市人民政府政务公开办公室"] }),
  col("发文字号", "docNumber", "docNumber", "如 某政公开办发〔2023〕19号；年份用六角括号〔〕，序号不加“第”、不编虚位", { aliases: ["文号"], examples: ["某政公开办发〔2023〕19号"] }),
  col("标题", "title", "text", "为空时自动组成：发文机关+关于+检查期间+检查范围+检查对象+检查情况的通报", { aliases: ["通报标题"] }),
  col("检查期间", "period", "period", "通报必填。如 2023年第二季度、2023年7月、2021年上半年、2023年度", {
    aliases: ["检查时间", "检查周期", "通报期间"],
    keepWritten: "periodText",
    examples: ["2023年第二季度"],
  }),
  col("统计开始日期", "statStart", "date", "统计时间起，如 2023-04-01", { aliases: ["统计开始", "统计起始日期"], examples: ["2023-04-01"] }),
  col("统计截止日期", "statEnd", "date", "统计时间止，如 2023-06-30", { aliases: ["统计截止", "统计结束日期"], examples: ["2023-06-30"] }),
  col("数据截止日期", "dataAsOf", "date", "印作“截至2023年6月30日”", { aliases: ["截止日期", "数据截至日期"] }),
  col("检查范围", "scope", "text", "全市（默认）、全区、全县、全省……", { examples: ["全市"] }),
  col("检查方式", "method", "text", "如 监测软件自动扫描和人工复核", { examples: ["监测软件自动扫描和人工复核"] }),
  col("检查依据", "basis", "text", "检查所依据的文件名称及文号", { aliases: ["依据"] }),
  col("检查类型", "checkKind", "enum", "检查（默认）或 抽查；抽查时标题为“……抽查情况的通报”，正文写明抽查比例", {
    values: CHECK_KINDS,
    choices: ["检查", "抽查"],
    valueAliases: { 检查: "check", 抽查: "sample", 全面检查: "check", 随机抽查: "sample" },
    aliases: ["检查形式"],
  }),
  col("政府网站总数", "websiteTotal", "int", "运行的政府网站总数；政府网站表只列抽查对象时填写，不少于表中行数", { aliases: ["网站总数"] }),
  col("政务新媒体总数", "accountTotal", "int", "开设的政务新媒体总数；政务新媒体表只列抽查对象时填写，不少于表中行数", { aliases: ["新媒体总数", "账号总数"] }),
  col("合格率小数位数", "rateDecimals", "int", "0、1 或 2（默认1）：合格率最多印几位小数，末尾的0不印（88%、95.2%、97.33%）", { aliases: ["小数位数"] }),
  col("名称写法", "nameStyle", "enum", "名称（默认，如 “健康某市”微信服务号）或 单位加名称（如 某市卫生健康委员会“健康某市”微信服务号）", { values: NAME_STYLES }),
  col("问题名单范围", "problemListScope", "enum", "存在问题（默认：有突出问题或扣分问题的都列入）或 不合格（只列不合格的）", { values: PROBLEM_LIST_SCOPES }),
  col("分项统计", "breakdowns", "choiceList", `正文分组说明哪些：${BREAKDOWNS.join("、")}，用顿号分隔；默认为分组多于一个的各项；填“无”则不分组`, {
    values: BREAKDOWNS,
    valueAliases: { 类别: "单位类别", 单位类型: "单位类别", 地区: "所属地区", 平台: "平台类型", 平台类别: "平台类型" },
  }),
  col("主送机关", "recipients", "text", "必填。如 各县（区）人民政府，市政府各部门", { ...req, aliases: ["主送"], examples: ["各县（区）人民政府，市政府各部门"] }),
  col("成文日期", "signDate", "date", "必填。日期，如 2023-07-20", { ...req, aliases: ["发文日期", "落款日期"], examples: ["2023-07-20"] }),
  col("整改截止日期", "deadline", "dateTime", "日期，可带时刻（2020-09-28 18:00）；正文中带星期印出，如 9月28日（星期一）18:00前", { aliases: ["整改期限", "整改时限"], examples: ["2023-08-04"] }),
  col("调查报送日期", "surveyDeadline", "dateTime", "通知附调查表时：调查表的报送日期，与整改截止日期分别写明", { aliases: ["调查表报送日期", "摸底报送日期"] }),
  col("逾期处理", "overdueNote", "text", "逾期未报送的后果，如 对逾期未进行反馈的部门，年终考核将予以扣分", { aliases: ["逾期说明"] }),
  col("整改报送要求", "reportRequirement", "text", "如 将整改情况加盖公章后通过邮箱报送", { aliases: ["报送要求"] }),
  col("联系人", "contactName", "text", "", { examples: ["张三"] }),
  col("联系电话", "contactPhone", "text", "", { aliases: ["电话"], examples: ["0000-12345678"] }),
  col("电子邮箱", "contactEmail", "text", "", { aliases: ["邮箱", "电子邮件"] }),
  col("附注", "note", "text", "如 此件公开发布", { examples: ["此件公开发布"] }),
  col("抄送", "cc", "text", "抄送机关"),
  col("印发机关", "printer", "text", "填写后才印版记"),
  col("印发日期", "printDate", "date", "日期"),
  col("模板", "template", "text", "内置模板名，或相对工作簿的模板路径"),
];

/** Columns shared by 政府网站 and 政务新媒体 after the name and unit. */
const inspected = (unitNote: string): readonly ColumnSpec[] => [
  col("单位类别", "category", "text", "分组统计用，如 市级部门、县区、乡镇街道", { aliases: ["类别", "单位类型"], examples: ["市级部门", "县区"] }),
  col("所属地区", "region", "text", "分地区统计用", { aliases: ["地区"] }),
  col("是否检查", "checked", "bool", "是（默认）/否；“否”计入运行数但不计入检查数", { examples: ["是", "是"] }),
  col("检查结论", "verdict", "enum", "合格/不合格；为空时按突出问题和得分推定", {
    values: VERDICTS,
    valueAliases: VERDICT_ALIASES,
    aliases: ["检查结果", "是否合格"],
    examples: ["合格", "不合格"],
  }),
  col("得分", "score", "number", "数字，可不填", { aliases: ["分数"], examples: [95, 55] }),
  col("突出问题", "vetoes", "list", "单项否决问题，多项用顿号、逗号、分号或换行分隔", { aliases: ["单项否决问题", "否决问题", "单项否决"], examples: ["", "内容更新不及时"] }),
  col("扣分问题", "deductions", "list", "扣分问题，多项用顿号、逗号、分号或换行分隔", { examples: ["", "互动回应不及时"] }),
  col("问题描述", "description", "text", "同类问题且描述相同的行在通报中合并列出单位", { aliases: ["存在问题", "问题详情"], examples: ["", "监测时间点前2周内无更新"] }),
  col("整改情况", "rectification", "enum", "已整改/整改中/未整改", { values: RECTIFICATION, valueAliases: RECTIFICATION_ALIASES, aliases: ["整改状态"], examples: ["", "整改中"] }),
  col("备注", "remark", "text", unitNote),
];

const serial = col("序号", null, "text", "输入时忽略", { examples: [1, 2] });

const WEBSITE_COLUMNS: readonly ColumnSpec[] = [
  serial,
  col("网站名称", "name", "text", "必填", { ...req, aliases: ["名称"], examples: ["某市人民政府门户网站", "某县人民政府门户网站"] }),
  col("网站标识码", "code", "text", "", { aliases: ["标识码"], examples: ["0000000001", "0000000002"] }),
  col("网址", "url", "text", "", { aliases: ["URL", "网站地址", "域名"], examples: ["www.example.gov.cn", "www.example2.gov.cn"] }),
  col("主办单位", "unit", "text", "必填。对该网站负责的单位", { ...req, aliases: ["责任单位", "开设主体"], examples: ["某市人民政府办公室", "某县人民政府办公室"] }),
  ...inspected(""),
];

const ACCOUNT_COLUMNS: readonly ColumnSpec[] = [
  serial,
  col("账号名称", "name", "text", "必填", { ...req, aliases: ["名称", "新媒体名称", "账号"], examples: ["某市发布", "某县发布"] }),
  col("平台类型", "platform", "enum", `必填。${PLATFORMS.join("/")}；微信公众号等自动归为“微信”`, {
    ...req,
    values: PLATFORMS,
    valueAliases: PLATFORM_ALIASES,
    keepWritten: "platformText",
    aliases: ["账号类型", "所属平台", "平台"],
    examples: ["微信", "微博"],
  }),
  col("开设主体", "unit", "text", "必填。对该账号负责的单位", { ...req, aliases: ["主办单位", "责任单位"], examples: ["某市人民政府办公室", "某县人民政府办公室"] }),
  ...inspected(""),
  col("发布信息数", "published", "int", "本期发布信息条数", { aliases: ["公开信息条数", "发布数"], examples: [120, 3] }),
  col("开通时间", "openedAt", "date", "日期", { aliases: ["开设时间"] }),
  col("粉丝量", "fans", "int", "整数，可写 1.2万", { aliases: ["粉丝数", "关注数"] }),
  col("阅读量", "reads", "int", "整数，可写 3.5万", { aliases: ["阅读数"] }),
  col("认证主体", "certifier", "text", "平台上认证的主体名称"),
  col("运营单位", "operator", "text", ""),
  col("运营模式", "operationMode", "text", "如 自主运营、委托运营"),
  col("经费保障", "funding", "text", "如 2万元/年"),
  col("推送频率", "pushFrequency", "text", "如 每日1次、每周3次"),
  col("运营人数", "staffCount", "int", "整数"),
  col("运营状态", "status", "text", "如 正常运营、已注销"),
  col("基本功能", "functions", "text", "如 发布、传播、互动、引导、办事"),
  col("整改措施", "measure", "enum", "保留/变更/关停/注销", { values: MEASURES, valueAliases: { 整合: "变更", 关闭: "关停", 停用: "关停" }, aliases: ["清理整合措施"] }),
  col("负责人", "manager", "text", ""),
  col("联系电话", "phone", "text", "负责人的联系电话", { aliases: ["电话", "负责人电话"] }),
  col("联系人", "contact", "text", ""),
  col("联系人电话", "contactPhone", "text", "", { aliases: ["联系人联系电话"] }),
];

/** 问题类型 as written in 问题清单 → the Problem schema's kind. */
export const PROBLEM_KIND_LABELS = { 单项否决: "veto", 扣分: "deduction" } as const;

const PROBLEM_COLUMNS: readonly ColumnSpec[] = [
  serial,
  col("对象类型", "targetType", "enum", "政府网站/政务新媒体；为空时填了平台类型的为政务新媒体，否则为政府网站", {
    values: PROBLEM_TARGETS,
    valueAliases: { 网站: "政府网站", 新媒体: "政务新媒体", 账号: "政务新媒体" },
    aliases: ["类型", "检查对象类型"],
  }),
  col("对象名称", "name", "text", "必填。网站名称或账号名称，与政府网站、政务新媒体工作表中的名称一致", { ...req, aliases: ["网站名称", "账号名称", "名称", "新媒体名称", "检查对象"] }),
  col("网站标识码", "siteCode", "text", "填写时按标识码对应网站", { aliases: ["标识码"] }),
  col("平台类型", "platform", "enum", "政务新媒体的平台", { values: PLATFORMS, valueAliases: PLATFORM_ALIASES, aliases: ["账号类型", "所属平台", "平台"] }),
  col("责任单位", "unit", "text", "主办单位或开设主体；对象不在政府网站、政务新媒体工作表中时必填", { aliases: ["主办单位", "开设主体"] }),
  col("问题类型", "kind", "enum", "单项否决/扣分；为空时按问题分类对照全国检查指标推定", {
    values: Object.keys(PROBLEM_KIND_LABELS),
    valueAliases: { 否决: "单项否决", 单项否决指标: "单项否决", 突出问题: "单项否决", veto: "单项否决", 扣分指标: "扣分", 扣分问题: "扣分", 扣分项: "扣分", 扣分情形: "扣分", 一般问题: "扣分", deduction: "扣分", 否决项: "单项否决", 单项否决项: "单项否决", 单项否决情形: "单项否决" },
    aliases: ["问题性质"],
  }),
  col("问题分类", "category", "text", "必填。如 栏目不更新、内容更新不及时", { ...req, aliases: ["问题类别", "指标", "检查指标", "问题项"] }),
  col("问题描述", "description", "text", "同一对象的多条描述用“；”连接", { aliases: ["问题详情", "具体问题", "问题说明"] }),
  col("扣分分值", "points", "number", "扣分问题所扣分数，可不填", { aliases: ["扣分", "扣分值", "分值"] }),
  col("发现时间", "foundAt", "text", "保留，不写入通报", { aliases: ["发现日期", "检查时间"] }),
  col("链接", "link", "text", "保留，不写入通报", { aliases: ["问题链接", "链接地址"] }),
  col("截图", "screenshot", "text", "保留，不写入通报", { aliases: ["问题截图"] }),
];

const PUBLICATION_COLUMNS: readonly ColumnSpec[] = [
  serial,
  col("单位名称", "unit", "text", "必填。名为“合计”的行只用于核对，不计入", { ...req, aliases: ["单位"], examples: ["某镇人民政府", "某县教育局"] }),
  col("单位类别", "category", "text", "必填。如 乡镇（街道）、县级部门", { ...req, aliases: ["类别", "单位类型"], examples: ["乡镇（街道）", "县级部门"] }),
  col("主动公开信息条数", "published", "int", "必填。整数", { ...req, aliases: ["公开信息条数", "发布信息数"], examples: [56, 31] }),
  col("报送数", "submitted", "int", "整数，可不填", { aliases: ["报送信息数"], examples: [10, 4] }),
  col("采纳数", "adopted", "int", "整数，不大于报送数", { aliases: ["采纳信息数", "采用数"], examples: [6, 2] }),
];

const INTERACTION_COLUMNS: readonly ColumnSpec[] = [
  serial,
  col("渠道", "channel", "text", "必填。如 县长信箱、部门信箱、我为政府网站找错", { ...req, aliases: ["互动渠道", "栏目"], examples: ["县长信箱", "我为政府网站找错"] }),
  col("收到数", "received", "int", "必填。整数", { ...req, aliases: ["收到留言数", "受理数", "收件数"], examples: [120, 15] }),
  col("办结数", "closed", "int", "整数，不大于收到数", { aliases: ["办理数", "答复数"], examples: [118, 15] }),
  col("按期办结数", "closedOnTime", "int", "整数，不大于办结数", { aliases: ["按时办结数", "按期答复数"], examples: [110, 14] }),
];

const FOLLOW_UP_COLUMNS: readonly ColumnSpec[] = [
  serial,
  col("对象类型", "targetType", "enum", TARGET_TYPES.join("/"), { values: TARGET_TYPES, valueAliases: { 网站: "政府网站", 新媒体: "政务新媒体" }, examples: ["政务新媒体"] }),
  col("对象名称", "name", "text", "必填", { ...req, aliases: ["名称"], examples: ["某局发布"] }),
  col("责任单位", "unit", "text", "", { aliases: ["主办单位", "开设主体"], examples: ["某局"] }),
  col("问题", "problem", "text", "上期通报的问题", { aliases: ["问题描述", "存在问题"], examples: ["内容更新不及时"] }),
  col("整改状态", "status", "enum", `必填。${RECTIFICATION.join("/")}`, { ...req, values: RECTIFICATION, valueAliases: RECTIFICATION_ALIASES, aliases: ["整改情况"], examples: ["已整改"] }),
  col("是否按时反馈", "reportedOnTime", "bool", "是/否", { aliases: ["按时反馈"], examples: ["是"] }),
];

const SECTION_COLUMNS: readonly ColumnSpec[] = [
  col("章节", "section", "enum", `必填。${SECTIONS.join("/")}`, { ...req, values: SECTIONS, valueAliases: { 经验做法: "主要工作" }, examples: ["工作要求"] }),
  col("内容", "text", "text", "必填。一行一段，原样保留", { ...req, aliases: ["正文", "段落"], examples: ["各单位要高度重视，认真对照问题逐项整改。"] }),
  col("标题", "title", "text", "可不填；填写后替换该章节的标题，如 经验做法、本季度抽查发现的主要问题", { aliases: ["章节标题"] }),
];

/** The sheets, in template order. */
export const SHEETS: readonly SheetSpec[] = [
  { key: "notice", name: "通报信息", aliases: ["基本信息"], layout: "keyValue", columns: NOTICE_ITEMS, note: "两列：项目 | 内容" },
  { key: "websites", name: "政府网站", aliases: ["网站"], layout: "table", columns: WEBSITE_COLUMNS, note: "每个网站一行" },
  { key: "accounts", name: "政务新媒体", aliases: ["新媒体"], layout: "table", columns: ACCOUNT_COLUMNS, note: "每个账号一行" },
  { key: "problems", name: "问题清单", aliases: ["问题明细", "检查问题清单"], layout: "table", columns: PROBLEM_COLUMNS, note: "每个问题一行，按对象合并入政府网站、政务新媒体" },
  {
    key: "publications",
    name: "信息发布统计",
    aliases: ["信息公开统计"],
    layout: "table",
    columns: PUBLICATION_COLUMNS,
    note: "每个单位一行；其他数值列（如 动态类信息条数）按表头分类合计",
    extras: "extra",
  },
  { key: "interactions", name: "互动交流", aliases: ["互动交流统计"], layout: "table", columns: INTERACTION_COLUMNS, note: "每个渠道一行" },
  { key: "followUps", name: "上期整改", aliases: ["整改情况"], layout: "table", columns: FOLLOW_UP_COLUMNS, note: "上期通报问题每条一行" },
  { key: "sections", name: "正文", aliases: ["正文段落"], layout: "table", columns: SECTION_COLUMNS, note: "每段一行" },
];

/** Headers of the 通报信息 sheet. */
export const KEY_VALUE_HEADERS = { item: "项目", value: "内容" } as const;

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown sheet ${key}`);
  return spec;
}

/** A header or sheet name as compared: no spaces (half- or full-width), no `*`, full-width folded, lower case. */
export function headerKey(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000*]/g, "")
    .toLowerCase();
}

/** The column a header names, by canonical header or alias; a trailing unit note such as （条） is tolerated. */
export function findColumn(columns: readonly ColumnSpec[], header: string): ColumnSpec | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  const match = (k: string) => columns.find((c) => headerKey(c.header) === k) ?? columns.find((c) => c.aliases.some((a) => headerKey(a) === k));
  return match(key) ?? match(key.replace(/\([^()]*\)$/, ""));
}

/**
 * The sheet spec a worksheet name designates, or undefined: by canonical name or alias, else the one
 * canonical name the worksheet name contains (政务新媒体检查结果 → 政务新媒体).
 */
export function findSheet(name: string): SheetSpec | undefined {
  const key = headerKey(name);
  const exact = SHEETS.find((s) => headerKey(s.name) === key) ?? SHEETS.find((s) => s.aliases.some((a) => headerKey(a) === key));
  if (exact) return exact;
  const containing = SHEETS.filter((s) => key.includes(headerKey(s.name)));
  if (containing.length === 1) return containing[0];
  // 政务新媒体问题清单, 网站问题明细: a problem list of one kind of item.
  const problems = SHEETS.find((s) => s.key === "problems")!;
  if ([problems.name, ...problems.aliases].some((n) => key.endsWith(headerKey(n)))) return problems;
  return undefined;
}
