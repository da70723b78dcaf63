/**
 * A long listing grouped by unit, measured in LibreOffice: every unit's name on every page it runs over, 5-digit
 * 序号 on one line, no column left empty.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeDocument, TableSpec } from "../../src/outline.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { jianglin } from "../fixtures/outlines/jianglin.js";
import { cleanup, renderPdf, type Page } from "./libreoffice.js";

const FIRST = 10_000;
const units = ["江临市卫生健康委员会", "临溪区桥西街道办事处", "云渡县人民政府办公室", "江临市数据资源管理局", "临溪区文化广电旅游局", "江临市商务局"];
/** 72 rows, 12 per unit: the table runs over three pages, units across the breaks. */
const listing: TableSpec = {
  columns: [
    { header: "序号", width: 1, align: "center" },
    { header: "责任单位", width: 3, merge: true },
    { header: "名称", width: 3 },
    { header: "检查结论", width: 1.5, align: "center" },
    { header: "备注", width: 2 },
  ],
  rows: Array.from({ length: 72 }, (_, i) => [FIRST + i, units[Math.floor(i / 12)]!, `账号${i + 1}`, i % 5 === 0 ? "不合格" : "合格", ""]),
};
const doc: NoticeDocument = { ...jianglin, imprint: undefined, attachments: [{ title: "全部检查对象", blocks: [{ kind: "table", table: listing }] }] };

let rendered: { pages: Page[]; dir: string };
beforeAll(async () => {
  rendered = renderPdf(await renderDocx(doc));
}, 240_000);
afterAll(() => cleanup(rendered.dir));

const tablePages = () => rendered.pages.slice(rendered.pages.findIndex((p) => p.lines[0]?.text === "附件"));

describe("a long listing merged by unit", () => {
  it("runs over more than one page", () => {
    expect(tablePages().length).toBeGreaterThan(1);
  });

  it("shows each unit's name on every page holding one of its rows", () => {
    for (const page of tablePages()) {
      const text = page.lines.map((l) => l.text).join("");
      const numbers = page.words.filter((w) => /^\d{5}$/.test(w.text)).map((w) => Number(w.text));
      expect(numbers.length).toBeGreaterThan(0);
      for (const unit of new Set(numbers.map((n) => units[Math.floor((n - FIRST) / 12)]!))) expect(text, `page ${page.words[0]?.page}`).toContain(unit);
    }
  });

  it("sets every 5-digit 序号 whole on one line", () => {
    const numbers = tablePages().flatMap((p) => p.words.filter((w) => /^\d+$/.test(w.text) && w.xMax < 50 && w.yMax < 262).map((w) => w.text));
    expect(numbers).toEqual(listing.rows.map((r) => String(r[0])));
  });

  it("leaves out the 备注 column, empty in every row", () => {
    expect(tablePages().some((p) => p.words.some((w) => w.text === "备注"))).toBe(false);
  });
});
