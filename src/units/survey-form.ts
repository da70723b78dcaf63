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
const value = (text: string | number | undefined, span?: number) => ({ text: text === undefined ? "" : String(text), ...(span ? { span } : {}) });

export function surveyForm(unit: string, account: Account): FormBlock {
  return {
    kind: "form",
    rows: [
      { cells: [label("填报单位"), value(unit, 3)] },
      { cells: [label("政务新媒体名称"), value(`${account.name}（${account.platform}）`), label("开通时间"), value(account.openedAt && formatDate(account.openedAt))] },
      { cells: [label("粉丝量"), value(account.fans), label("阅读量"), value(account.reads)] },
      { cells: [label("运维模式"), value(operationModeBoxes(account.operationMode)), label("经费保障"), value(account.funding ?? "　　元/年")] },
      { cells: [label("负责人"), value(account.manager), label("联系方式"), value(account.phone)] },
      { cells: [label("运营单位"), value(account.operator), label("运营人数"), value(account.staffCount)] },
      { cells: [label("功能建设情况"), value(FUNCTIONS, 3)] },
      { cells: [label("部门签字盖章"), value("", 3)] },
    ],
  };
}
