/**
 * `tongbao validate` as a user runs it (the compiled CLI in a subprocess; npm test builds dist/ first):
 * every warning about the data is printed, located at the workbook's sheet and cell.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "./helpers/workbook-builder.js";

const root = resolve(import.meta.dirname, "..");
const cli = join(root, "dist/src/cli.js");
const tongbao = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

const noticeSheet = {
  name: "通报信息",
  rows: [
    ["项目", "内容"],
    ["发文机关", "某市人民政府办公室"],
    ["主送机关", "各县（区）人民政府"],
    ["成文日期", "2023-07-20"],
    ["检查期间", "2023年第二季度"],
  ],
};

describe("tongbao validate", { timeout: 60_000 }, () => {
  it("prints every warning about the data with its sheet and cell, and still passes", async () => {
    const input = await writeWorkbook([
      noticeSheet,
      {
        name: "政府网站",
        rows: [
          ["网站名称", "主办单位", "是否检查", "检查结论", "得分", "突出问题"],
          ["甲网", "甲局", "是", "合格", "", "站点无法访问"],
          ["乙网", "乙局", "是", "合格", 52, ""],
          ["丙网", "丙局", "是", "不合格", "", ""],
          ["丁网", "丁局", "否", "合格", "", ""],
          ["甲网", "甲局", "是", "", "", ""],
        ],
      },
      {
        name: "信息发布统计",
        rows: [
          ["单位名称", "单位类别", "主动公开信息条数"],
          ["甲镇", "乡镇", 3],
          ["合计", "", 9],
        ],
      },
    ]);
    const r = tongbao(["validate", input]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("提醒（6处，不影响生成）");
    for (const line of [
      "政府网站!D2（检查结论）：检查结论为“合格”，但该行填有突出问题（站点无法访问）",
      "政府网站!D3（检查结论）：网站“乙网”检查结论为合格，但得分52低于60分",
      "政府网站!D4（检查结论）：网站“丙网”检查结论为不合格，但没有填写任何问题",
      "政府网站!C5（是否检查）：网站“丁网”未检查（是否检查为否），但填写了检查结论或问题",
      "政府网站!A6（网站名称）：网站“甲网”与第2行重复",
      "信息发布统计!C3（主动公开信息条数）：“合计”行的主动公开信息条数为9，与各单位之和3不一致",
    ])
      expect(r.stderr).toContain(line);
  });

  it("prints a count larger than the count it is part of as an error, at its cell", async () => {
    const input = await writeWorkbook([
      noticeSheet,
      { name: "互动交流", rows: [["渠道", "收到数", "办结数", "按期办结数"], ["市长信箱", 10, 8, 9]] },
      { name: "信息发布统计", rows: [["单位名称", "单位类别", "主动公开信息条数", "报送数", "采纳数"], ["甲镇", "乡镇", 3, 2, 5]] },
    ]);
    const r = tongbao(["validate", input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("互动交流!D2（按期办结数）：按期办结数（9）大于办结数（8）");
    expect(r.stderr).toContain("信息发布统计!E2（采纳数）：采纳数（5）大于报送数（2）");
  });
});
