import { describe, expect, it } from "vitest";
import { operationModeBoxes, surveyForm } from "../../src/compose/survey-form.js";
import { sampleInspection } from "../units/sample-inspection.js";

const [edu, finance, safety] = sampleInspection().accounts;
const cellsOf = (f: ReturnType<typeof surveyForm>) => f.rows.map((r) => r.cells.map((c) => c.text));

describe("surveyForm", () => {
  it("pre-fills the registry columns the workbook has", () => {
    const rows = cellsOf(surveyForm("示例市财政局", finance!));
    expect(rows[0]).toEqual(["填报单位", "示例市财政局"]);
    expect(rows[1]).toEqual(["政务新媒体名称", "财政发布（微博）", "开通时间", ""]);
    expect(rows[2]).toEqual(["粉丝量", "300", "阅读量", ""]);
    expect(rows[3]).toEqual(["运维模式", "自营□ 购买服务☑", "经费保障", "5000元/年"]);
    expect(rows[4]).toEqual(["分管领导", "李强", "联系方式", "13800000000"]);
  });

  it("has every field of the 君山 reference: 网站管理员, QQ号码, 5 功能建设 and 8 信息更新 questions with boxes", () => {
    const rows = cellsOf(surveyForm("示例市财政局", { ...finance!, contact: "王芳", contactPhone: "0730-1234567" }));
    expect(rows[5]).toEqual(["网站管理员", "王芳", "联系方式", "0730-1234567", "QQ号码", ""]);
    expect(rows[6]?.[0]).toBe("功能建设情况");
    expect(rows[6]?.[1]?.match(/是否具备..功能 是□ 否□/g)).toHaveLength(5);
    expect(rows[7]?.[0]).toBe("信息更新情况");
    expect(rows[7]?.[1]?.match(/是□ 否□ 未涉及□/g)).toHaveLength(8);
    expect(rows[7]?.[1]).toContain("政民互动类栏目是否7日内予以回复？");
    expect(rows[8]?.[0]).toBe("部门签字盖章");
  });

  it("leaves the cells blank where the workbook has no value", () => {
    const rows = cellsOf(surveyForm("示例市应急管理局", safety!));
    expect(rows[2]).toEqual(["粉丝量", "", "阅读量", ""]);
    expect(rows[3]?.[1]).toBe("自营□ 购买服务□");
    expect(rows[4]).toEqual(["分管领导", "", "联系方式", ""]);
  });

  it("prints the opening date in Chinese form", () => {
    const rows = cellsOf(surveyForm("示例市教育局", { ...edu!, openedAt: "2019-06-16" }));
    expect(rows[1]?.[3]).toBe("2019年6月16日");
  });
});

describe("operationModeBoxes", () => {
  it("ticks 自营 for self-run accounts and leaves both open for unclear modes", () => {
    expect(operationModeBoxes("自营")).toBe("自营☑ 购买服务□");
    expect(operationModeBoxes("委托第三方运营")).toBe("自营□ 购买服务☑");
    expect(operationModeBoxes("自营+购买服务")).toBe("自营□ 购买服务□");
    expect(operationModeBoxes(undefined)).toBe("自营□ 购买服务□");
  });
});
