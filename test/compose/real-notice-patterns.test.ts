/**
 * The patterns of real published notices (issue 11), each from invented data in the shape the pattern
 * needs, read back from the Word file the pipeline writes (document.xml's text).
 */
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/write-outputs.js";
import { paragraphsText, part } from "../render/unzip-docx.js";

const notice = { issuer: "某市人民政府办公室", recipients: "各区人民政府，市政府各部门", signDate: "2023-07-05", period: "2023年第二季度" };
type Row = Record<string, unknown>;
const rows = (n: number, make: (i: number) => Row): Row[] => Array.from({ length: n }, (_, i) => make(i));
const site = (i: number, extra: Row = {}): Row => ({ name: `某单位${i + 1}网站`, unit: `某单位${i + 1}`, ...extra });
const account = (i: number, platform: string, extra: Row = {}): Row => ({ name: `某号${i + 1}`, unit: `某单位${i + 1}`, platform, ...extra });

/** Generate the notice from this JSON input and return its text and attachment titles. */
async function rendered(input: Row): Promise<{ text: string; files: string[]; warnings: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-patterns-"));
  const file = join(dir, "input.json");
  await writeFile(file, JSON.stringify({ ...input, notice: { ...notice, ...((input.notice as Row) ?? {}) } }));
  const result = await generate({ input: file, outDir: join(dir, "out") });
  const docx = readFileSync(result.files[0]!);
  const text = paragraphsText(part(docx, "word/document.xml")).join("\n");
  if (process.env.SHOW) console.log(text);
  return { text, files: result.files, warnings: result.warnings.map((w) => w.message) };
}

describe("what real notices say that the tool could not", () => {
  it("抽查 of a known running total: 随机抽查了60家，抽查比例38%, titled …抽查情况的通报", async () => {
    const { text } = await rendered({ notice: { checkKind: "抽查", websiteTotal: 158 }, websites: rows(60, (i) => site(i, i < 4 ? { vetoes: ["栏目不更新"] } : {})) });
    expect(text).toContain("关于2023年第二季度全市政府网站抽查情况的通报");
    expect(text).toContain("全市共有政府网站158家。第二季度随机抽查了60家，抽查比例38%");
    expect(text).toContain("本次抽查合格网站56家，不合格4家");
  });

  it("only the sample known: 共抽查85个, never 共开设85个", async () => {
    const { text } = await rendered({ notice: { checkKind: "抽查" }, accounts: rows(85, (i) => account(i, "微信", i === 0 ? { vetoes: ["监测时间点前2周内无更新"] } : {})) });
    expect(text).toContain("第二季度共抽查政务新媒体85个");
    expect(text).not.toContain("共开设");
  });

  it("rates the office's way: 88%, 97.33%, 93.75% with 合格率小数位数 2", async () => {
    const cat = (name: string, n: number, failed: number, from: number) => rows(n, (i) => site(from + i, { category: name, ...(i < failed ? { vetoes: ["站点无法访问"] } : {}) }));
    const { text } = await rendered({ notice: { rateDecimals: 2 }, websites: [...cat("市级部门", 25, 3, 0), ...cat("县区", 150, 4, 100), ...cat("乡镇", 16, 1, 300)] });
    expect(text).toContain("从单位类别看，市级部门合格率88%，县区合格率97.33%，乡镇合格率93.75%。");
  });

  it("counts per platform under 抽查: 微博抽查12个，不合格1个，合格率91.7%, the platform word as written", async () => {
    const accounts = [...rows(12, (i) => account(i, "新浪微博", i === 0 ? { vetoes: ["严重表述错误"] } : {})), ...rows(8, (i) => account(20 + i, i % 2 ? "微信服务号" : "微信订阅号"))];
    const { text } = await rendered({ notice: { checkKind: "抽查", accountTotal: 40 }, accounts });
    expect(text).toContain("从平台类型看，微信抽查8个，不合格0个，合格率100%；微博抽查12个，不合格1个，合格率91.7%。");
    expect(text).toContain("“某号1”新浪微博");
  });

  it("the unit in front of the account's name and the sub-type kept: 某市卫生健康委员会“健康某市”微信服务号", async () => {
    const { text } = await rendered({
      notice: { nameStyle: "单位加名称" },
      accounts: [{ name: "健康某市", unit: "某市卫生健康委员会", platform: "微信服务号", vetoes: ["监测时间点前2周内无更新"] }, account(1, "微信订阅号")],
    });
    expect(text).toContain("某市卫生健康委员会“健康某市”微信服务号");
    expect(text).toContain("按平台类型分，微信2个");
  });

  it("problem categories in the indicator system's order, not row order", async () => {
    const { text } = await rendered({ websites: [site(0, { deductions: ["办事服务"] }), site(1, { vetoes: ["栏目不更新"] }), site(2, { vetoes: ["站点无法访问"] })] });
    const at = (s: string) => text.indexOf(s);
    expect(at("存在站点无法访问问题")).toBeGreaterThan(0);
    expect(at("存在站点无法访问问题")).toBeLessThan(at("存在栏目不更新问题"));
    expect(at("存在栏目不更新问题")).toBeLessThan(at("存在办事服务问题"));
  });

  it("（见附件N） in the sentence the attachment supports", async () => {
    const { text } = await rendered({ websites: rows(3, (i) => site(i, { category: i ? "县区" : "市级部门", ...(i === 0 ? { vetoes: ["首页不更新"] } : {}) })) });
    expect(text).toContain("检查发现“问题网站”1家（见附件2），总体合格率为66.7%");
    expect(text).toMatch(/\n2\.\s*2023年第二季度检查发现存在问题的政府网站名单\n/);
  });

  it("上季度通报的问题均已完成整改 when every notified problem is fixed", async () => {
    const { text } = await rendered({ websites: [site(0)], followUps: [{ name: "某单位1网站", status: "已整改" }, { name: "某单位2网站", status: "已整改" }] });
    expect(text).toContain("上季度通报的问题均已完成整改。");
  });

  it("12个单位未按要求上报整改情况, the 12 names in an attachment instead of a 12-name sentence", async () => {
    const followUps = rows(12, (i) => ({ targetType: "单位", name: `某单位${i + 1}`, unit: `某单位${i + 1}`, status: "整改中", reportedOnTime: false }));
    const { text } = await rendered({ websites: [site(0)], followUps });
    expect(text).toMatch(/12个单位未按要求反馈上季度通报的整改情况（见附件\d?）。/);
    expect(text.slice(0, text.indexOf("附件："))).not.toContain("某单位7");
    expect(text).toContain("未按要求上报整改情况的单位名单");
  });

  it("publication figures split by kind of column, with the number of units that have them", async () => {
    const publications = rows(32, (i) => ({ unit: `某单位${i + 1}`, category: i < 20 ? "市级部门" : "乡镇", published: 150, extra: { 动态类信息条数: i < 27 ? 20 : 0, 政府信息公开栏目信息条数: i < 28 ? 150 : 0 } }));
    const { text } = await rendered({ websites: [site(0)], publications });
    expect(text).toContain("其中动态类信息540条（27个单位）、政府信息公开栏目信息4200条（28个单位）");
  });
});

describe("what the tool was given, it states", () => {
  it("the 季度通报 states 信息发布统计 (4,740 items) and 互动交流 (86 letters)", async () => {
    const publications = [
      { unit: "某镇", category: "乡镇", published: 2740 },
      { unit: "某局", category: "部门", published: 2000 },
    ];
    const { text } = await rendered({ notice: { template: "季度通报" }, websites: [site(0)], publications, interactions: [{ channel: "市长信箱", received: 86, closed: 86 }] });
    expect(text).toContain("主动公开信息4740条");
    expect(text).toContain("“市长信箱”86件，办结率100%");
  });

  it("the 存在问题 list holds the accounts with deduction problems, with the 扣分问题 column", async () => {
    const accounts = [account(0, "微信", { vetoes: ["严重表述错误"] }), ...rows(9, (i) => account(1 + i, "微博", { deductions: ["内容更新不及时"] }))];
    const { text } = await rendered({ accounts });
    expect(text).toContain("存在的扣分问题");
    for (let i = 2; i <= 10; i++) expect(text).toContain(`某号${i}`);
  });
});

describe("what the data contradicts, it never says", () => {
  it("a 内容保障通报 for a period in which accounts failed does not say 未发现突出问题", async () => {
    const { text } = await rendered({
      notice: { template: "内容保障通报" },
      publications: [{ unit: "某镇", category: "乡镇", published: 10 }],
      accounts: [account(0, "微信", { score: 50 }), account(1, "微信", { vetoes: ["严重表述错误"] }), account(2, "微博")],
    });
    expect(text).not.toContain("未发现突出问题");
    expect(text).toContain("总体符合要求，但发现1个政务新媒体存在突出问题、2个政务新媒体检查不合格");
  });

  it("warns when a user template uses none of a sheet's fields, naming the sheet", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongbao-user-template-"));
    const template = join(dir, "mine.hbs");
    await writeFile(template, "标题：{{notice.title}}\n主送：{{notice.recipients}}\n{{> website-overview}}\n署名：{{notice.issuer}}\n日期：{{notice.signDate}}\n");
    const { warnings } = await rendered({ notice: { template }, websites: [site(0)], interactions: [{ channel: "市长信箱", received: 3 }] });
    expect(warnings.some((w) => w.includes("没有用到“互动交流”工作表的任何字段"))).toBe(true);
    expect(warnings.some((w) => w.includes("“政府网站”工作表"))).toBe(false);
  });
});
