/**
 * The titles of the four reference rebuilds (test/fixtures/seeds/*.json), composed and rendered in
 * LibreOffice: every title line — the notice's and its attachments' — starts and ends between words, and
 * LibreOffice sets the lines as the renderer broke them (it rewraps none).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { noteLines } from "../../src/render/closing.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { titleLines } from "../../src/render/title-lines.js";
import { composeBuiltin, seed } from "../compose/helpers.js";
import { cleanup, renderPdf, type Page } from "./libreoffice.js";

const SEEDS = ["changzhou", "ningxia", "panjin", "qingshen"];
/** Words of these titles that a line may not start or end inside (written out by hand, not segmented). */
const WORDS = [
  "常州市", "市政府", "办公室", "2023年", "2020年", "2021年", "第二季度", "第3季度", "第一季度", "7月份", "政务新媒体",
  "政府网站", "政府门户网站", "自治区", "人民政府", "政务公开", "领导小组", "盘锦市", "青神县", "检查情况", "监管情况",
  "抽查情况", "内容保障", "存在问题", "信息公开", "名单", "统计表", "情况表",
];

/** Offsets of the line ends inside `title` that fall inside one of WORDS. */
function splitWords(lines: string[]): string[] {
  const title = lines.join("");
  const ends: number[] = [];
  lines.slice(0, -1).reduce((at, l) => (ends.push(at + l.length), at + l.length), 0);
  return WORDS.flatMap((w) => {
    const found: string[] = [];
    for (let a = title.indexOf(w); a >= 0; a = title.indexOf(w, a + 1)) if (ends.some((e) => e > a && e < a + w.length)) found.push(w);
    return found;
  });
}

/** 附件说明 names longer than a line. */
const LONG_NAMES = [
  "2024年第三季度全市政府网站和政务新媒体检查情况统计表及问题整改情况汇总表",
  "江临市人民政府办公室关于2024年第三季度全市政府网站和政务新媒体检查发现问题的整改情况报告",
];

const docs: Record<string, NoticeDocument> = {};
const rendered: Record<string, { pages: Page[]; dir: string }> = {};
beforeAll(async () => {
  for (const name of SEEDS) {
    docs[name] = composeBuiltin(seed(name)).document;
    rendered[name] = renderPdf(await renderDocx(docs[name]!));
  }
  docs.notes = { ...docs.changzhou!, attachments: LONG_NAMES.map((title) => ({ title, blocks: [] })) };
  rendered.notes = renderPdf(await renderDocx(docs.notes));
}, 360_000);
afterAll(() => Object.values(rendered).forEach((r) => cleanup(r.dir)));

describe("title lines of the reference rebuilds", () => {
  it("start and end between words, in the notice and on every attachment page", () => {
    for (const name of SEEDS) {
      const doc = docs[name]!;
      for (const title of [doc.title, ...doc.attachments.map((a) => a.title)]) expect(splitWords(titleLines(title)), `${name}: ${title}`).toEqual([]);
    }
  });

  it("are set by LibreOffice exactly as broken, centred, none rewrapped", () => {
    for (const name of SEEDS) {
      const doc = docs[name]!;
      const lines = rendered[name]!.pages[0]!.lines.map((l) => l.text);
      const expected = titleLines(doc.title);
      const at = lines.indexOf(expected[0]!);
      expect(at, `${name}: ${lines.slice(0, 6).join(" / ")}`).toBeGreaterThanOrEqual(0);
      expect(lines.slice(at, at + expected.length)).toEqual(expected);
      for (const [i, att] of doc.attachments.entries()) {
        const page = rendered[name]!.pages.find((p) => p.lines[0]?.text === (doc.attachments.length === 1 ? "附件" : `附件${i + 1}`))!;
        const want = titleLines(att.title);
        expect(page.lines.slice(1, 1 + want.length).map((l) => l.text), `${name}: ${att.title}`).toEqual(want);
      }
    }
  });
});

describe("the 盘锦 署名, wider than its date", () => {
  it("stands on two lines, 盘锦市政务公开工作 / 领导小组办公室, each centred over the date below", () => {
    const lines = rendered.panjin!.pages.flatMap((p) => p.lines);
    const first = lines.findIndex((l) => l.text === "盘锦市政务公开工作");
    expect(first).toBeGreaterThan(0);
    const [a, b, date] = lines.slice(first, first + 3);
    expect(b!.text).toBe("领导小组办公室");
    expect(date!.text).toMatch(/^2023年\d+月\d+日$/);
    const centre = (l: { xMin: number; xMax: number }) => (l.xMin + l.xMax) / 2;
    // Both lines on one centre; the date's own centre drifts left by the preview face's wider digits and the gaps
    // LibreOffice puts between digits and CJK (see layout.test.ts), ≈ 4 mm for its 6 digits.
    expect(Math.abs(centre(a!) - centre(b!))).toBeLessThan(1);
    expect(Math.abs(centre(a!) - centre(date!))).toBeLessThan(4.5);
  });
});

describe("附件说明 names longer than a line", () => {
  it("are set by LibreOffice as broken between words, none rewrapped", () => {
    const lines = rendered.notes!.pages.flatMap((p) => p.lines.map((l) => l.text)).filter((t) => !/^—\d+—$/.test(t));
    const expected = LONG_NAMES.flatMap((name, i) => noteLines(name, 6).map((line, k) => (k === 0 ? `${i === 0 ? "附件：" : ""}${i + 1}.${line}` : line)));
    expect(expected.length).toBeGreaterThan(LONG_NAMES.length + 1);
    const at = lines.indexOf(expected[0]!);
    expect(at, lines.join(" / ")).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at, at + expected.length)).toEqual(expected);
    expect(splitWords(expected.slice(0, 2).map((l) => l.replace(/^附件：1\./, "")))).toEqual([]);
  });
});
