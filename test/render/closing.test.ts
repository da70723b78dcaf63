import { describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { issuerLines, noteLines } from "../../src/render/closing.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { part } from "./unzip-docx.js";

const doc: NoticeDocument = {
  kind: "通报",
  title: "关于2024年第三季度全市政府网站检查情况的通报",
  recipients: "各区人民政府",
  body: [
    { kind: "paragraph", text: "全市共有政府网站40家。" },
    { kind: "paragraph", text: "联系人：周明，联系电话：0739-5550123。" },
  ],
  attachments: [
    { title: "政府网站检查情况表", blocks: [] },
    { title: "政务新媒体检查情况表", blocks: [] },
  ],
  signature: { issuer: "江临市人民政府办公室", date: "2024年10月14日" },
};

const paragraphs = async (d: NoticeDocument) => part(await renderDocx(d), "word/document.xml").match(/<w:p>[\s\S]*?<\/w:p>/g)!;
const keeps = (ps: string[], text: string) => ps.find((p) => p.includes(text))!.includes("<w:keepNext/>");

describe("the closing block", () => {
  it("lets the contact line and the first 附件说明 line break like body text", async () => {
    const ps = await paragraphs(doc);
    expect(keeps(ps, "联系人")).toBe(false);
    expect(keeps(ps, "附件：1.")).toBe(false);
  });

  it("keeps the last 附件说明 line, the seal lines and the 署名 with the date", async () => {
    const ps = await paragraphs(doc);
    expect(keeps(ps, "2.\t政务新媒体") || keeps(ps, "政务新媒体检查情况表")).toBe(true);
    expect(keeps(ps, "江临市人民政府办公室")).toBe(true);
    expect(keeps(ps, "2024年10月14日")).toBe(false);
  });

  it("keeps the body's last paragraph with the 署名 when there is no 附件说明", async () => {
    const ps = await paragraphs({ ...doc, attachments: [] });
    expect(keeps(ps, "联系人")).toBe(true);
    expect(keeps(ps, "全市共有")).toBe(false);
  });
});

describe("issuerLines", () => {
  it("breaks a 署名 too wide to centre over the date after an organisation word, as 盘锦 prints it", () => {
    expect(issuerLines("盘锦市政务公开工作领导小组办公室", "2023年8月14日")).toEqual(["盘锦市政务公开工作", "领导小组办公室"]);
  });

  it("keeps a 署名 that centres over the date on one line", () => {
    expect(issuerLines("常州市人民政府办公室", "2023年7月5日")).toEqual(["常州市人民政府办公室"]);
  });

  it("centres each line of a two-line 署名 over the date", async () => {
    const ps = await paragraphs({ ...doc, signature: { issuer: "盘锦市政务公开工作领导小组办公室", date: "2023年8月14日" } });
    const right = (text: string) => Number(/<w:ind w:right="(\d+)"/.exec(ps.find((p) => p.includes(`>${text}<`))!)![1]);
    // date 6.5字 at 4字 from the right: centres 7.25字 and 8.25字 minus half the line's width.
    expect(right("盘锦市政务公开工作")).toBe(Math.round(4 * 315 + ((6.5 - 9) * 315) / 2));
    expect(right("领导小组办公室")).toBe(Math.round(4 * 315 + ((6.5 - 7) * 315) / 2));
  });
});

describe("发文字号 without a 版头", () => {
  it("follows the title, centred", async () => {
    const ps = await paragraphs({ ...doc, docNumber: "江政办发〔2024〕58号" });
    const at = ps.findIndex((p) => p.includes("江政办发〔2024〕58号"));
    expect(ps[at - 1]).toContain("检查情况的通报");
    expect(ps[at]).toContain('<w:jc w:val="center"/>');
  });
});

describe("the 附件说明 names", () => {
  const long = "2024年第三季度全市政府网站和政务新媒体检查情况统计表及问题整改情况汇总表";
  /** The lines of the paragraph holding `text`: its runs' text, split where a run starts with a line break. */
  const linesOf = (ps: string[], text: string) =>
    ps
      .find((p) => p.includes(text))!
      .match(/<w:r>[\s\S]*?<\/w:r>/g)!
      .map((r) => (r.includes("<w:br/>") ? "\n" : "") + [...r.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).join(""))
      .join("")
      .split("\n");

  it("break between words, each line as full as the words allow, under the name's first character", () => {
    expect(noteLines(long, 6)).toEqual(["2024年第三季度全市政府网站和政务新媒体", "检查情况统计表及问题整改情况汇总表"]);
    expect(noteLines("江临市人民政府办公室关于2024年第三季度全市政府网站和政务新媒体检查发现问题的整改情况报告", 5)).toEqual([
      "江临市人民政府办公室关于2024年第三季度全市",
      "政府网站和政务新媒体检查发现问题的整改情况",
      "报告",
    ]);
    expect(noteLines("政务新媒体检查情况表", 6)).toEqual(["政务新媒体检查情况表"]);
  });

  it("are written with a line break at each word break, for one attachment and for several", async () => {
    const several = await paragraphs({ ...doc, attachments: [{ title: "政府网站检查情况表", blocks: [] }, { title: long, blocks: [] }] });
    expect(linesOf(several, "2.\t")).toEqual(["2.\t2024年第三季度全市政府网站和政务新媒体", "检查情况统计表及问题整改情况汇总表"]);
    const one = await paragraphs({ ...doc, attachments: [{ title: long, blocks: [] }] });
    expect(linesOf(one, "附件：")).toEqual(["附件：2024年第三季度全市政府网站和政务新媒体", "检查情况统计表及问题整改情况汇总表"]);
  });
});
