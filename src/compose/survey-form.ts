/**
 * 政务新媒体建设情况调查表 (附件1 of a 调查通知, after the 君山 seed): one form per account, pre-filled
 * from the workbook's registry columns and left blank where the workbook has no value.
 */
import type { FormBlock } from "../outline.js";
import type { Account } from "../schema.js";
import { formatDate } from "../format/date.js";

const FUNCTIONS = ["发布", "传播", "引导", "互动", "办事"].map((f) => `是否具备${f}功能 是□ 否□`).join("　");

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
  manager: string;
  phone: string;
  operator: string;
  staff: string;
}

const text = (v: string | number | undefined): string => (v === undefined ? "" : String(v));
const UNKNOWN_FUNDING = "\u3000\u3000元/年";

function formOf(v: SurveyValues): FormBlock {
  return {
    kind: "form",
    rows: [
      { cells: [label("填报单位"), value(v.unit, 3)] },
      { cells: [label("政务新媒体名称"), value(v.name), label("开通时间"), value(v.openedAt)] },
      { cells: [label("粉丝量"), value(v.fans), label("阅读量"), value(v.reads)] },
      { cells: [label("运维模式"), value(v.mode), label("经费保障"), value(v.funding)] },
      { cells: [label("负责人"), value(v.manager), label("联系方式"), value(v.phone)] },
      { cells: [label("运营单位"), value(v.operator), label("运营人数"), value(v.staff)] },
      { cells: [label("功能建设情况"), value(FUNCTIONS, 3)] },
      { cells: [label("部门签字盖章"), value("", 3)] },
    ],
  };
}

/** The form of one account, pre-filled from the registry columns. */
export function surveyForm(unit: string, account: Account): FormBlock {
  return formOf({
    unit,
    name: `${account.name}（${account.platform}）`,
    openedAt: account.openedAt ? formatDate(account.openedAt) : "",
    fans: text(account.fans),
    reads: text(account.reads),
    funding: account.funding ?? UNKNOWN_FUNDING,
    mode: operationModeBoxes(account.operationMode),
    manager: text(account.manager),
    phone: text(account.phone),
    operator: text(account.operator),
    staff: text(account.staffCount),
  });
}

/** The form left blank, as the 君山 seed prints it, for a notice with too many accounts to pre-fill. */
export const blankSurveyForm = (): FormBlock =>
  formOf({ unit: "", name: "", openedAt: "", fans: "", reads: "", funding: UNKNOWN_FUNDING, mode: operationModeBoxes(undefined), manager: "", phone: "", operator: "", staff: "" });
