import { describe, expect, it } from "vitest";
import type { Block, NoticeDocument } from "../../src/outline.js";
import { bodyPitch, MIN_PITCH } from "../../src/render/fit-page.js";
import { estimateLines } from "../../src/render/line-estimate.js";

/** A paragraph of exactly `lines` full lines (2字 indent + 26, then 28 a line). */
const paragraph = (lines: number): Block => ({ kind: "paragraph", text: "字".repeat(26 + 28 * (lines - 1)) });
const notice = (bodyLines: number): NoticeDocument => ({
  kind: "通知",
  title: "关于江临市商务局政府网站检查发现问题的整改通知单",
  recipients: "江临市商务局",
  body: Array.from({ length: bodyLines }, () => paragraph(1)),
  attachments: [{ title: "检查情况表", blocks: [] }],
  signature: { issuer: "江临市人民政府办公室", date: "2024年10月14日" },
});

describe("estimateLines", () => {
  it("counts full lines of 28字 after a 2字 indent, hanging closing punctuation", () => {
    expect(estimateLines("字".repeat(26))).toBe(1);
    expect(estimateLines("字".repeat(27))).toBe(2);
    expect(estimateLines(`${"字".repeat(26)}。`)).toBe(1);
  });

  it("moves an address that does not fit to the next line whole", () => {
    expect(estimateLines(`${"字".repeat(20)}zwgk@jianglin.gov.cn`)).toBe(2);
  });
});

describe("bodyPitch", () => {
  it("keeps the 579-twip pitch when the notice fits its pages", () => {
    // title 2 + blank + 主送 + 8 + blank + 附件 + 2 seal lines + 署名 + date = 18 lines
    expect(bodyPitch(notice(8))).toBe(579);
  });

  it("closes up the lines of a notice that runs a few lines over one page, so it stays on one", () => {
    const pitch = bodyPitch(notice(14));
    expect(pitch).toBeLessThan(579);
    expect(pitch).toBeGreaterThanOrEqual(MIN_PITCH);
    expect(2 * 579 + (14 + 8) * pitch).toBeLessThanOrEqual(12756);
  });

  it("leaves a notice that needs a second page anyway at 579", () => {
    expect(bodyPitch(notice(30))).toBe(579);
  });
});
