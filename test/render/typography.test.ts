import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { hasLongToken } from "../../src/render/body.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { cleanup, renderPdf, type Page } from "./libreoffice.js";
import { part } from "./unzip-docx.js";

const contact = "联系人：周明，电话：0739-5550123，邮箱：zwgk@jianglin.gov.cn。";
const doc: NoticeDocument = {
  kind: "通报",
  title: "关于2024年第三季度全市政府网站检查情况的通报",
  body: [
    { kind: "paragraph", text: "按照《关于开展政府网站检查的通知》（江政办发〔2024〕58号）要求，全市共有政府网站40家。" },
    { kind: "paragraph", text: contact },
  ],
  attachments: [],
  signature: { issuer: "江临市人民政府办公室", date: "2024年10月14日" },
};

let rendered: { pages: Page[]; dir: string };
beforeAll(async () => {
  rendered = renderPdf(await renderDocx(doc));
}, 240_000);
afterAll(() => cleanup(rendered.dir));

describe("CJK and Latin spacing", () => {
  it("switches autoSpaceDE and autoSpaceDN off in the document defaults", async () => {
    const styles = part(await renderDocx(doc), "word/styles.xml");
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
  });

  // LibreOffice 7.4's DOCX import ignores both flags (writerfilter drops autoSpaceDE/DN), so its PDFs keep
  // a ≈3 pt gap at 58|号 whatever the file says; Word and WPS honour them. Hence no PDF measurement here.
});

describe("paragraphs with a long Latin token", () => {
  it("are recognised by an ASCII run longer than 12 characters (an e-mail address, not a phone number)", () => {
    expect(hasLongToken(contact)).toBe(true);
    expect(hasLongToken("电话：0739-5550123，传真：0739-5550124。")).toBe(false);
  });

  it("are set flush left, the rest justified", async () => {
    const xml = part(await renderDocx(doc), "word/document.xml");
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
    const jc = (text: string) => /<w:jc w:val="(\w+)"\/>/.exec(paragraphs.find((p) => p.includes(text))!)?.[1];
    expect(jc("zwgk@")).toBe("left");
    expect(jc("58号")).toBe("both");
  });

  it("are not stretched: the line before the address keeps its natural spacing", () => {
    const line = rendered.pages[0]!.lines.find((l) => l.text.startsWith("联系人"))!;
    const words = rendered.pages[0]!.words.filter((w) => Math.abs(w.yMax - line.yMax) < 0.5);
    expect(words.length).toBeLessThan(4);
    expect(words[0]!.text.startsWith("联系人：周明")).toBe(true);
  });
});
