import { describe, expect, it } from "vitest";
import type { FormBlock, NoticeDocument, TableBlock } from "../../src/outline.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { unitDocument, unitTemplateFor } from "../../src/compose/unit-document.js";
import { sampleInspection } from "../units/sample-inspection.js";

const data = sampleInspection();
const parent = { title: data.notice.title!, info: data.notice };
const groups = groupByUnit(data);
const byUnit = (unit: string) => groups.find((g) => g.unit === unit)!;
const docFor = (unit: string, survey = false) => {
  const g = byUnit(unit);
  const t = unitTemplateFor(g, survey);
  return unitDocument(g, parent, t, builtinTemplate(t));
};
const bodyText = (doc: NoticeDocument) => doc.body.map((b) => ("lead" in b && b.lead ? b.lead.text : "") + b.text).join("\n");

describe("unitDocument: 整改通知单", () => {
  const doc = docFor("示例市教育局");

  it("is addressed to the unit and names the notice it follows", () => {
    expect(doc.kind).toBe("通知");
    expect(doc.title).toBe("关于示例市教育局政府网站和政务新媒体检查发现问题的整改通知单");
    expect(doc.recipients).toBe("示例市教育局");
    expect(bodyText(doc)).toContain(`《${data.notice.title}》（示政办发〔2023〕7号）`);
    expect(doc.signature).toEqual({ issuer: "示例市人民政府办公室", date: "2023年7月5日" });
  });

  it("states what was found, the deadline with its weekday and how to report", () => {
    const text = bodyText(doc);
    expect(text).toContain("政府网站2个、政务新媒体1个");
    expect(text).toContain("检查结论为不合格的2个，存在问题的3个，涉及突出问题1项、扣分问题1项");
    expect(text).toContain("于8月4日（星期五）前填写整改情况反馈表（附件2），将整改情况加盖公章后通过邮箱报市政府政务公开办公室");
    expect(text).toContain("联系人：王明，联系电话：0519-85681234，电子邮箱：gkb@example.gov.cn");
  });

  it("lets a reporting requirement that is a request of its own stand as its own sentence", () => {
    const asked = sampleInspection({ reportRequirement: "请将整改情况加盖公章后报市政府政务公开办公室。" });
    const g = groupByUnit(asked).find((u) => u.unit === "示例市教育局")!;
    const t = unitTemplateFor(g, false);
    const text = bodyText(unitDocument(g, { title: asked.notice.title!, info: asked.notice }, t, builtinTemplate(t)));
    expect(text).toContain("前填写整改情况反馈表（附件2）。请将整改情况加盖公章后报市政府政务公开办公室。");
    expect(text).not.toContain("。。");
  });

  it("attaches the unit's own table and its 整改情况反馈表 with the signature lines", () => {
    expect(doc.attachments.map((a) => a.title)).toEqual(["示例市教育局政府网站和政务新媒体检查情况表", "示例市教育局整改情况反馈表"]);
    const [items] = doc.attachments[0]!.blocks as [TableBlock];
    expect(items.table.rows.map((r) => r[1])).toEqual(["示例市教育局网站", "示例市教育局招生网", "示例教育"]);
    const [feedback, form] = doc.attachments[1]!.blocks as [TableBlock, FormBlock];
    expect(feedback.table.rows).toHaveLength(3);
    expect(form.kind).toBe("form");
  });
});

describe("unitDocument: 检查结果告知", () => {
  it("tells a clean unit its items passed, with its table and no feedback form", () => {
    const doc = docFor("示例市财政局");
    expect(doc.title).toBe("关于示例市财政局政府网站和政务新媒体检查结果的告知");
    expect(bodyText(doc)).toContain("检查结论均为合格");
    expect(doc.attachments.map((a) => a.title)).toEqual(["示例市财政局政府网站和政务新媒体检查情况表"]);
  });

  it("says so when none of the unit's items was checked", () => {
    const doc = docFor("示例市应急管理局");
    expect(doc.title).toBe("关于示例市应急管理局政务新媒体检查结果的告知");
    expect(bodyText(doc)).toContain("你单位政务新媒体1个本次未列入检查");
  });
});

describe("unitDocument: 调查通知", () => {
  it("gives the unit one pre-filled 调查表 per account and its rows of the 排查表", () => {
    const doc = docFor("示例市财政局", true);
    expect(doc.title).toBe("关于报送示例市财政局政务新媒体建设情况的通知");
    expect(doc.attachments.map((a) => a.title)).toEqual(["示例市财政局政务新媒体建设情况调查表", "示例市财政局政务新媒体排查及清理整合情况表"]);
    const forms = doc.attachments[0]!.blocks.filter((b) => b.kind === "form");
    expect(forms).toHaveLength(1);
    const [registry] = doc.attachments[1]!.blocks as [TableBlock];
    expect(registry.table.rows.map((r) => r[1])).toEqual(["财政发布"]);
  });
});
