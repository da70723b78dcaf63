import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/render-docx.js";
import { jianglin, problemAccounts } from "../fixtures/outlines/jianglin.js";
import { cleanup, renderPdf, type Page } from "./libreoffice.js";

/** The example-like notice measured in LibreOffice: the problem-account table and the 版记 page. */
let rendered: { pages: Page[]; dir: string };
/** The same table with every column in use: narrow enough to wrap its longer headers. */
let filled: { pages: Page[]; dir: string };
beforeAll(async () => {
  rendered = renderPdf(await renderDocx(jianglin));
  const table = { ...problemAccounts, rows: problemAccounts.rows.map((r) => [...r.slice(0, 5), "有", "无"]) };
  filled = renderPdf(await renderDocx({ ...jianglin, attachments: [{ title: "名单", blocks: [{ kind: "table", table }] }] }));
}, 240_000);
afterAll(() => [rendered, filled].forEach((r) => cleanup(r.dir)));

const tablePage = () => rendered.pages.find((p) => p.lines[0]?.text === "附件")!;

describe("the problem-account table", () => {
  it("sets 序号, 账号名称, 开设主体 and 账号类型 on one header line each", () => {
    const words = tablePage().words;
    const header = ["序号", "账号名称", "开设主体", "账号类型"].map((t) => words.find((w) => w.text === t));
    expect(header.every(Boolean)).toBe(true);
    const ys = header.map((w) => w!.yMin);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(0.5);
  });

  it("keeps 微信视频号, 今日头条 and every account name on one line", () => {
    const words = tablePage().words.map((w) => w.text);
    for (const t of ["微信视频号", "今日头条", "江临生态环境", "江临数据", "高坪发布"]) expect(words).toContain(t);
  });
});

describe("dead columns", () => {
  it("leaves out 存在的扣分问题 and 备注, empty in every row, and sets the five others in the full text width", () => {
    const page = tablePage();
    const words = page.words.map((w) => w.text);
    for (const t of ["备注", "扣分", "分问题"]) expect(words.some((w) => w.includes(t))).toBe(false);
    expect(words.some((w) => w.startsWith("存在的"))).toBe(true);
    // The table's rules span 28–184 mm: its text reaches close to both edges.
    const cells = page.words.filter((w) => w.yMin > page.lines[2]!.yMax);
    expect(Math.min(...cells.map((w) => w.xMin))).toBeLessThan(28 + 8);
    expect(Math.max(...cells.map((w) => w.xMax))).toBeGreaterThan(184 - 40);
  });
});

describe("wrapped headers", () => {
  it("break between words into balanced lines: 存在的 / 突出问题, no orphan character", () => {
    const words = filled.pages.find((p) => p.lines[0]?.text === "附件")!.words.map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining(["存在的", "突出问题", "扣分问题"]));
    expect(words).not.toContain("存在的突");
  });
});

describe("the 版记 after content ending on an odd page", () => {
  it("takes the next, even page on its own, numbered like the pages before it (no blank page precedes it)", () => {
    const pages = rendered.pages;
    expect(pages.length % 2).toBe(0);
    const last = pages[pages.length - 1]!;
    expect(last.words.some((w) => w.text.endsWith("印发"))).toBe(true);
    expect(last.lines.filter((l) => /^—\d+—$/.test(l.text)).map((l) => l.text)).toEqual([`—${pages.length}—`]);
    expect(pages[pages.length - 2]!.lines.some((l) => l.text === `—${pages.length - 1}—`)).toBe(true);
  });
});
