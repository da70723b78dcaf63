/**
 * Every document kind prints the shared fields the same way: the same workbook composed as a 通报, as
 * the 整改通知单 and 检查结果告知 of its units and as a 调查通知 gives the same contact line, deadline,
 * reporting line, object names, signature and escaped 正文 paragraphs.
 */
import { describe, expect, it } from "vitest";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { compose } from "../../src/compose/compose.js";
import { contactLine, noticeFields, objectsOf, paragraphs } from "../../src/compose/notice-fields.js";
import { unitDocument, unitTemplateFor } from "../../src/compose/unit-document.js";
import type { NoticeDocument } from "../../src/outline.js";
import { readTemplateSet } from "../../src/read/read-template.js";
import { InspectionSchema } from "../../src/schema.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { sampleInspection } from "../units/sample-inspection.js";
import { bodyText } from "./helpers.js";

const data = InspectionSchema.parse({
  ...sampleInspection({ title: undefined, reportRequirement: "加盖公章后报市政府政务公开办公室。" }),
  sections: [{ section: "结尾", text: "附件：各单位名单另行印发。" }],
});
const notice = compose(data, readTemplateSet("季度通报")).document;
const survey = compose(data, { ...builtinTemplate("调查通知"), kind: "survey" }).document;
const unitDoc = (unit: string) => {
  const group = groupByUnit(data).find((g) => g.unit === unit)!;
  const template = unitTemplateFor(group, false);
  return unitDocument(group, { title: notice.title, info: data.notice }, template, builtinTemplate(template));
};
const rectify = unitDoc("示例市教育局");
const clean = unitDoc("示例市财政局");
const kinds: [string, NoticeDocument][] = [["通报", notice], ["整改通知单", rectify], ["检查结果告知", clean], ["调查通知", survey]];

describe("the shared notice fields", () => {
  it("give one contact line, 联系人：…，联系电话：…，电子邮箱：…。, to every kind", () => {
    const line = "联系人：王明，联系电话：0519-85681234，电子邮箱：gkb@example.gov.cn。";
    expect(contactLine(data.notice)).toBe(line);
    for (const [kind, doc] of kinds) expect(doc.body.map((b) => b.text), kind).toContain(line);
  });

  it("give one deadline with its weekday to every kind that sets one", () => {
    expect(noticeFields(data.notice, "").deadlineWithWeekday).toBe("8月4日（星期五）");
    for (const [kind, doc] of [["通报", notice], ["整改通知单", rectify], ["调查通知", survey]] as const) expect(bodyText(doc), kind).toContain("于8月4日（星期五）前");
  });

  it("give the year with the deadline when it falls in another year than the 成文日期", () => {
    expect(noticeFields({ ...data.notice, signDate: "2023-12-20", deadline: "2024-01-05" }, "").deadlineWithWeekday).toBe("2024年1月5日（星期五）");
  });

  it("give one reporting line, its final 。 dropped so each kind can go on after it", () => {
    for (const [kind, doc] of [["通报", notice], ["整改通知单", rectify], ["调查通知", survey]] as const) {
      expect(bodyText(doc), kind).toContain("加盖公章后报市政府政务公开办公室。");
      expect(bodyText(doc), kind).not.toContain("。。");
    }
  });

  it("name what was inspected one way, 政府网站和政务新媒体, in the notice and the units' documents", () => {
    expect([objectsOf(2, 1), objectsOf(2, 0), objectsOf(0, 1), objectsOf(0, 0)]).toEqual(["政府网站和政务新媒体", "政府网站", "政务新媒体", "政务公开"]);
    expect(notice.title).toBe("示例市人民政府办公室关于2023年第二季度全市政府网站和政务新媒体检查情况的通报");
    expect(rectify.title).toBe("关于示例市教育局政府网站和政务新媒体检查发现问题的整改通知单");
    expect(clean.attachments[0]?.title).toBe("示例市财政局政府网站和政务新媒体检查情况表");
  });

  it("sign every kind with the 发文机关 and the 成文日期 in official form", () => {
    for (const [kind, doc] of kinds) expect(doc.signature, kind).toEqual({ issuer: "示例市人民政府办公室", date: "2023年7月5日" });
  });

  it("print a 正文 row that starts like a field (附件：…) as text in every kind that prints the 正文", () => {
    expect(paragraphs(data.sections, "结尾")).toEqual(["正文：附件：各单位名单另行印发。"]);
    for (const [kind, doc] of [["通报", notice], ["调查通知", survey]] as const) {
      expect(doc.body.map((b) => b.text), kind).toContain("附件：各单位名单另行印发。");
      expect(doc.attachments.map((a) => a.title), kind).not.toContain("各单位名单另行印发。");
    }
  });
});
