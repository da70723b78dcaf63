/** Edge cases real offices hit: each must give a sensible notice, never an empty heading, a dangling 其中, 0家 or a rate of nothing. */
import { describe, expect, it } from "vitest";
import { InspectionSchema, type Inspection } from "../../src/schema.js";
import { bodyText, composeBuiltin } from "./helpers.js";

const notice = { issuer: "某县人民政府办公室", recipients: "各乡镇人民政府", signDate: "2023-07-05", period: "2023-Q2", scope: "全县" };
const data = (partial: Record<string, unknown>): Inspection => InspectionSchema.parse({ notice, ...partial });
const W = (n: string, extra: Record<string, unknown> = {}) => ({ name: `${n}网站`, unit: `${n}局`, ...extra });
const A = (n: string, extra: Record<string, unknown> = {}) => ({ name: `${n}发布`, unit: `${n}局`, platform: "微信", ...extra });

function notice_(partial: Record<string, unknown>) {
  const { document } = composeBuiltin(data(partial));
  return { document, text: bodyText(document) };
}

/** Faults no notice may show. */
function expectSound(text: string, document: ReturnType<typeof notice_>["document"]) {
  expect(text).not.toMatch(/其中[。，；]|其中$/m);
  expect(text).not.toMatch(/(?<![\d.])0家|(?<![\d.])0个(?!其他)/);
  expect(text).not.toContain("—");
  expect(text).not.toContain("undefined");
  expect(text).not.toMatch(/和[^。；，]*和/);
  // A heading must be followed by something other than a heading of the same or a higher level.
  document.body.forEach((b, i) => {
    if (b.kind !== "heading") return;
    const next = document.body[i + 1];
    expect(next === undefined || next.kind !== "heading" || next.level > b.level, b.text).toBe(true);
    expect(next, `${b.text} ends the body`).toBeDefined();
  });
}

describe("edge cases", () => {
  it("only websites: no word of 政务新媒体 in the overview", () => {
    const { text, document } = notice_({ websites: [W("甲", { vetoes: ["站点无法访问"] }), W("乙")] });
    expectSound(text, document);
    expect(text).toContain("全县政府网站检查工作");
    expect(text).not.toContain("政务新媒体账号");
  });

  it("only accounts: no word of 政府网站 in the overview", () => {
    const { text, document } = notice_({ accounts: [A("甲", { deductions: ["更新不及时"], description: "两周未更新" }), A("乙")] });
    expectSound(text, document);
    expect(text).not.toContain("共有政府网站");
    expect(text).toContain("“甲发布”微信公众号两周未更新");
  });

  it("nothing checked (all 是否检查=否): says so, gives no rate and asks for no 问题整改", () => {
    const { text, document } = notice_({ websites: [W("甲", { checked: false, category: "部门" }), W("乙", { checked: false, category: "乡镇" })], accounts: [A("丙", { checked: false })] });
    expectSound(text, document);
    expect(text).toContain("第二季度未对政府网站开展检查。");
    expect(text).toContain("第二季度未对政务新媒体开展检查。");
    expect(text).not.toContain("合格率");
    expect(text).not.toContain("存在问题");
    expect(text).not.toContain("对照本次通报指出的问题");
  });

  it("everything passed: the short form, with requirements that point at no problem", () => {
    const { text, document } = notice_({ websites: [W("甲"), W("乙")], accounts: [A("丙")] });
    expectSound(text, document);
    expect(text).toContain("第二季度检查未发现存在突出问题的政府网站和政务新媒体。");
    expect(text).toContain("巩固检查成果");
    expect(text).not.toContain("问题整改");
  });

  it("a month with no problems says 本月检查未发现问题 and has no 存在问题", () => {
    const { text, document } = notice_({ notice: { ...notice, period: "2023-07" }, websites: [W("甲")], accounts: [A("丙")] });
    expectSound(text, document);
    expect(text).toContain("本月检查未发现问题");
    expect(text).not.toContain("存在问题");
  });

  it("a month with nothing at all has no empty 监管情况 heading", () => {
    const { text, document } = notice_({ notice: { ...notice, period: "2023-07" } });
    expectSound(text, document);
    expect(text).toContain("7月份未开展政府网站和政务新媒体检查。");
    expect(text).not.toContain("工作检查工作");
  });

  it("a half-year and a year period name themselves in title and text", () => {
    const half = notice_({ notice: { ...notice, period: "2023-H1" }, websites: [W("甲", { vetoes: ["站点无法访问"] })] });
    expectSound(half.text, half.document);
    expect(half.document.title).toBe("某县人民政府办公室关于2023年上半年全县政府网站检查情况的通报");
    expect(half.text).toContain("上半年共检查政府网站1家");
    const year = notice_({ notice: { ...notice, period: "2023" }, websites: [W("甲", { vetoes: ["站点无法访问"] })] });
    expectSound(year.text, year.document);
    expect(year.document.title).toBe("某县人民政府办公室关于2023年度全县政府网站检查情况的通报");
    expect(year.text).toContain("全年共检查政府网站1家");
  });

  it("通报信息 without 检查方式, 检查依据, 整改截止日期 or 联系人 leaves those phrases out", () => {
    const { text, document } = notice_({ websites: [W("甲", { vetoes: ["站点无法访问"] })] });
    expectSound(text, document);
    expect(text).toContain("根据有关工作要求，某县人民政府办公室组织开展了");
    expect(text).not.toMatch(/检查采取|按照.*要求，|前完成整改|联系人|电话：/);
  });

  it("no 单位类别 or 所属地区 at all: no breakdown sentence", () => {
    const { text, document } = notice_({ websites: [W("甲"), W("乙", { vetoes: ["站点无法访问"] })] });
    expectSound(text, document);
    expect(text).not.toMatch(/其中|从单位类别看|从所属地区看/);
  });

  it("a single 单位类别 is not broken down into itself", () => {
    const { text, document } = notice_({ websites: [W("甲", { category: "部门", region: "城区" }), W("乙", { category: "部门", region: "城区" })] });
    expectSound(text, document);
    expect(text).toContain("全县共有政府网站2家。");
    expect(text).not.toMatch(/其中部门2家|从单位类别看|从所属地区看/);
  });

  it("two 单位类别 are broken down, and a category with nothing checked gets no rate", () => {
    const { text, document } = notice_({ websites: [W("甲", { category: "部门" }), W("乙", { category: "乡镇", checked: false })] });
    expectSound(text, document);
    expect(text).toContain("其中部门1家，乡镇1家");
    expect(text).toContain("从单位类别看，部门合格率100%。");
  });

  it("scores absent: no score sentence; one score: no extremes and no empty bands", () => {
    expect(notice_({ websites: [W("甲")] }).text).not.toContain("得分");
    const { text, document } = notice_({ websites: [W("甲", { score: 80 }), W("乙")] });
    expectSound(text, document);
    expect(text).toContain("政府网站平均得分80分；80（含）至90分1家。");
    expect(text).not.toContain("最高分");
  });

  it("上期整改 empty: no follow-up sentence", () => {
    expect(notice_({ websites: [W("甲")] }).text).not.toContain("上季度通报");
  });

  it("互动交流 with 收到数 0 gives no 办结率 of 0/0 and does not call it 全部办结", () => {
    const month = notice_({
      notice: { ...notice, period: "2023-07" },
      websites: [W("甲")],
      interactions: [
        { channel: "县长信箱", received: 0, closed: 0 },
        { channel: "我为政府网站找错", received: 0, closed: 0 },
      ],
    });
    expectSound(month.text, month.document);
    expect(month.text).toContain("“县长信箱”收到0件。");
    expect(month.text).toContain("“我为政府网站找错”栏目共受理问题0件。");
    expect(month.text).not.toMatch(/办结率|全部办结/);
    const quarter = notice_({ publications: [{ unit: "甲局", category: "部门", published: 3 }], interactions: [{ channel: "县长信箱", received: 0, closed: 0, closedOnTime: 0 }] });
    expect(quarter.text).toContain("收到“县长信箱”0件。");
    expect(quarter.text).not.toContain("办结率");
  });

  it("文种 通知: the title ends in 的通知 and the opening does not say 通报如下", () => {
    for (const period of ["2023-Q2", "2023-07"]) {
      const { text, document } = notice_({ notice: { ...notice, kind: "通知", period }, websites: [W("甲", { vetoes: ["站点无法访问"] })] });
      expectSound(text, document);
      expect(document.title).toMatch(/的通知$/);
      expect(text).toContain("现将有关事项通知如下：");
      expect(text).not.toContain("通报如下");
      expect(text).not.toContain("本次通报");
    }
    const pub = notice_({ notice: { ...notice, kind: "通知" }, publications: [{ unit: "甲局", category: "部门", published: 3 }] });
    expect(pub.text).toContain("现将有关事项通知如下：");
    expect(pub.text).not.toContain("通报如下");
  });

  it("a 整改报送要求 that is a request of its own follows the deadline as its own sentence, not after “，并”", () => {
    const reportRequirement = "请相关单位对照问题清单逐项整改，并将整改情况报县政府办公室。";
    const dated = notice_({ notice: { ...notice, deadline: "2023-07-31", reportRequirement }, websites: [W("甲", { vetoes: ["站点无法访问"] })] });
    expect(dated.text).toContain("前完成整改。请相关单位对照问题清单逐项整改，并将整改情况报县政府办公室。");
    expect(dated.text).not.toContain("并请");
    const clause = notice_({ notice: { ...notice, deadline: "2023-07-31", reportRequirement: "将整改情况报县政府办公室" }, websites: [W("甲")] });
    expect(clause.text).toContain("前完成整改，并将整改情况报县政府办公室。");
    const undated = notice_({ notice: { ...notice, reportRequirement }, websites: [W("甲")] });
    expect(undated.text).toContain("\n请相关单位对照问题清单逐项整改，并将整改情况报县政府办公室。");
  });
});
