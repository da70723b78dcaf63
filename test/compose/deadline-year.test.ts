/** A deadline in the year after the notice is signed is printed with its year, in the notice and in each unit's document. */
import { describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { InspectionSchema } from "../../src/schema.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { unitDocument, unitTemplateFor } from "../../src/compose/unit-document.js";
import { sampleInspection } from "../units/sample-inspection.js";
import { bodyText, composeBuiltin } from "./helpers.js";

const noticeText = (signDate: string, deadline: string) =>
  bodyText(
    composeBuiltin(
      InspectionSchema.parse({
        notice: { issuer: "某县人民政府办公室", recipients: "各乡镇人民政府", signDate, deadline, period: "2023-Q4", scope: "全县" },
        websites: [{ name: "甲网站", unit: "甲局", vetoes: ["站点无法访问"] }],
      }),
    ).document,
  );

function unitText(signDate: string, deadline: string): string {
  const data = sampleInspection({ signDate, deadline });
  const group = groupByUnit(data).find((g) => g.unit === "示例市教育局")!;
  const template = unitTemplateFor(group, false);
  const doc: NoticeDocument = unitDocument(group, { title: data.notice.title!, info: data.notice }, template, builtinTemplate(template));
  return doc.body.map((b) => ("lead" in b && b.lead ? b.lead.text : "") + b.text).join("\n");
}

describe("a deadline in the next year", () => {
  it("keeps its year in the notice, and a deadline in the same year leaves it out", () => {
    expect(noticeText("2023-12-20", "2024-01-05")).toContain("2024年1月5日（星期五）前");
    const sameYear = noticeText("2023-12-01", "2023-12-29");
    expect(sameYear).toContain("12月29日（星期五）前");
    expect(sameYear).not.toContain("2023年12月29日");
  });
  it("keeps its year in a unit's 整改通知单, and a deadline in the same year leaves it out", () => {
    expect(unitText("2023-12-20", "2024-01-05")).toContain("于2024年1月5日（星期五）前");
    expect(unitText("2023-07-05", "2023-08-04")).toContain("于8月4日（星期五）前");
  });
});
