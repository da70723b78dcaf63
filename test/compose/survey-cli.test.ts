/**
 * `tongbao generate` of a 调查通知 as a user runs it: the compiled CLI in a subprocess on a workbook
 * whose 正文 and 整改报送要求 are written the way clerks write them (npm test builds dist/ first).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../helpers/workbook-builder.js";
import { part, paragraphsText } from "../render/unzip-docx.js";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "dist/src/cli.js");

const surveyWorkbook = () =>
  writeWorkbook([
    {
      name: "通报信息",
      rows: [
        ["项目", "内容"],
        ["文种", "通知"],
        ["发文机关", "某市人民政府办公室"],
        ["主送机关", "各县（区）人民政府，市政府各部门"],
        ["成文日期", "2023-07-20"],
        ["整改截止日期", "2023-08-04"],
        ["整改报送要求", "经单位主要负责人签字并加盖公章后报市政务公开办。"],
      ],
    },
    {
      name: "政务新媒体",
      rows: [
        ["账号名称", "开设主体", "平台类型"],
        ["某市发布", "某市人民政府办公室", "微信"],
      ],
    },
    {
      name: "正文",
      rows: [
        ["章节", "内容"],
        ["结尾", "附件：各单位账号清单以系统导出为准。"],
      ],
    },
  ]);

describe("tongbao generate of a 调查通知", { timeout: 120_000 }, () => {
  it("prints a 正文 row starting with 附件： as text and a 整改报送要求 ending in 。 with one 。", async () => {
    const out = mkdtempSync(join(tmpdir(), "tongbao-survey-cli-"));
    const r = spawnSync(process.execPath, [cli, "generate", await surveyWorkbook(), "-o", out], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const docx = readdirSync(out).find((n) => n.endsWith(".docx"))!;
    const text = paragraphsText(part(readFileSync(join(out, docx)), "word/document.xml")).join("\n");
    expect(text).toContain("附件：各单位账号清单以系统导出为准。");
    expect(text).toContain("将附件1、附件2经单位主要负责人签字并加盖公章后报市政务公开办。");
    expect(text).not.toContain("。。");
  });

  it("is made by --template 调查通知 from a workbook of a 通报", async () => {
    const out = mkdtempSync(join(tmpdir(), "tongbao-survey-cli-"));
    const input = await writeWorkbook([
      { name: "通报信息", rows: [["项目", "内容"], ["发文机关", "某市人民政府办公室"], ["主送机关", "各县（区）人民政府"], ["成文日期", "2023-07-20"], ["检查期间", "2023年第二季度"]] },
      { name: "政务新媒体", rows: [["账号名称", "开设主体", "平台类型"], ["某市发布", "某市人民政府办公室", "微信"]] },
    ]);
    const r = spawnSync(process.execPath, [cli, "generate", input, "-o", out, "--template", "调查通知"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const docx = readdirSync(out).find((n) => n.endsWith(".docx"))!;
    expect(docx).toMatch(/^某市人民政府办公室关于全市政务新媒体.*的通知\.docx$/);
    expect(paragraphsText(part(readFileSync(join(out, docx)), "word/document.xml")).join("\n")).toContain("政务新媒体建设情况调查表");
  });
});
