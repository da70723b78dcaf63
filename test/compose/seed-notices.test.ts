/** The five seed notices rebuilt from their figures: the composed outline must carry every published figure. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInput } from "../../src/read/read-input.js";
import { validate } from "../../src/validate.js";
import { surveyNotice } from "../../src/compose/survey-notice.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { bodyText, composeBuiltin, seed, table } from "./helpers.js";

describe("常州 2023年第二季度 (accounts only, user-written sections)", () => {
  const { document: doc } = composeBuiltin(seed("changzhou"));
  const text = bodyText(doc);

  it("prints the totals and every published rate", () => {
    expect(text).toContain("截至2023年6月30日，全市共开设政务新媒体账号84个");
    expect(text).toContain("市级部门43个，辖市区及其部门41个");
    expect(text).toContain("微信69个，微博7个，移动客户端2个，其他6个");
    expect(text).toContain("总体合格率为95.2%");
    expect(text).toContain("市级部门合格率97.7%");
    expect(text).toContain("辖市区及其部门合格率92.7%");
    expect(text).toContain("微信合格率94.2%");
    expect(text).toContain("微博合格率100%");
  });

  it("keeps the 正文 rows verbatim, the numbered ones as run-in leads", () => {
    expect(text).toContain("一是积极探索“分类评价”。");
    const lead = doc.body.find((b) => b.kind === "paragraph" && b.lead?.text === "（一）严格发布审核。");
    expect(lead).toBeDefined();
    expect(doc.body.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["一、总体情况", "二、开展的主要工作", "三、存在问题", "四、下一步工作要求"]);
  });

  it("lists its four problem accounts in the attachment table", () => {
    const t = table(doc, "2023年第二季度检查发现存在问题的政务新媒体名单");
    expect(t.rows).toEqual([
      [1, "常州市退役军人事务局", "常州市退役军人事务局", "微信", "严重表述错误", "内容更新不及时", ""],
      [2, "上黄", "溧阳市上黄镇人民政府", "微信", "严重表述错误", "", ""],
      [3, "溧阳文旅", "溧阳市文体广电和旅游局", "微信", "严重表述错误", "", ""],
      [4, "五星发布", "常州市钟楼区五星街道办事处", "微信", "严重表述错误", "", ""],
    ]);
  });

  it("signs with the issuer and date and carries the 附注", () => {
    expect(doc.title).toBe("市政府办公室关于2023年第二季度全市政务新媒体检查情况的通报");
    expect(doc.signature).toEqual({ issuer: "常州市人民政府办公室", date: "2023年7月5日" });
    expect(doc.note).toBe("此件公开发布");
  });

  it("raises no warning about its data", async () => {
    const { warnings } = validate(await readInput(join(import.meta.dirname, "../fixtures/seeds/changzhou.json")));
    expect(warnings).toEqual([]);
  });
});

describe("宁夏 2020年第3季度 (websites and accounts, last quarter re-checked)", () => {
  const { document: doc } = composeBuiltin(seed("ningxia"));
  const text = bodyText(doc);

  it("prints both totals and rates", () => {
    expect(text).toContain("全区共有政府网站129家");
    expect(text).toContain("检查发现“问题网站”1家（见附件2），总体合格率为99.2%");
    expect(text).toContain("全区共开设政务新媒体账号1127个");
    expect(text).toContain("检查发现“问题政务新媒体”3个（见附件4），总体合格率为99.7%");
  });

  it("reports last quarter's four problems all fixed", () => {
    expect(text).toContain("上季度通报的2家“问题网站”和2个“问题政务新媒体”，已整改4个，整改率100%，均已按要求完成整改");
  });

  it("keeps the 版头 and 发文字号, and attaches summary tables and problem lists", () => {
    expect(doc.mark).toBe("宁夏回族自治区人民政府政务公开办公室");
    expect(doc.docNumber).toBe("宁政公开办发〔2020〕19号");
    expect(doc.attachments.map((a) => a.title)).toEqual([
      "2020年第3季度全区政府网站检查情况表",
      "2020年第3季度检查发现存在问题的政府网站名单",
      "2020年第3季度全区政务新媒体检查情况表",
      "2020年第3季度检查发现存在问题的政务新媒体名单",
    ]);
    expect(table(doc, "2020年第3季度全区政府网站检查情况表").totals).toEqual(["合计", "", 129, 128, 1, "99.2%"]);
    expect(table(doc, "2020年第3季度全区政务新媒体检查情况表").totals).toEqual(["合计", "", 1127, 1124, 3, "99.7%"]);
  });

  it("states the deadline with its weekday and its hour, as the office wrote it", () => {
    expect(text).toContain("于9月28日（星期一）18:00前完成整改");
  });

  it("keeps the office's 第3季度 and its own section headings, and publishes no breakdown it did not", () => {
    expect(text).toContain("第3季度共检查政府网站129家");
    expect(text).not.toContain("第三季度");
    expect(doc.body.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["一、总体情况", "二、经验做法", "三、本季度抽查发现的主要问题", "四、下一步工作要求"]);
    expect(text).not.toMatch(/从平台类型看|从所属地区看|合格率均为100%/);
  });
});

describe("青神 2021年第一季度 (内容保障通报: publication statistics, no verdicts)", () => {
  const { document: doc } = composeBuiltin(seed("qingshen"));
  const text = bodyText(doc);

  it("prints the statistics window and the counts per 单位类别 (the data wins over the published 3844)", () => {
    expect(text).toContain("（统计时间：2020年11月24日—2021年2月22日）");
    expect(text).toContain("7个乡镇（街道）公开信息350条");
    expect(text).toContain("26个县级部门公开信息3562条");
    expect(text).toContain("9个政务新媒体共计公开各类信息1552条");
    expect(text).toContain("未发现突出问题存在");
  });

  it("prints the mailbox figures", () => {
    expect(text).toContain("收到“县长信箱”45件、“部门信箱”15件，办结率100%");
  });

  it("names the accounts per problem type", () => {
    expect(text).toContain("未及时转载重要信息。如“青神县公安局交通管理大队”微信公众号、“青神公安”微博。");
    expect(text).toContain("“青神文旅”抖音号");
  });

  it("sorts the tables as published: count descending, ties by name", () => {
    const towns = table(doc, "2021年第一季度政府网站信息公开情况统计表（乡镇、街道）");
    expect(towns.rows.map((r) => r[1])).toEqual(["青竹街道", "汉阳镇", "西龙镇", "瑞峰镇", "罗波乡", "白果乡", "高台镇"]);
    expect(towns.totals).toEqual(["合计", "", 350]);
    const depts = table(doc, "2021年第一季度政府网站信息公开情况统计表（县级部门）");
    expect(depts.rows.slice(0, 3).map((r) => r.slice(1))).toEqual([
      ["县政府办", 1362],
      ["县交通运输局", 540],
      ["县教体局", 242],
    ]);
    expect(depts.rows.slice(14, 16).map((r) => r[1])).toEqual(["县住建局", "县应急局"]);
    expect(depts.totals).toEqual(["合计", "", 3562]);
    const accounts = table(doc, "2021年第一季度政务新媒体信息公开情况统计表");
    expect(accounts.rows[4]).toEqual([5, "青神县公安局交通管理大队", 66, "未及时转载重要信息，留言互动未及时回复", "微信", "县交管大队"]);
    expect(accounts.rows[1]?.[3]).toBe("未发现问题");
    expect(accounts.totals?.[2]).toBe(1552);
  });
});

describe("盘锦 2023年7月份 (月度通报)", () => {
  const { document: doc } = composeBuiltin(seed("panjin"));
  const text = bodyText(doc);

  it("groups update lags by weeks, naming the websites the notice's way", () => {
    expect(text).toContain("全市共计34家网站在网运行");
    expect(text).toContain("“盘锦市民政局”“双台子区”“盘锦辽滨沿海经济技术开发区”有1周未按要求进行更新；“盘锦市机关事务管理局”有3周未按要求进行更新。");
    expect(text).toContain("全市目前共有政务新媒体账号79个");
    expect(text).toContain("“盘锦扫黑除恶”微信公众号有1周未按要求进行更新");
  });

  it("reports 找错 and the units that did not report last month's rectification", () => {
    expect(text).toContain("“我为政府网站找错”栏目共受理问题2件，已全部办结");
    expect(text).toContain("盘锦市民政局、盘锦市退役军人事务局和盘锦辽滨沿海经济技术开发区未按要求反馈6月份通报的整改情况");
  });

  it("names each unit once and states no 整改率 for unit feedback, as the office does", () => {
    expect(text.match(/盘锦市民政局/g)).toHaveLength(2); // the 网站 problem and the feedback sentence
    expect(text.match(/盘锦市退役军人事务局/g)).toHaveLength(1);
    expect(text).not.toContain("整改率");
    expect(text).toContain("7月份，");
  });

  it("ends with the deadline's weekday and the contact line", () => {
    expect(text).toContain("于8月4日（星期五）前完成整改，并将整改情况加盖公章后通过邮箱报市政府政务公开办公室，对逾期未进行反馈的部门，年终考核将予以扣分。");
    const last = doc.body[doc.body.length - 1];
    expect(last).toEqual({ kind: "paragraph", text: "联系人：赵大平，联系电话：2280177，电子邮箱：pjzwgk@163.com。" });
    expect(doc.body.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["一、政府网站和政务新媒体监管情况", "二、下步工作要求"]);
    expect(doc.attachments).toEqual([]);
  });
});

describe("君山 2019 (通知 with the 调查表 and the 排查及清理整合情况表)", () => {
  const doc = surveyNotice(seed("junshan"), builtinTemplate("调查通知"));
  const text = bodyText(doc);

  it("is a 通知 under the office's title, never a 通报", () => {
    expect(doc.kind).toBe("通知");
    expect(doc.title).toBe("关于加强和规范全区政务新媒体建设管理应用有关工作的通知");
    expect(text).not.toContain("通报如下");
    expect(doc.body.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["一、涉及范围", "二、工作内容", "三、责任落实"]);
  });

  it("states both deadlines with their weekdays: 摸底 by one date, 清理整合 by another", () => {
    expect(text).toContain("请于6月21日（星期五）前报君山区人民政府办公室");
    expect(text).toContain("请于6月26日（星期三）前完成排查及清理整合工作");
    expect(text).toContain("请各单位于6月21日（星期五）前报送附件1，于6月26日（星期三）前报送附件2，所报送资料必须经单位主要领导签字并加盖单位公章后报区行政审批服务局。");
    expect(text).toContain("联系人：陈鹏，联系电话：8171121。");
  });

  it("attaches the 调查表 with every field of the reference and the 17-column 情况表 with its 9-item 注", () => {
    expect(doc.attachments.map((a) => a.title)).toEqual(["政务新媒体建设情况调查表", "政务新媒体排查及清理整合情况表"]);
    const form = doc.attachments[0]!.blocks.find((b) => b.kind === "form");
    const labels = form?.kind === "form" ? form.rows.flatMap((r) => r.cells.filter((c) => c.label).map((c) => c.text)) : [];
    expect(labels).toEqual(["填报单位", "政务新媒体名称", "开通时间", "粉丝量", "阅读量", "运维模式", "经费保障", "分管领导", "联系方式", "网站管理员", "联系方式", "QQ号码", "功能建设情况", "信息更新情况", "部门签字盖章"]);
    const registry = table(doc, "政务新媒体排查及清理整合情况表");
    expect(registry.columns.slice(1).map((c) => c.header)).toHaveLength(17);
    expect(registry.notes?.[0]).toContain("9.统计时间截至2019年6月26日。");
  });
});
