/**
 * Landscape attachment pages measured in LibreOffice: the page number stands where the portrait pages have
 * it once the sheet is turned (GB/T 9704 §8): in the landscape page's left margin, 7 mm outside the 版心,
 * ending 1字 inside the 版心 on odd pages and starting 1字 inside it on even pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeDocument, TableSpec } from "../../src/outline.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { jianglin } from "../fixtures/outlines/jianglin.js";
import { cleanup, renderPdf, type Page } from "./libreoffice.js";

const wide: TableSpec = {
  columns: [{ header: "序号", width: 1 }, { header: "单位", width: 4 }, ...Array.from({ length: 8 }, (_, i) => ({ header: `指标${i + 1}`, width: 1 }))],
  rows: Array.from({ length: 45 }, (_, i) => [i + 1, `江临市第${i + 1}单位`, ...Array.from({ length: 8 }, (_, k) => (i + k) % 7)]),
};
const doc: NoticeDocument = { ...jianglin, imprint: undefined, attachments: [{ title: "各单位指标统计表", blocks: [{ kind: "table", table: wide }] }] };

let rendered: { pages: Page[]; dir: string };
beforeAll(async () => {
  rendered = renderPdf(await renderDocx(doc));
}, 240_000);
afterAll(() => cleanup(rendered.dir));

const landscapePages = () => rendered.pages.map((p, i) => ({ p, n: i + 1 })).filter(({ p }) => p.width > p.height);
/** The turned number: the words in the left margin (x < 35 mm), as one box. */
const numberBox = (p: Page) => {
  const ws = p.words.filter((w) => w.xMax < 35);
  return { text: ws.map((w) => w.text).join(""), xMin: Math.min(...ws.map((w) => w.xMin)), xMax: Math.max(...ws.map((w) => w.xMax)), yMin: Math.min(...ws.map((w) => w.yMin)), yMax: Math.max(...ws.map((w) => w.yMax)) };
};

describe("landscape attachment pages", () => {
  it("are two or more, after the portrait 正文", () => {
    expect(landscapePages().length).toBeGreaterThanOrEqual(2);
    expect(rendered.pages[0]!.width).toBeLessThan(rendered.pages[0]!.height);
  });

  it("carry `—N—` in the left margin, 7 mm outside the 版心 (the paper's foot once turned), reading along the edge", () => {
    for (const { p, n } of landscapePages()) {
      const box = numberBox(p);
      expect(box.text).toBe(`—${n}—`);
      expect(Math.abs((box.xMin + box.xMax) / 2 - 28)).toBeLessThan(2);
      expect(box.yMax - box.yMin).toBeGreaterThan(box.xMax - box.xMin);
      // nothing along the landscape page's own foot
      expect(p.words.filter((w) => w.yMin > 184)).toEqual([]);
    }
  });

  it("puts odd numbers at the 切口 end and even numbers at the 订口 end, one 4号 character inside the 版心", () => {
    for (const { p, n } of landscapePages()) {
      const box = numberBox(p);
      if (n % 2 === 1) expect(Math.abs(box.yMax - (184 - 4.94))).toBeLessThan(1.5);
      else expect(Math.abs(box.yMin - (28 + 4.94))).toBeLessThan(1.5);
    }
  });
});
