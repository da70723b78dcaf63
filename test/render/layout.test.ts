import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/render-docx.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";
import { longNotice } from "../fixtures/outlines/long-notice.js";
import { ningxia } from "../fixtures/outlines/ningxia.js";
import { blackRules, cleanup, redRows, renderPdf, type Page, type Word } from "./libreoffice.js";

/**
 * Measured layout: each fixture goes through LibreOffice to PDF and pdftotext -bbox-layout; positions in mm.
 * 版心: x 28–184, y 37–262. pdftotext boxes sit at the bottom of an exact 579 line, so a line's box top is
 * its yMax less one pitch.
 */
const PITCH = (579 / 20) * (25.4 / 72);
const AREA = { left: 28, right: 184, top: 37, bottom: 262 };
const TIMEOUT = 240_000;

type Rendered = { pages: Page[]; pdf: string; dir: string };
const rendered: Record<string, Rendered> = {};
const isPageNumber = (l: Word) => /^—\d+—$/.test(l.text);
const bodyLines = (p: Page) => p.lines.filter((l) => !isPageNumber(l));

beforeAll(async () => {
  rendered.ningxia = renderPdf(await renderDocx(ningxia));
  rendered.changzhou = renderPdf(await renderDocx(changzhou));
  rendered.long = renderPdf(await renderDocx(longNotice));
}, TIMEOUT);
afterAll(() => Object.values(rendered).forEach((r) => cleanup(r.dir)));

describe("body page geometry (long notice)", () => {
  it("runs over three pages or more", () => {
    expect(rendered.long!.pages.length).toBeGreaterThanOrEqual(3);
  });

  it("fills a full page with 22 lines on a 28.95 pt pitch, starting 37 mm down and 28 mm in", () => {
    const page = rendered.long!.pages[1]!;
    const lines = bodyLines(page);
    expect(lines).toHaveLength(22);
    const first = lines[0]!;
    expect(Math.abs(first.yMax - PITCH - AREA.top)).toBeLessThan(1);
    expect(Math.abs(lines[lines.length - 1]!.yMax - AREA.bottom)).toBeLessThan(1);
    for (let i = 1; i < lines.length; i++) expect(Math.abs(lines[i]!.yMax - lines[i - 1]!.yMax - PITCH)).toBeLessThan(0.15);
    const lefts = lines.map((l) => l.xMin);
    expect(Math.abs(Math.min(...lefts) - AREA.left)).toBeLessThan(1);
    const unhung = lines.filter((l) => !/[，。、；：]$/.test(l.text));
    expect(Math.max(...unhung.map((l) => l.xMax))).toBeLessThanOrEqual(AREA.right + 1);
  });

  it("sets 28 characters on a full line (a closing punctuation mark may hang past the edge)", () => {
    const full = bodyLines(rendered.long!.pages[1]!).filter((l) => l.xMin < AREA.left + 1 && l.xMax > AREA.right - 3);
    expect(full.length).toBeGreaterThan(5);
    for (const l of full) {
      const chars = [...l.text];
      const hangs = /[，。、；：]$/.test(l.text) && l.xMax > AREA.right + 1;
      expect(chars.length - (hangs ? 1 : 0)).toBe(28);
    }
  });

  it("prints `—N—` 7 mm below the 版心, odd pages right and even pages left, one 4号 character in", () => {
    for (const [i, page] of rendered.long!.pages.entries()) {
      const number = page.lines.find(isPageNumber)!;
      expect(number.text).toBe(`—${i + 1}—`);
      expect(Math.abs((number.yMin + number.yMax) / 2 - (AREA.bottom + 7))).toBeLessThan(1.5);
      const inset = 4.94;
      if (i % 2 === 0) expect(Math.abs(number.xMax - (AREA.right - inset))).toBeLessThan(1);
      else expect(Math.abs(number.xMin - (AREA.left + inset))).toBeLessThan(1);
    }
  });

  it("centres the title on the type area at the top of page 1", () => {
    const title = rendered.long!.pages[0]!.lines[0]!;
    expect(title.text).toBe("关于加强和规范全区政务新媒体建设管理应用有关工作的通知".slice(0, title.text.length));
    expect(Math.abs((title.xMin + title.xMax) / 2 - (AREA.left + AREA.right) / 2)).toBeLessThan(1.5);
    expect(Math.abs(title.yMax - PITCH - AREA.top)).toBeLessThan(1.5);
  });
});

describe("版头 (宁夏 notice)", () => {
  it("puts the red mark's top 35 mm below the 版心 top and fits it into 156 mm", () => {
    const rows = redRows(rendered.ningxia!.pdf, 1);
    expect(Math.abs(rows[0]!.y - (AREA.top + 35))).toBeLessThan(1.5);
    const mark = rendered.ningxia!.pages[0]!.lines[0]!;
    expect(mark.text).toBe("宁夏回族自治区人民政府政务公开办公室");
    expect(mark.xMin).toBeGreaterThanOrEqual(AREA.left - 0.5);
    expect(mark.xMax).toBeLessThanOrEqual(AREA.right + 0.5);
  });

  it("centres the 发文字号 two lines below the mark and draws the red rule 4 mm under it", () => {
    const [mark, number] = rendered.ningxia!.pages[0]!.lines;
    expect(number!.text).toBe("宁政公开办发〔2020〕19号");
    expect(Math.abs((number!.xMin + number!.xMax) / 2 - 106)).toBeLessThan(1.5);
    expect(Math.abs(number!.yMax - mark!.yMax - 3 * PITCH)).toBeLessThan(2);
    const rule = redRows(rendered.ningxia!.pdf, 1).filter((r) => r.red > 0.5);
    expect(rule.length).toBeGreaterThan(0);
    const gap = rule[0]!.y - number!.yMax;
    expect(gap).toBeGreaterThan(2.5);
    expect(gap).toBeLessThan(4.5);
  });

  it("centres every title line and ends the 主送机关 with a full-width colon, flush left", () => {
    const lines = rendered.ningxia!.pages[0]!.lines;
    const recipients = lines.findIndex((l) => l.text.startsWith("各市"));
    for (const l of lines.slice(2, recipients)) expect(Math.abs((l.xMin + l.xMax) / 2 - 106)).toBeLessThan(1.5);
    expect(Math.abs(lines[recipients]!.xMin - AREA.left)).toBeLessThan(0.5);
    expect(lines.some((l) => l.text.endsWith("办公室："))).toBe(true);
  });
});

describe("attachments", () => {
  it("starts each attachment on a new page with its label top-left and its title on the third line", () => {
    const pages = rendered.ningxia!.pages;
    for (const n of [1, 2, 3, 4]) {
      const page = pages.find((p) => p.lines[0]?.text === `附件${n}`);
      expect(page, `附件${n}`).toBeDefined();
      const [label, title] = page!.lines;
      expect(Math.abs(label!.xMin - AREA.left)).toBeLessThan(0.5);
      expect(Math.abs(label!.yMax - PITCH - AREA.top)).toBeLessThan(1);
      expect(Math.abs(title!.yMax - label!.yMax - 2 * PITCH)).toBeLessThan(1);
      expect(Math.abs((title!.xMin + title!.xMax) / 2 - 106)).toBeLessThan(1.5);
    }
  });

  it("keeps the 7-column table inside the 版心 with its header cells on one row", () => {
    const page = rendered.changzhou!.pages.find((p) => p.lines[0]?.text === "附件")!;
    const header = page.words.filter((w) => ["序号", "开设主体", "账号名称", "平台", "问题类型", "问题描述", "整改情况"].includes(w.text));
    expect(header).toHaveLength(7);
    const ys = header.map((w) => w.yMin);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(0.5);
    for (const w of page.words) {
      expect(w.xMin).toBeGreaterThanOrEqual(AREA.left - 0.5);
      expect(w.xMax).toBeLessThanOrEqual(AREA.right + 0.5);
    }
  });
});

describe("版记 (宁夏 notice)", () => {
  it("lands on an even page: after content ending on page 6, a blank page 7 and the 版记 on page 8, both unnumbered", () => {
    const pages = rendered.ningxia!.pages;
    expect(pages).toHaveLength(8);
    expect(pages[5]!.lines.some((l) => l.text === "—6—")).toBe(true);
    expect(pages[6]!.words).toHaveLength(0);
    expect(pages[7]!.words.some((w) => w.text.endsWith("印发"))).toBe(true);
    expect(pages[7]!.lines.some(isPageNumber)).toBe(false);
  });

  it("sits at the foot of the last page's 版心 with 印发机关 and 印发日期 one 4号 character in", () => {
    const last = rendered.ningxia!.pages[rendered.ningxia!.pages.length - 1]!;
    const printer = last.words.find((w) => w.text === "自治区人民政府政务公开办公室")!;
    const date = last.words.find((w) => w.text.endsWith("印发"))!;
    const cc = last.words.find((w) => w.text.startsWith("抄送："))!;
    expect(Math.abs(printer.yMax - AREA.bottom)).toBeLessThan(1.5);
    const rules = blackRules(rendered.ningxia!.pdf, rendered.ningxia!.pages.length);
    expect(rules).toHaveLength(3);
    expect(Math.abs(rules[2]! - AREA.bottom)).toBeLessThan(1);
    expect(cc.yMax).toBeLessThan(printer.yMin);
    expect(Math.abs(printer.xMin - (AREA.left + 4.94))).toBeLessThan(0.5);
    expect(Math.abs(date.xMax - (AREA.right - 4.94))).toBeLessThan(0.5);
  });
});

describe("署名 (long notice)", () => {
  it("never stands on a page without body text, and centres over the date set 4字 from the right", () => {
    const last = rendered.long!.pages[rendered.long!.pages.length - 1]!;
    const lines = bodyLines(last);
    const issuer = lines.find((l) => l.text === "君山区人民政府办公室")!;
    const date = lines.find((l) => l.text === "2019年6月17日")!;
    expect(lines.indexOf(issuer)).toBeGreaterThan(0);
    expect(Math.abs(AREA.right - date.xMax - 4 * 5.56)).toBeLessThan(1);
    // The renderer counts a digit as ½字, true of 仿宋_GB2312; the Noto face used here has wider digits, so
    // the date's centre moves left by half the surplus of its 7 digits.
    const cjk = 5.556;
    const digit = (date.xMax - date.xMin - 3 * cjk) / 7;
    const drift = (7 * (digit - cjk / 2)) / 2;
    expect(Math.abs((issuer.xMin + issuer.xMax) / 2 - ((date.xMin + date.xMax) / 2 + drift))).toBeLessThan(1);
    expect(Math.abs(date.yMax - issuer.yMax - PITCH)).toBeLessThan(0.2);
  });
});
