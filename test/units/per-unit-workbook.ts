/** A workbook whose responsible units have hostile names, for the per-unit tests. */
import { writeWorkbook, type SheetDef } from "../helpers/workbook-builder.js";

export const LONG_UNIT = "局".repeat(600);

/** Item name → its unit, and the units that have something to rectify. */
export const ITEMS: Record<string, string> = {
  某市门户网站: "某市人民政府办公室",
  教育网: "../../x",
  护照网: "/etc/passwd",
  长名网: LONG_UNIT,
  某市发布: "某市人民政府办公室",
  怪名号: "a\\b:c*d?e",
  设备号: "CON",
  星号: "***",
  小写号: "con",
};
export const PROBLEM_UNITS = ["../../x", "/etc/passwd", "a\\b:c*d?e", "***"];
export const UNITS = [...new Set(Object.values(ITEMS))];

export function perUnitSheets(template?: string): SheetDef[] {
  return [
    {
      name: "通报信息",
      rows: [
        ["项目", "内容"],
        ["发文机关", "某市人民政府办公室"],
        ["发文字号", "某政公开办发〔2023〕19号"],
        ["标题", "某市2023年第二季度政府网站与政务新媒体检查情况的通报"],
        ["检查期间", "2023年第二季度"],
        ["主送机关", "各县（区）人民政府，市政府各部门"],
        ["成文日期", "2023-07-20"],
        ["整改截止日期", "2023-08-04"],
        ["联系人", "王明"],
        ["联系电话", "0519-85681234"],
        ...(template ? [["模板", template]] : []),
      ],
    },
    {
      name: "政府网站",
      rows: [
        ["网站名称", "主办单位", "检查结论", "突出问题", "扣分问题"],
        ["某市门户网站", "某市人民政府办公室", "合格", "", ""],
        ["教育网", "../../x", "不合格", "站点无法访问", ""],
        ["护照网", "/etc/passwd", "合格", "", "链接无法访问"],
        ["长名网", LONG_UNIT, "合格", "", ""],
      ],
    },
    {
      name: "政务新媒体",
      rows: [
        ["账号名称", "开设主体", "平台类型", "检查结论", "突出问题", "扣分问题", "粉丝量", "运营模式", "负责人"],
        ["某市发布", "某市人民政府办公室", "微信", "合格", "", "", 1200, "自营", "赵敏"],
        ["怪名号", "a\\b:c*d?e", "微博", "", "监测时间点前2周内无更新", "", "", "", ""],
        ["设备号", "CON", "抖音", "合格", "", "", 35, "购买服务", ""],
        ["星号", "***", "快手", "合格", "", "内容更新不及时", "", "", ""],
        ["小写号", "con", "微信", "合格", "", "", "", "", ""],
      ],
    },
  ];
}

export const writePerUnitWorkbook = (template?: string) => writeWorkbook(perUnitSheets(template));
