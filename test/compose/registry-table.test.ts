import { describe, expect, it } from "vitest";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { registryTable } from "../../src/compose/registry-table.js";
import { sampleInspection } from "../units/sample-inspection.js";

describe("registryTable", () => {
  const t = registryTable(groupByUnit(sampleInspection()));

  it("has the registry columns of the contract and prints landscape", () => {
    expect(t.columns.map((c) => c.header)).toEqual([
      "序号", "名称", "主办单位", "运营单位", "运营模式", "经费保障（元/年）", "粉丝量", "阅读量", "开通时间", "运营人数", "运营状态", "平台类型", "负责人及联系电话",
    ]);
    expect(t.landscape).toBe(true);
  });

  it("lists every account once, websites never, blank where no value is given", () => {
    expect(t.rows).toEqual([
      [1, "财政发布", "示例市财政局", "", "购买服务", "5000元/年", 300, "", "", "", "", "微博", "李强 13800000000"],
      [2, "示例教育", "示例市教育局", "", "自营", "", 1200, "", "", "", "", "微信", ""],
      [3, "安监之声", "示例市应急管理局", "", "", "", "", "", "", "", "", "抖音", ""],
    ]);
  });
});
