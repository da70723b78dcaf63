import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../src/outline.js";
import { InspectionSchema } from "../../src/schema.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { isSurvey, MAX_PREFILLED_FORMS, REGISTRY_TITLE, SURVEY_TITLE, surveyNotice } from "../../src/compose/survey-notice.js";
import { sampleInspection } from "../units/sample-inspection.js";

const notice = (data: ReturnType<typeof sampleInspection>) => surveyNotice(data, builtinTemplate("调查通知"));
const text = (doc: ReturnType<typeof notice>) => doc.body.map((b) => ("lead" in b && b.lead ? b.lead.text : "") + b.text).join("\n");

describe("isSurvey", () => {
  it("is chosen by --template, by the workbook's 模板 or by 文种 = 通知", () => {
    expect(isSurvey(sampleInspection(), "调查通知")).toBe(true);
    expect(isSurvey(sampleInspection({ template: "调查通知" }), undefined)).toBe(true);
    expect(isSurvey(sampleInspection({ kind: "通知" }), undefined)).toBe(true);
    expect(isSurvey(sampleInspection({ kind: "通知" }), "季度通报")).toBe(false);
    expect(isSurvey(sampleInspection(), undefined)).toBe(false);
  });
});

describe("surveyNotice", () => {
  const data = sampleInspection({ title: undefined });
  const doc = notice(data);

  it("is a 通知 titled after its subject, with the default wording of the 君山 seed", () => {
    expect(doc.kind).toBe("通知");
    expect(doc.title).toBe("示例市人民政府办公室关于全市政务新媒体排查及清理整合工作的通知");
    expect(doc.body.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["一、涉及范围", "二、工作内容", "三、工作要求"]);
    expect(text(doc)).toContain("已登记政务新媒体3个，涉及3个开设主体");
    expect(text(doc)).toContain("于8月4日（星期五）前");
  });

  it("attaches one 调查表 per account and the 排查表 with one row per account", () => {
    expect(doc.attachments.map((a) => a.title)).toEqual([SURVEY_TITLE, REGISTRY_TITLE]);
    expect(doc.attachments[0]!.blocks.filter((b) => b.kind === "form")).toHaveLength(3);
    const [registry] = doc.attachments[1]!.blocks as [TableBlock];
    expect(registry.table.rows).toHaveLength(3);
    expect(registry.table.columns.find((c) => c.header === "主办单位")?.merge).toBe(true);
  });

  it("uses the 正文 sheet's paragraphs in place of the default wording", () => {
    const custom = InspectionSchema.parse({ ...data, sections: [{ section: "主要工作", text: "（一）全面摸底。各单位逐一核对账号。" }] });
    const body = text(notice(custom));
    expect(body).toContain("各单位逐一核对账号。");
    expect(body).not.toContain("做好政务新媒体备案报送工作");
  });
});

describe("surveyNotice with more accounts than it pre-fills", () => {
  it("carries one blank 调查表 and still lists every account in the 排查表", () => {
    const base = sampleInspection();
    const accounts = Array.from({ length: MAX_PREFILLED_FORMS + 1 }, (_, i) => ({ name: `账号${i}`, unit: `单位${i % 7}`, platform: "微信" }));
    const doc = notice(InspectionSchema.parse({ ...base, websites: [], accounts }));
    const forms = doc.attachments[0]!.blocks.filter((b) => b.kind === "form");
    expect(forms).toHaveLength(1);
    expect(forms[0]!.kind === "form" && forms[0]!.rows[0]!.cells[1]!.text).toBe("");
    expect(text({ ...doc, body: doc.attachments[0]!.blocks.filter((b) => b.kind === "paragraph") })).toContain(`本次涉及政务新媒体${MAX_PREFILLED_FORMS + 1}个`);
    const [registry] = doc.attachments[1]!.blocks as [TableBlock];
    expect(registry.table.rows).toHaveLength(MAX_PREFILLED_FORMS + 1);
  });
});

describe("surveyNotice text from the workbook", () => {
  it("prints a 正文 row that starts with 附件： as a paragraph instead of reading it as an attachment", () => {
    const data = InspectionSchema.parse({ ...sampleInspection(), sections: [{ section: "结尾", text: "附件：各单位账号清单以系统导出为准。" }] });
    const doc = notice(data);
    expect(text(doc)).toContain("附件：各单位账号清单以系统导出为准。");
    expect(doc.attachments.map((a) => a.title)).toEqual([SURVEY_TITLE, REGISTRY_TITLE]);
  });

  it("ends a 整改报送要求 written with its 。 with one 。", () => {
    const body = text(notice(sampleInspection({ reportRequirement: "经单位主要负责人签字并加盖公章后报市政务公开办。" })));
    expect(body).toContain("将附件1、附件2经单位主要负责人签字并加盖公章后报市政务公开办。");
    expect(body).not.toContain("。。");
  });

  it("lets a 整改报送要求 that is a request of its own stand as its own sentence", () => {
    const body = text(notice(sampleInspection({ reportRequirement: "请将上述材料加盖公章后报送。" })));
    expect(body).toContain("前将附件1、附件2报送示例市人民政府办公室。请将上述材料加盖公章后报送。");
  });
});
