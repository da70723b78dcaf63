import { describe, expect, it } from "vitest";
import { InspectionSchema } from "../../src/schema.js";
import { composeBuiltin, table } from "./helpers.js";

const notice = { issuer: "某县人民政府办公室", recipients: "各乡镇人民政府", signDate: "2023-07-05", period: "2023-Q2", scope: "全县" };

describe("attachment row order", () => {
  const accounts = [
    { name: "丙发布", unit: "乙局", platform: "微信", published: 5 },
    { name: "甲发布", unit: "甲局", platform: "微博", published: 9 },
    { name: "乙发布", unit: "乙局", platform: "抖音", published: 5 },
    { name: "丁发布", unit: "甲局", platform: "微信", published: 0, checked: false },
  ];
  const data = InspectionSchema.parse({ notice, accounts, publications: [{ unit: "甲局", category: "部门", published: 3 }] });
  const { document } = composeBuiltin(data, { fullListing: true });

  it("lists accounts by 发布信息数, most first, ties by name in code-point order", () => {
    const t = table(document, "2023年第二季度政务新媒体信息公开情况统计表");
    expect(t.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, "甲发布", 9],
      [2, "丙发布", 5],
      [3, "乙发布", 5],
      [4, "丁发布", 0],
    ]);
    expect(t.totals?.[2]).toBe(19);
  });

  it("groups the full listing by unit in pinyin order (甲 jia before 乙 yi), each unit's checked rows in input order", () => {
    const t = table(document, "2023年第二季度全县政务新媒体检查明细表");
    expect(t.rows.map((r) => [r[1], r[2]])).toEqual([
      ["甲局", "甲发布"],
      ["乙局", "丙发布"],
      ["乙局", "乙发布"],
    ]);
  });
});
