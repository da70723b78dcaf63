import { describe, expect, it } from "vitest";
import { chooseBuiltin, compose } from "../../src/compose/compose.js";
import { isTongbaoError } from "../../src/errors.js";
import { InspectionSchema, type Inspection } from "../../src/schema.js";
import { bodyText, seed } from "./helpers.js";

const notice = { issuer: "某县人民政府办公室", recipients: "各乡镇人民政府", signDate: "2023-07-05", period: "2023-Q2", scope: "全县" };

const data = (partial: Record<string, unknown>): Inspection => InspectionSchema.parse({ notice, ...partial });

describe("compose", () => {
  it("chooses 月度通报 for a month, 内容保障通报 for publications without verdicts, else 季度通报", () => {
    const pub = [{ unit: "甲局", category: "部门", published: 3 }];
    expect(chooseBuiltin(data({ notice: { ...notice, period: "2023-07" } }), false)).toBe("月度通报");
    expect(chooseBuiltin(data({ publications: pub }), false)).toBe("内容保障通报");
    expect(chooseBuiltin(data({ publications: pub }), true)).toBe("季度通报");
    expect(chooseBuiltin(data({ notice: { ...notice, period: "2021-H1" } }), false)).toBe("季度通报");
  });

  it("uses the short form when everything passed: no 存在问题 section, no empty list", () => {
    const { document } = compose(data({ websites: [{ name: "县政府网站", unit: "县政府办" }, { name: "县教育局网站", unit: "县教育局" }] }));
    const text = bodyText(document);
    expect(text).toContain("共检查政府网站2家，均为合格，合格率100%");
    expect(text).toContain("第二季度检查未发现存在突出问题的政府网站。");
    expect(text).not.toContain("存在问题");
    expect(text).not.toContain("政务新媒体账号");
    expect(document.attachments).toEqual([]);
  });

  it("names problem items in a generated 存在问题 section when the 正文 sheet has none", () => {
    const { document } = compose(
      data({ accounts: [{ name: "某县发布", unit: "县委宣传部", platform: "微博", vetoes: ["内容不更新"] }, { name: "某县教育", unit: "县教育局", platform: "微信" }] }),
    );
    const text = bodyText(document);
    expect(text).toContain("二、存在问题");
    expect(text).toContain("（一）政务新媒体存在内容不更新问题。“某县发布”微博存在此类问题。");
    expect(document.attachments.map((a) => a.title)).toEqual(["2023年第二季度检查发现存在问题的政务新媒体名单"]);
  });

  it("honours the workbook's 模板 field when it names a built-in", () => {
    const { document } = compose(data({ notice: { ...notice, template: "月度通报" }, websites: [{ name: "网", unit: "办" }] }));
    expect(document.body.some((b) => b.kind === "heading" && b.text === "一、政府网站监管情况")).toBe(true);
  });

  it("warns and falls back to a built-in when the 模板 field is a path it cannot read itself", () => {
    const { warnings } = compose(data({ notice: { ...notice, template: "my.hbs" }, websites: [{ name: "网", unit: "办" }] }));
    expect(warnings.map((w) => w.code)).toEqual(["W_TEMPLATE"]);
  });

  it("renders a user template with the shared partials", () => {
    const source = "标题：自定义\n{{no 1}}情况\n共检查{{websites.checked}}家，合格率{{websites.rate}}。\n{{> signature}}";
    const { document } = compose(data({ websites: [{ name: "网", unit: "办" }] }), { template: { name: "mine.hbs", source } });
    expect(document.title).toBe("自定义");
    expect(bodyText(document)).toBe("一、情况\n共检查1家，合格率100%。");
    expect(document.signature).toEqual({ issuer: "某县人民政府办公室", date: "2023年7月5日" });
  });

  it("fails with a located template error for a field the view model does not have", () => {
    try {
      compose(data({}), { template: { name: "bad.hbs", source: "标题：x\n\n{{notice.titel}}" } });
      expect.unreachable();
    } catch (e) {
      expect(isTongbaoError(e) && e.issues[0]?.location).toMatchObject({ file: "bad.hbs", path: "bad.hbs:3:3" });
    }
  });

  it("adds the full listing on request, grouped by unit", () => {
    const { document } = compose(
      data({ websites: [{ name: "乙网", unit: "乙局" }, { name: "甲网", unit: "甲局" }, { name: "甲网二", unit: "甲局", vetoes: ["站点无法访问"] }] }),
      { fullListing: true },
    );
    const listing = document.attachments.find((a) => a.title === "2023年第二季度全县政府网站检查明细表");
    const t = listing?.blocks.find((b) => b.kind === "table");
    expect(t?.kind === "table" && t.table.columns[1]).toMatchObject({ header: "单位", merge: true });
    expect(t?.kind === "table" && t.table.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ["乙局", "乙网", "合格"],
      ["甲局", "甲网", "合格"],
      ["甲局", "甲网二", "不合格"],
    ]);
  });

  it("is deterministic: the same input gives the same outline", () => {
    expect(JSON.stringify(compose(seed("ningxia")))).toBe(JSON.stringify(compose(seed("ningxia"))));
  });
});

describe("long name lists", () => {
  it("name at most ten items, then say 等N家", () => {
    const websites = Array.from({ length: 12 }, (_, i) => ({ name: `网站${i + 1}`, unit: `单位${i + 1}`, deductions: ["栏目更新不及时"], description: "有1周未按要求进行更新" }));
    const { document } = compose(data({ websites }));
    expect(bodyText(document)).toContain("“网站9”“网站10”等12家有1周未按要求进行更新");
    expect(bodyText(document)).not.toContain("网站11");
  });
});

describe("内容保障通报 with 报送数 and 采纳数", () => {
  it("prints 采纳率 per 单位类别 and overall", () => {
    const publications = [
      { unit: "甲局", category: "县级部门", published: 10, submitted: 8, adopted: 6 },
      { unit: "乙镇", category: "乡镇", published: 4, submitted: 4, adopted: 1 },
    ];
    const text = bodyText(compose(data({ publications })).document);
    expect(text).toContain("1个县级部门公开信息10条（采纳率75.0%），1个乡镇公开信息4条（采纳率25.0%）。报送信息总体采纳率58.3%。");
  });
});
