/**
 * Every kind of file tongbao writes, checked as Word reads it: children in ISO/IEC 29500 transitional order
 * (ooxml-order.ts), a content type for every part, every relationship target present (ooxml-package.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NoticeDocument, TableSpec } from "../../src/outline.js";
import { generateFiles } from "../../src/generate.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";
import { jianglin } from "../fixtures/outlines/jianglin.js";
import { ningxia } from "../fixtures/outlines/ningxia.js";
import { orderProblems } from "./ooxml-order.js";
import { packageProblems } from "./ooxml-package.js";

const root = resolve(import.meta.dirname, "../..");
const decoder = new TextDecoder();

/** Problems of one .docx: every XML part's order, then the package. */
function docxProblems(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const xml = Object.keys(files).filter((n) => n.endsWith(".xml") && n !== "[Content_Types].xml");
  return [...xml.flatMap((n) => orderProblems(decoder.decode(files[n]), n)), ...packageProblems(files)];
}

function generate(out: string, args: string[]): string[] {
  const r = spawnSync(process.execPath, [join(root, "dist/src/cli.js"), "generate", join(root, "data/example.xlsx"), "-o", out, ...args], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  const files: string[] = [];
  const walk = (dir: string) =>
    readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".docx") && files.push(join(dir, e.name))));
  walk(out);
  return files.sort();
}

/** 1,000 rows merged by unit, 10 columns: landscape, written by the XML table back end. */
const thousand: TableSpec = {
  columns: [
    { header: "序号", width: 1 },
    { header: "单位", width: 4, merge: true },
    ...Array.from({ length: 8 }, (_, i) => ({ header: `指标${i + 1}`, width: 1 })),
  ],
  rows: Array.from({ length: 1000 }, (_, i) => [i + 1, `单位${Math.floor(i / 7)}`, ...Array.from({ length: 8 }, (_, k) => (i * k) % 10)]),
  totals: ["合计", "", ...Array.from({ length: 8 }, () => 1)],
};
const large: NoticeDocument = { ...jianglin, attachments: [{ title: "全部检查对象", blocks: [{ kind: "table", table: thousand }] }] };

let out: string;
const kinds: Record<string, Uint8Array> = {};
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "tongbao-ooxml-"));
  const notice = generate(join(out, "notice"), ["--per-unit", "--full-listing"]);
  kinds["notice with full listing"] = readFileSync(notice.find((f) => !f.includes("-各单位"))!);
  const units = notice.filter((f) => f.includes("-各单位"));
  const text = (f: string) => decoder.decode(unzipSync(readFileSync(f))["word/document.xml"]);
  kinds["per-unit 整改通知单"] = readFileSync(units.find((f) => text(f).includes("整改通知单"))!);
  kinds["per-unit 检查结果告知"] = readFileSync(units.find((f) => !text(f).includes("整改通知单"))!);
  // In memory: the CLI's --template 调查通知 reads the name as a path on this main (reported to the lead).
  const example = { name: "example.xlsx", bytes: new Uint8Array(readFileSync(join(root, "data/example.xlsx"))) };
  const survey = (await generateFiles(example, { template: "调查通知", perUnit: "all" })).files.filter((f) => f.name.endsWith(".docx"));
  kinds["调查通知"] = survey.find((f) => !f.name.includes("-各单位"))!.bytes;
  kinds["per-unit 调查通知 (landscape 排查表)"] = survey.find((f) => f.name.includes("-各单位"))!.bytes;
  kinds["版头, 4 attachments, blank page and 版记 (宁夏)"] = await renderDocx(ningxia);
  kinds["merged table (常州)"] = await renderDocx(changzhou);
  kinds["1,000-row landscape table"] = await renderDocx(large);
  kinds["1,000-row table, docx objects"] = await renderDocx(large, { backend: "docx" });
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("files Word accepts", { timeout: 120_000 }, () => {
  it("writes every element's children in schema order, with content types and relationship targets, in every kind of file", () => {
    expect(Object.keys(kinds)).toHaveLength(9);
    const found = Object.fromEntries(Object.entries(kinds).map(([kind, bytes]) => [kind, [...new Set(docxProblems(bytes).map((p) => p.replace(/\/w:tr\/.*?(?=\/|:)/, "/w:tr…")))]]));
    expect(found).toEqual(Object.fromEntries(Object.keys(kinds).map((k) => [k, []])));
  });
});

describe("the order check", () => {
  const ok = '<w:document xmlns:w="w" xmlns:w14="x" xmlns:mc="m" mc:Ignorable="w14"><w:body><w:p><w:pPr><w:keepNext/><w:spacing w:line="579"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="a"/><w:sz w:val="32"/></w:rPr><w:t>x</w:t></w:r></w:p><w:sectPr><w:pgSz/><w:pgMar/></w:sectPr></w:body></w:document>';

  it("passes a well-ordered part and skips what mc:Ignorable names", () => {
    expect(orderProblems(ok)).toEqual([]);
    expect(orderProblems(ok.replace("<w:keepNext/>", "<w:keepNext/><w14:any/>"))).toEqual([]);
  });

  it("fails on a deliberately mis-ordered element, an element out of place and a required child missing", () => {
    expect(orderProblems(ok.replace('<w:spacing w:line="579"/><w:jc w:val="center"/>', '<w:jc w:val="center"/><w:spacing w:line="579"/>'))).toEqual([
      "part/w:document/w:body/w:p/w:pPr: <w:spacing> after <w:jc>",
    ]);
    expect(orderProblems(ok.replace("<w:sz w:val=\"32\"/>", "<w:sz w:val=\"32\"/><w:rFonts/>"))).toHaveLength(1);
    expect(orderProblems(ok.replace("<w:pgSz/><w:pgMar/>", "<w:pgMar/><w:pgSz/>"))).toHaveLength(1);
    expect(orderProblems(ok.replace("<w:keepNext/>", "<w:tblHeader/>"))).toEqual(["part/w:document/w:body/w:p/w:pPr: unexpected <w:tblHeader>"]);
    const table = '<w:document xmlns:w="w"><w:body><w:tbl><w:tblGrid/><w:tblPr><w:tblLayout/><w:tblCellSpacing/></w:tblPr><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(orderProblems(table)).toEqual([
      "part/w:document/w:body/w:tbl: <w:tblPr> after <w:tblGrid>",
      "part/w:document/w:body/w:tbl/w:tblPr: <w:tblCellSpacing> after <w:tblLayout>",
      "part/w:document/w:body/w:tbl/w:tr/w:tc: needs one of <w:p>, <w:tbl>",
    ]);
  });

  it("finds a content type missing and a relationship target that does not exist", async () => {
    const files = unzipSync(await renderDocx(changzhou));
    files["word/extra.bin"] = new Uint8Array(1);
    delete files["word/footer1.xml"];
    const { packageProblems } = await import("./ooxml-package.js");
    const problems = packageProblems(files);
    expect(problems).toContain("word/extra.bin: no content type");
    expect(problems.some((p) => p.includes("missing word/footer1.xml"))).toBe(true);
  });
});
