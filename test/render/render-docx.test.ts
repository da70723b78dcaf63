import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/render-docx.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";
import { ningxia } from "../fixtures/outlines/ningxia.js";
import { paragraphsText, part } from "./unzip-docx.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const wide = {
  ...changzhou,
  attachments: [
    {
      title: "宽表",
      blocks: [
        {
          kind: "table" as const,
          table: {
            columns: Array.from({ length: 10 }, (_, i) => ({ header: `列${i + 1}`, width: 1 })),
            rows: [Array.from({ length: 10 }, (_, i) => i)],
          },
        },
      ],
    },
  ],
};

describe("renderDocx", { timeout: 60_000 }, () => {
  it("gives byte-identical files for the same outline", async () => {
    expect(sha(await renderDocx(ningxia))).toBe(sha(await renderDocx(ningxia)));
    expect(sha(await renderDocx(ningxia, { backend: "docx" }))).toBe(sha(await renderDocx(ningxia, { backend: "docx" })));
  });

  it("fixes the core.xml dates instead of writing the clock", async () => {
    const core = part(await renderDocx(changzhou), "docProps/core.xml");
    expect(core).toMatch(/<dcterms:created[^>]*>2000-01-01T00:00:00Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2000-01-01T00:00:00Z</);
  });

  it("lays every portrait section out on A4 with the GB/T 9704 margins and a 579 line grid", async () => {
    const xml = part(await renderDocx(ningxia), "word/document.xml");
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(6);
    for (const s of sections) {
      expect(s).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(s).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1588"/);
      expect(s).toMatch(/<w:docGrid w:linePitch="579"\/>/);
    }
  });

  it("sets body paragraphs exact 579 with the four font slots on the CJK face and −5 spacing", async () => {
    const xml = part(await renderDocx(ningxia), "word/document.xml");
    expect(xml).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(xml).not.toContain('lineRule="exactly"');
    expect(xml).toContain('<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>');
    expect(xml).toMatch(/<w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    expect(xml).not.toMatch(/Theme=/);
    expect(xml).not.toMatch(/<w:pStyle w:val="Heading/);
    expect(part(await renderDocx(ningxia), "word/styles.xml")).not.toMatch(/w:(ascii|eastAsia|hAnsi)Theme/);
  });

  /** The text and field codes of the last section's odd and even footers. */
  const lastFooters = (docx: Uint8Array): string[] => {
    const xml = part(docx, "word/document.xml");
    const last = xml.slice(xml.lastIndexOf("<w:sectPr"));
    const rels = part(docx, "word/_rels/document.xml.rels");
    return ["default", "even"].map((type) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(last)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      const footer = part(docx, `word/${target}`);
      return paragraphsText(footer).join("") + [...footer.matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((m) => m[1]).join("");
    });
  };

  it("puts the 版记 alone in a last section that starts on an even page, unnumbered after a blank page", async () => {
    // The content fills six pages (estimated, as LibreOffice lays it: test/render/imprint-page-layout.test.ts),
    // so a blank page 7 precedes the 版记 and neither is numbered (GB/T 9704 7.5).
    const docx = await renderDocx(ningxia);
    const xml = part(docx, "word/document.xml");
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    const last = sections[sections.length - 1]!;
    expect(last).toContain('<w:type w:val="evenPage"/>');
    const end = xml.lastIndexOf("<w:sectPr");
    const content = paragraphsText(xml.slice(xml.lastIndexOf("</w:sectPr>", end), end)).join("");
    expect(content).toBe("抄送：自治区人民政府办公厅。自治区人民政府政务公开办公室\t2020年11月11日印发");
    expect(lastFooters(docx)).toEqual(["", ""]);
  });

  it("numbers the 版记 page when the content ends on an odd page, so no blank page precedes it", async () => {
    const five = await renderDocx({ ...ningxia, attachments: ningxia.attachments.slice(0, 3) });
    const footers = lastFooters(five);
    expect(footers.map((f) => f.replace(/\s/g, ""))).toEqual(["——PAGE", "——PAGE"]);
    expect(part(five, "word/document.xml").match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!.at(-1)).toContain('<w:type w:val="evenPage"/>');
  });

  it("turns on odd/even footers and gives every section both", async () => {
    const docx = await renderDocx(ningxia);
    expect(part(docx, "word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
    const sections = part(docx, "word/document.xml").match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    for (const s of sections) {
      expect(s).toMatch(/<w:footerReference w:type="default"/);
      expect(s).toMatch(/<w:footerReference w:type="even"/);
    }
  });

  it("writes the 版头 in red and the attachment labels and note as the standard spells them", async () => {
    const xml = part(await renderDocx(ningxia), "word/document.xml");
    const text = paragraphsText(xml);
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>[\s\S]*宁夏回族自治区人民政府政务公开办公室/);
    expect(text).toContain("附件：1.\t2020年第3季度全区政府网站检查情况统计表");
    expect(text).toContain("4.\t政务新媒体建设情况调查表");
    expect(text).toEqual(expect.arrayContaining(["附件1", "附件2", "附件3", "附件4", "（此件公开发布）"]));
    expect(text).toContain("各市、县（区）人民政府办公室，自治区政府各部门、各直属机构办公室：");
    expect(text).toContain("抄送：自治区人民政府办公厅。");
  });

  it("puts the table header mark on the first row only and merges equal cells of merge columns", async () => {
    const xml = part(await renderDocx(changzhou), "word/document.xml");
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    expect(table.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(table.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8844);
  });

  it("gives a wide table a landscape section sized once, not swapped twice", async () => {
    const xml = part(await renderDocx(wide), "word/document.xml");
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(12756);
  });

  it("turns the margins with a landscape page, so the 版心 keeps its place on the sheet", async () => {
    const sections = part(await renderDocx(wide), "word/document.xml").match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    const margins = (s: string) => {
      const pgMar = /<w:pgMar[^>]*>/.exec(s)![0];
      return Object.fromEntries([...pgMar.matchAll(/w:(top|right|bottom|left)="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
    };
    const portrait = margins(sections[0]!);
    expect(portrait).toEqual({ top: 2098, right: 1474, bottom: 1984, left: 1588 });
    // Turned with the table head to the 订口 (GB/T 9704 §8): the portrait left margin is the landscape top, the
    // right the bottom, the paper's foot the left, its head the right.
    expect(margins(sections[1]!)).toEqual({ top: portrait.left, right: portrait.top, bottom: portrait.right, left: portrait.bottom });
  });
});
