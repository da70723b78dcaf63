/** Where an issue is, as the clerk reads it: the cell when the column exists, the row when it does not. */
import { describe, expect, it } from "vitest";
import { formatIssue, formatLocation } from "../src/errors.js";

describe("formatLocation", () => {
  it("names a cell as Excel does, with its header", () => {
    expect(formatLocation({ sheet: "政务新媒体", row: 12, column: "D", header: "平台类型" })).toBe("政务新媒体!D12（平台类型）");
  });
  it("names the row in words when the sheet has no such column", () => {
    expect(formatLocation({ sheet: "问题清单", row: 3, header: "责任单位" })).toBe("问题清单第3行（责任单位）");
  });
  it("names a whole missing column by its header, and a JSON record by its path", () => {
    expect(formatLocation({ sheet: "政府网站", header: "网站名称" })).toBe("政府网站（网站名称）");
    expect(formatIssue({ code: "x", severity: "error", message: "应为日期。", location: { path: "notice.signDate" } })).toBe("notice.signDate：应为日期。");
  });
});
