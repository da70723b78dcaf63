import { describe, expect, it } from "vitest";
import { classifyLine, pickAttachments, toOutline } from "../../src/compose/to-outline.js";

describe("classifyLine", () => {
  it("detects the four heading levels from their numbering", () => {
    expect(classifyLine("一、总体情况")).toEqual({ kind: "heading", level: 1, text: "一、总体情况" });
    expect(classifyLine("（二）存在问题")).toEqual({ kind: "heading", level: 2, text: "（二）存在问题" });
    expect(classifyLine("3.网站建设")).toEqual({ kind: "heading", level: 3, text: "3.网站建设" });
    expect(classifyLine("（1）栏目更新")).toEqual({ kind: "heading", level: 4, text: "（1）栏目更新" });
    expect(classifyLine("十二、其他")).toMatchObject({ kind: "heading", level: 1 });
  });

  it("turns a numbered first sentence followed by text into a run-in lead", () => {
    expect(classifyLine("（一）运行情况。第一季度，县政府门户网站运行正常。")).toEqual({
      kind: "paragraph",
      lead: { level: 2, text: "（一）运行情况。" },
      text: "第一季度，县政府门户网站运行正常。",
    });
  });

  it("keeps a long numbered sentence as an ordinary paragraph", () => {
    const line = "（三）各县区、经济区及各部门要始终坚持把政治建设放在政府网站与政务新媒体工作首要位置，严格执行信息审核制度。";
    expect(classifyLine(line)).toEqual({ kind: "paragraph", text: line });
  });

  it("does not take 一是 or a year for numbering", () => {
    expect(classifyLine("一是积极探索。")).toEqual({ kind: "paragraph", text: "一是积极探索。" });
    expect(classifyLine("2023年第二季度，共检查84个账号。")).toEqual({ kind: "paragraph", text: "2023年第二季度，共检查84个账号。" });
  });
});

describe("toOutline", () => {
  it("reads the front matter, body, attachments, signature and note", () => {
    const parts = toOutline(
      ["标题：关于检查情况的通报", "主送：各区人民政府：", "", "  正文第一段。  ", "一、总体情况", "附件：名单", "署名：某办", "日期：2023年7月5日", "附注：（此件公开发布）", "正文：标题：照录"].join("\n"),
    );
    expect(parts).toEqual({
      title: "关于检查情况的通报",
      recipients: "各区人民政府",
      body: [
        { kind: "paragraph", text: "正文第一段。" },
        { kind: "heading", level: 1, text: "一、总体情况" },
        { kind: "paragraph", text: "标题：照录" },
      ],
      attachmentTitles: ["名单"],
      signature: "某办",
      date: "2023年7月5日",
      note: "此件公开发布",
    });
  });

  it("keeps the template's order of attachments and drops repeats", () => {
    expect(pickAttachments(["乙", "甲", "乙"], [{ title: "甲" }, { title: "乙" }], "t.hbs")).toEqual(["乙", "甲"]);
  });

  it("rejects an attachment title that the data does not provide", () => {
    expect(() => pickAttachments(["不存在的表"], [{ title: "名单" }], "t.hbs")).toThrow(/有错误/);
  });
});
