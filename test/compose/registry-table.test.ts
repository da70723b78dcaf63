import { describe, expect, it } from "vitest";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { registryTable } from "../../src/compose/registry-table.js";
import { sampleInspection } from "../units/sample-inspection.js";

describe("registryTable", () => {
  const t = registryTable(groupByUnit(sampleInspection()));

  it("has the 17 columns of the 君山 reference after 序号, its 9-item 注, and prints landscape", () => {
    expect(t.columns.map((c) => c.header)).toEqual([
      "序号", "名称", "认证主体", "主办单位", "运营单位", "运营模式", "经费保障（元/年）", "粉丝量", "阅读量", "推送频率", "开通时间",
      "运营人数", "运营状态", "基本功能", "平台类型", "整改措施", "负责人及联系电话", "联系人及联系电话",
    ]);
    expect(t.landscape).toBe(true);
    expect(t.notes?.[0]).toMatch(/^注：1\.按照微博、微信等第三方平台.*；8\.整改措施填写保留、变更、关停、注销等；9\.统计时间截至/);
    expect(registryTable([], "2019-06-26").notes?.[0]).toContain("9.统计时间截至2019年6月26日。");
  });

  it("lists every account once, websites never, blank where no value is given", () => {
    expect(t.rows).toEqual([
      [1, "财政发布", "", "示例市财政局", "", "购买服务", "5000元/年", 300, "", "", "", "", "", "", "微博", "", "李强 13800000000", ""],
      [2, "示例教育", "", "示例市教育局", "", "自营", "", 1200, "", "", "", "", "", "", "微信", "", "", ""],
      [3, "安监之声", "", "示例市应急管理局", "", "", "", "", "", "", "", "", "", "", "抖音", "", "", ""],
    ]);
  });
});
