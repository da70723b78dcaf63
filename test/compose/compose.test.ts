import { describe, expect, it } from "vitest";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { compose } from "../../src/compose/compose.js";
import { isTongbaoError } from "../../src/errors.js";
import { InspectionSchema, type Inspection } from "../../src/schema.js";
import { bodyText, composeBuiltin, seed } from "./helpers.js";

const notice = { issuer: "某县人民政府办公室", recipients: "各乡镇人民政府", signDate: "2023-07-05", period: "2023-Q2", scope: "全县" };

const data = (partial: Record<string, unknown>): Inspection => InspectionSchema.parse({ notice, ...partial });

describe("compose", () => {
  it("chooses 月度通报 for a month, 内容保障通报 for publications without verdicts, else 季度通报", () => {
    const pub = [{ unit: "甲局", category: "部门", published: 3 }];
    const judged = [{ name: "网", unit: "办", verdict: "合格" }];
    expect(chooseBuiltin(data({ notice: { ...notice, period: "2023-07" } }))).toBe("月度通报");
    expect(chooseBuiltin(data({ publications: pub }))).toBe("内容保障通报");
    expect(chooseBuiltin(data({ publications: pub, websites: judged }))).toBe("季度通报");
    expect(chooseBuiltin(data({ notice: { ...notice, period: "2021-H1" } }))).toBe("季度通报");
  });

  it("uses the short form when everything passed: no 存在问题 section, no empty list", () => {
    const { document } = composeBuiltin(data({ websites: [{ name: "县政府网站", unit: "县政府办" }, { name: "县教育局网站", unit: "县教育局" }] }));
    const text = bodyText(document);
    expect(text).toContain("共检查政府网站2家，均为合格，合格率100%");
    expect(text).toContain("第二季度检查未发现存在突出问题的政府网站。");
    expect(text).not.toContain("存在问题");
    expect(text).not.toContain("政务新媒体账号");
    expect(document.attachments).toEqual([]);
  });

  it("names problem items in a generated 存在问题 section when the 正文 sheet has none", () => {
    const { document } = composeBuiltin(
      data({ accounts: [{ name: "某县发布", unit: "县委宣传部", platform: "微博", vetoes: ["内容不更新"] }, { name: "某县教育", unit: "县教育局", platform: "微信" }] }),
    );
    const text = bodyText(document);
    expect(text).toContain("二、存在问题");
    expect(text).toContain("（一）政务新媒体存在内容不更新问题。“某县发布”微博存在此类问题。");
    expect(document.attachments.map((a) => a.title)).toEqual(["2023年第二季度检查发现存在问题的政务新媒体名单"]);
  });

  it("honours the workbook's 模板 field when it names a built-in", () => {
    const { document } = composeBuiltin(data({ notice: { ...notice, template: "月度通报" }, websites: [{ name: "网", unit: "办" }] }));
    expect(document.body.some((b) => b.kind === "heading" && b.text === "一、政府网站监管情况")).toBe(true);
  });

  it("reads no files: it renders exactly the template and partials it is given", () => {
    const partials = [{ name: "front", source: "标题：片段{{notice.scope}}\n" }];
    const template = { name: "季度通报", source: "{{> front}}\n共{{websites.running}}家。", builtin: true };
    const { document } = compose(data({ websites: [{ name: "网", unit: "办" }] }), { template, partials });
    expect(document.title).toBe("片段全县");
    expect(bodyText(document)).toBe("共1家。");
  });

  it("renders a user template with the shared partials", () => {
    const source = "标题：自定义\n{{no 1}}情况\n共检查{{websites.checked}}家，合格率{{websites.rate}}。\n{{> signature}}";
    const { document } = composeBuiltin(data({ websites: [{ name: "网", unit: "办" }] }), { template: { name: "mine.hbs", source, builtin: false } });
    expect(document.title).toBe("自定义");
    expect(bodyText(document)).toBe("一、情况\n共检查1家，合格率100%。");
    expect(document.signature).toEqual({ issuer: "某县人民政府办公室", date: "2023年7月5日" });
  });

  it("fails with a located template error for a field the view model does not have", () => {
    try {
      composeBuiltin(data({}), { template: { name: "bad.hbs", source: "标题：x\n\n{{notice.titel}}", builtin: false } });
      expect.unreachable();
    } catch (e) {
      expect(isTongbaoError(e) && e.issues[0]?.location).toMatchObject({ file: "bad.hbs", path: "bad.hbs:3:3" });
    }
  });

  it("adds the full listing on request, grouped by unit in pinyin order", () => {
    const { document } = composeBuiltin(
      data({ websites: [{ name: "乙网", unit: "乙局" }, { name: "甲网", unit: "甲局" }, { name: "甲网二", unit: "甲局", vetoes: ["站点无法访问"] }] }),
      { fullListing: true },
    );
    const listing = document.attachments.find((a) => a.title === "2023年第二季度全县政府网站检查明细表");
    const t = listing?.blocks.find((b) => b.kind === "table");
    expect(t?.kind === "table" && t.table.columns[1]).toMatchObject({ header: "责任单位", merge: true });
    expect(t?.kind === "table" && t.table.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ["甲局", "甲网", "合格"],
      ["甲局", "甲网二", "不合格"],
      ["乙局", "乙网", "合格"],
    ]);
  });

  it("is deterministic: the same input gives the same outline", () => {
    expect(JSON.stringify(composeBuiltin(seed("ningxia")))).toBe(JSON.stringify(composeBuiltin(seed("ningxia"))));
  });
});

describe("long name lists", () => {
  it("name at most ten items, then say 等N家", () => {
    const websites = Array.from({ length: 12 }, (_, i) => ({ name: `网站${i + 1}`, unit: `单位${i + 1}`, deductions: ["栏目更新不及时"], description: "有1周未按要求进行更新" }));
    const { document } = composeBuiltin(data({ websites }));
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
    const text = bodyText(composeBuiltin(data({ publications })).document);
    expect(text).toContain("1个县级部门公开信息10条（采纳率75%），1个乡镇公开信息4条（采纳率25%）。报送信息总体采纳率58.3%。");
  });
});
