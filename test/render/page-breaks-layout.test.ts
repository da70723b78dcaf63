/**
 * Page breaks measured in LibreOffice: the 正文 fills its pages, the 署名 keeps only with the last lines of
 * text, a one-page 整改通知单 of the example stays on one page, the 发文字号 is printed on page 1.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { longNotice } from "../fixtures/outlines/long-notice.js";
import { ningxia } from "../fixtures/outlines/ningxia.js";
import { cleanup, renderPdf, type Page, type Word } from "./libreoffice.js";

const root = resolve(import.meta.dirname, "../..");
const AREA = { top: 37, bottom: 262 };
/** A page is three-quarters full when its last line ends below this (mm from the top edge). */
const THREE_QUARTERS = AREA.top + 0.75 * (AREA.bottom - AREA.top);
const isPageNumber = (l: Word) => /^—\d+—$/.test(l.text);
const textLines = (p: Page) => p.lines.filter((l) => !isPageNumber(l));
const lastLine = (p: Page) => Math.max(...textLines(p).map((l) => l.yMax));
const isAttachment = (p: Page) => /^附件\d*$/.test(p.lines[0]?.text ?? "");

/** A three-page notice whose contact line and 附件说明 come where page 2 has room for only part of the closing. */
const closingAtFoot: NoticeDocument = {
  ...longNotice,
  body: [...longNotice.body.slice(0, 14), { kind: "paragraph", text: "联系人：周明，联系电话：0739-5550123，电子邮箱：zwgk@jianglin.gov.cn。" }],
  attachments: [
    { title: "2024年第三季度全市政府网站检查情况表", blocks: [] },
    { title: "2024年第三季度全市政务新媒体检查情况表", blocks: [] },
  ],
};
const withoutMark: NoticeDocument = { ...ningxia, mark: undefined, attachments: [], imprint: undefined };

const rendered: Record<string, { pages: Page[]; dir: string }> = {};
let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "tongbao-breaks-"));
  const r = spawnSync(process.execPath, [join(root, "dist/src/cli.js"), "generate", join(root, "data/example.xlsx"), "-o", out, "--per-unit", "problems"], {
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  const units = join(out, readdirSync(out).find((n) => n.endsWith("-各单位"))!);
  // The unit with the longest text of the example and one with a two-line title.
  for (const name of ["江临市人民政府办公室", "临溪区桥西街道办事处"]) rendered[name] = renderPdf(readFileSync(join(units, `${name}.docx`)));
  rendered.closing = renderPdf(await renderDocx(closingAtFoot));
  rendered.noMark = renderPdf(await renderDocx(withoutMark));
}, 360_000);
afterAll(() => {
  Object.values(rendered).forEach((r) => cleanup(r.dir));
  rmSync(out, { recursive: true, force: true });
});

describe("the example's per-unit 整改通知单", () => {
  it("sets its text, 附件说明, 署名 and date on page 1 and each attachment on its own page: 3 pages", () => {
    for (const name of ["江临市人民政府办公室", "临溪区桥西街道办事处"]) {
      const pages = rendered[name]!.pages;
      expect(pages, name).toHaveLength(3);
      const first = textLines(pages[0]!).map((l) => l.text);
      expect(first.some((t) => t.startsWith("联系人"))).toBe(true);
      expect(first).toContain("江临市人民政府办公室");
      expect(first).toContain("2024年10月14日");
      expect(lastLine(pages[0]!)).toBeLessThanOrEqual(AREA.bottom + 0.5);
      expect(pages.slice(1).every(isAttachment)).toBe(true);
    }
  });
});

describe("the 整改情况反馈表's note, longer than the table is wide", () => {
  it("is set in two balanced lines broken between words, not with a last character alone", () => {
    const form = rendered["江临市人民政府办公室"]!.pages[2]!.lines.map((l) => l.text);
    const at = form.indexOf("注：整改状态请勾选一项；未完成整改的，");
    expect(at, form.join(" / ")).toBeGreaterThan(0);
    expect(form[at + 1]).toBe("请在整改措施中写明原因和计划完成时间。");
  });
});

describe("a closing that does not fit the foot of a page", () => {
  it("leaves no page of the 正文 but its last less than three-quarters full", () => {
    const body = rendered.closing!.pages.filter((p) => !isAttachment(p));
    expect(body.length).toBeGreaterThan(2);
    for (const p of body.slice(0, -1)) expect(lastLine(p)).toBeGreaterThan(THREE_QUARTERS);
  });

  it("carries the last 附件说明 line over with the 署名 and date, never the 署名 alone", () => {
    const last = textLines(rendered.closing!.pages.filter((p) => !isAttachment(p)).at(-1)!).map((l) => l.text);
    expect(last[0]).toMatch(/^2\.2024年第三季度全市政务新媒体检查情况表$/);
    expect(last.slice(1)).toEqual(["君山区人民政府办公室", "2019年6月17日"]);
  });
});

describe("发文字号 without a 版头", () => {
  it("is printed on page 1, centred on the line under the title", () => {
    const lines = rendered.noMark!.pages[0]!.lines;
    const number = lines.findIndex((l) => l.text === "宁政公开办发〔2020〕19号");
    expect(number).toBeGreaterThan(0);
    expect(Math.abs((lines[number]!.xMin + lines[number]!.xMax) / 2 - 106)).toBeLessThan(1.5);
    expect(lines[number - 1]!.text.endsWith("通报")).toBe(true);
    expect(lines[number + 1]!.text.startsWith("各市")).toBe(true);
  });
});
