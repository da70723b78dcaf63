/**
 * 政务新媒体建设情况调查表 (附件1 of a 调查通知, after the 君山 seed): one form per account, pre-filled
 * from the workbook's registry columns and left blank where the workbook has no value.
 */
import type { FormBlock } from "../outline.js";
import type { Account } from "../schema.js";
import { formatDate } from "../format/date.js";

const FUNCTIONS = ["发布", "传播", "引导", "互动", "办事"].map((f) => `是否具备${f}功能 是□ 否□`).join("　");

/** The 8 questions of 信息更新情况 in the reference form, each 是□ 否□ 未涉及□. */
const UPDATES = [
  "动态类栏目每两周内是否予以更新？",
  "通知公告类每半年内是否予以更新？",
  "政策文件类每半年内是否予以更新？",
  "人事信息类每一年内是否予以更新？",
  "规划计划类每一年内是否予以更新？",
  "其它应更新栏目是否予以更新？",
  "政务服务类栏目是否可以在线办事？",
  "政民互动类栏目是否7日内予以回复？",
]
  .map((q) => `${q} 是□ 否□ 未涉及□`)
  .join("　");

/** 自营□ 购买服务□ with the box of the workbook's 运营模式 ticked (☑); both open when it says neither. */
export function operationModeBoxes(mode: string | undefined): string {
  const own = mode !== undefined && /自营|自主|自行/.test(mode);
  const bought = mode !== undefined && /购买|外包|委托|第三方/.test(mode);
  return `自营${own && !bought ? "☑" : "□"} 购买服务${bought && !own ? "☑" : "□"}`;
}

const label = (text: string) => ({ text, label: true });
const value = (text: string, span?: number) => ({ text, ...(span ? { span } : {}) });

/** The printed values of one form, blank ("") where unknown. */
interface SurveyValues {
  unit: string;
  name: string;
  openedAt: string;
  fans: string;
  reads: string;
  funding: string;
  mode: string;
  /** 分管领导 (负责人) and its phone; 网站管理员 (联系人), its phone and QQ. */
  manager: string;
  phone: string;
  admin: string;
  adminPhone: string;
}

const text = (v: string | number | undefined): string => (v === undefined ? "" : String(v));
const UNKNOWN_FUNDING = "\u3000\u3000元/年";

/** The reference form's rows on a grid of six columns. */
function formOf(v: SurveyValues): FormBlock {
  return {
    kind: "form",
    rows: [
      { cells: [label("填报单位"), value(v.unit, 5)] },
      { cells: [label("政务新媒体名称"), value(v.name, 2), label("开通时间"), value(v.openedAt, 2)] },
      { cells: [label("粉丝量"), value(v.fans, 2), label("阅读量"), value(v.reads, 2)] },
      { cells: [label("运维模式"), value(v.mode, 2), label("经费保障"), value(v.funding, 2)] },
      { cells: [label("分管领导"), value(v.manager, 2), label("联系方式"), value(v.phone, 2)] },
      { cells: [label("网站管理员"), value(v.admin), label("联系方式"), value(v.adminPhone), label("QQ号码"), value("")] },
      { cells: [label("功能建设情况"), value(FUNCTIONS, 5)] },
      { cells: [label("信息更新情况"), value(UPDATES, 5)] },
      { cells: [label("部门签字盖章"), value("", 5)] },
    ],
  };
}

/** The form of one account, pre-filled from the registry columns. */
export function surveyForm(unit: string, account: Account): FormBlock {
  return formOf({
    unit,
    name: `${account.name}（${account.platformText ?? account.platform}）`,
    openedAt: account.openedAt ? formatDate(account.openedAt) : "",
    fans: text(account.fans),
    reads: text(account.reads),
    funding: account.funding ?? UNKNOWN_FUNDING,
    mode: operationModeBoxes(account.operationMode),
    manager: text(account.manager),
    phone: text(account.phone),
    admin: text(account.contact),
    adminPhone: text(account.contactPhone),
  });
}

/** The form left blank, as the 君山 seed prints it, for a notice with too many accounts to pre-fill. */
export const blankSurveyForm = (): FormBlock =>
  formOf({ unit: "", name: "", openedAt: "", fans: "", reads: "", funding: UNKNOWN_FUNDING, mode: operationModeBoxes(undefined), manager: "", phone: "", admin: "", adminPhone: "" });
