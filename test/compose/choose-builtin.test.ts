import { describe, expect, it } from "vitest";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { InspectionSchema } from "../../src/schema.js";

const notice = { issuer: "甲", recipients: "乙", signDate: "2023-01-01", period: "2023-Q2" };
const data = (partial: Record<string, unknown>) => InspectionSchema.parse({ notice, ...partial });
const publications = [{ unit: "甲镇", category: "乡镇", published: 3 }];

describe("chooseBuiltin", () => {
  it("chooses 内容保障通报 for publication statistics only while no row gives its own verdict", () => {
    expect(chooseBuiltin(data({ publications, websites: [{ name: "A", unit: "u" }] }))).toBe("内容保障通报");
    expect(chooseBuiltin(data({ publications, websites: [{ name: "A", unit: "u", verdict: "合格" }] }))).toBe("季度通报");
    expect(chooseBuiltin(data({ publications, accounts: [{ name: "A", unit: "u", platform: "微信", verdict: "不合格", vetoes: ["x"] }] }))).toBe("季度通报");
  });

  it("chooses 月度通报 for a month", () => {
    expect(chooseBuiltin(InspectionSchema.parse({ notice: { ...notice, period: "2023-07" }, publications }))).toBe("月度通报");
  });
});
