/**
 * One invented city, 澄江市, written in the shapes offices paste: the template's own (one row per item,
 * problems in 突出问题 / 扣分问题), a registry plus a 问题清单, an indicator matrix, and a matrix under a
 * title row and a two-row header of merged group titles. Every shape holds the same facts.
 */
import type { SheetDef } from "../helpers/workbook-builder.js";

export const NOTICE: SheetDef = {
  name: "通报信息",
  rows: [
    ["项目", "内容"],
    ["发文机关", "澄江市人民政府办公室"],
    ["检查期间", "2023年第二季度"],
    ["主送机关", "各县（区）人民政府，市政府各部门"],
    ["成文日期", "2023-07-20"],
  ],
};

const W = {
  portal: ["澄江市人民政府门户网站", "3301000001", "澄江市人民政府办公室", "市级门户"],
  edu: ["澄江市教育局网站", "3301000002", "澄江市教育局", "市级部门"],
  fin: ["澄江市财政局网站", "3301000003", "澄江市财政局", "市级部门"],
  civil: ["澄江市民政局网站", "3301000004", "澄江市民政局", "市级部门"],
};
const A = {
  release: ["澄江发布", "微信", "澄江市人民政府办公室"],
  edu: ["澄江教育", "微博", "澄江市教育局"],
  fin: ["澄江财政", "抖音", "澄江市财政局"],
};
const STALE = "通知公告栏目6个月未更新";

/** The template's shape: one row per item, problems listed in its cells. */
export function templateShape(other = "附件无法下载"): SheetDef[] {
  return [
    NOTICE,
    {
      name: "政府网站",
      rows: [
        ["序号", "网站名称", "网站标识码", "主办单位", "单位类别", "得分", "突出问题", "扣分问题", "问题描述"],
        [1, ...W.portal, 92, "", `内容更新不及时、${other}`, ""],
        [2, ...W.edu, "", "栏目不更新", "", STALE],
        [3, ...W.fin, "", "站点无法访问、互动回应差", "", ""],
        [4, ...W.civil, 95, "", "", ""],
      ],
    },
    {
      name: "政务新媒体",
      rows: [
        ["序号", "账号名称", "平台类型", "开设主体", "突出问题", "扣分问题"],
        [1, ...A.release, "", ""],
        [2, ...A.edu, "监测时间点前2周内无更新", ""],
        [3, ...A.fin, "", "内容更新不及时"],
      ],
    },
  ];
}

/** The registry of every running item plus the monitoring platform's problem list. */
export function problemListShape(): SheetDef[] {
  return [
    NOTICE,
    {
      name: "政府网站",
      rows: [
        ["序号", "网站名称", "网站标识码", "主办单位", "单位类别", "得分"],
        [1, ...W.portal, 92],
        [2, ...W.edu, ""],
        [3, ...W.fin, ""],
        [4, ...W.civil, 95],
      ],
    },
    {
      name: "政务新媒体",
      rows: [
        ["账号名称", "平台类型", "开设主体"],
        A.release,
        A.edu,
        A.fin,
      ],
    },
    {
      name: "问题明细",
      rows: [
        ["对象名称", "标识码", "所属平台", "责任单位", "问题类型", "问题分类", "问题描述", "发现时间"],
        [W.portal[0], W.portal[1], "", "", "扣分", "内容更新不及时", "", "2023-06-01"],
        [W.edu[0], "", "", W.edu[2], "", "栏目不更新", STALE, "2023-06-02"],
        [W.fin[0], W.fin[1], "", "", "", "站点无法访问", "", ""],
        [W.fin[0], W.fin[1], "", "", "", "互动回应差", "", ""],
        [A.edu[0], "", "新浪微博", A.edu[2], "", "监测时间点前2周内无更新", "", ""],
        [A.fin[0], "", "抖音", "", "扣分", "内容更新不及时", "", ""],
        [W.portal[0], W.portal[1], "", "", "扣分", "附件无法下载", "", ""],
      ],
    },
  ];
}

/** One column per indicator, ticked or holding the points deducted (compare with templateShape("链接无法访问")). */
export function matrixShape(): SheetDef[] {
  return [
    NOTICE,
    {
      name: "政府网站",
      rows: [
        ["序号", "网站名称", "网站标识码", "主办单位", "单位类别", "得分", "站点无法访问", "首页不更新", "栏目不更新", "互动回应差", "内容更新不及时", "链接无法访问（扣分）", "问题描述"],
        [1, ...W.portal, 92, "", "", "", "", 2, "扣1分", ""],
        [2, ...W.edu, "", "", "", "√", "", "", "", STALE],
        [3, ...W.fin, "", "●", "×", "", "是", 0, "", ""],
        [4, ...W.civil, 95, "", "", "", "", "", "", ""],
      ],
    },
    {
      name: "政务新媒体",
      rows: [
        ["账号名称", "平台类型", "开设主体", "监测时间点前2周内无更新", "未提供有效互动功能", "内容更新不及时"],
        [...A.release, "", "否", ""],
        [...A.edu, "✓", "", ""],
        [...A.fin, "", "", 1],
      ],
    },
  ];
}

/**
 * A title row, then merged group titles (基本信息 | 单项否决指标 | 扣分指标) over the column names; the
 * basic columns merged down both header rows. 附件无法下载 is no national indicator: its group decides.
 */
export function twoRowHeaderShape(): SheetDef[] {
  const blank = ["", "", "", "", "", ""];
  return [
    NOTICE,
    {
      name: "政府网站",
      rows: [
        ["澄江市2023年第二季度政府网站检查结果"],
        ["序号", "网站名称", "网站标识码", "主办单位", "单位类别", "得分", "单项否决指标", "", "", "", "扣分指标", "", "问题描述"],
        [...blank, "站点无法访问", "网站不更新", "栏目不更新", "互动回应差", "内容更新不及时", "附件无法下载", ""],
        [1, ...W.portal, 92, "", "", "", "", "√", "Y", ""],
        [2, ...W.edu, "", "", "", "√", "", "", "", STALE],
        [3, ...W.fin, "", "√", "", "", "√", "", "", ""],
        [4, ...W.civil, 95, "", "", "", "", "", "", ""],
      ],
      merges: ["A1:M1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:J2", "K2:L2", "M2:M3"],
    },
    {
      name: "政务新媒体",
      rows: [
        ["基本信息", "", "", "单项否决", "", "扣分"],
        ["账号名称", "平台类型", "开设主体", "监测时间点前2周内无更新", "未提供有效互动功能", "内容更新不及时"],
        [...A.release, "", "", ""],
        [...A.edu, "√", "", ""],
        [...A.fin, "", "", "√"],
      ],
      merges: ["A1:C1"],
    },
  ];
}
