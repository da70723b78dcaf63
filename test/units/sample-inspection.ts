/** A small validated inspection for the per-unit tests: three units, one of them clean. */
import { InspectionSchema, type Inspection } from "../../src/schema.js";

export function sampleInspection(overrides: Partial<Inspection["notice"]> = {}): Inspection {
  return InspectionSchema.parse({
    notice: {
      issuer: "示例市人民政府办公室",
      docNumber: "示政办发〔2023〕7号",
      title: "示例市人民政府办公室关于2023年第二季度全市政府网站与政务新媒体检查情况的通报",
      period: "2023-Q2",
      recipients: "各县区人民政府，市各有关单位",
      signDate: "2023-07-05",
      deadline: "2023-08-04",
      reportRequirement: "将整改情况加盖公章后通过邮箱报市政府政务公开办公室",
      contactName: "王明",
      contactPhone: "0519-85681234",
      contactEmail: "gkb@example.gov.cn",
      ...overrides,
    },
    websites: [
      { name: "示例市教育局网站", unit: "示例市教育局", vetoes: ["站点无法访问"], description: "首页连续3天无法打开" },
      { name: "示例市财政局网站", unit: "示例市财政局", score: 92 },
      { name: "示例市教育局招生网", unit: "示例市教育局", score: 55 },
    ],
    accounts: [
      { name: "示例教育", unit: "示例市教育局", platform: "微信", deductions: ["内容更新不及时"], fans: 1200, operationMode: "自营" },
      { name: "财政发布", unit: "示例市财政局", platform: "微博", verdict: "合格", fans: 300, operationMode: "购买服务", funding: "5000元/年", manager: "李强", phone: "13800000000" },
      { name: "安监之声", unit: "示例市应急管理局", platform: "抖音", checked: false },
    ],
  });
}
